package pilcrow.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.Stamp;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;
import pilcrow.source.MappedSearch;
import pilcrow.store.PrivateFiles;
import pilcrow.work.Workers;

/**
 * Builds or brings up to date the index of one library root: documents new or changed since they
 * were indexed (by size and modification time) are read again, those gone are dropped, the rest
 * kept. The index is a cache: one of another version, or that Lucene cannot read, is built again
 * from nothing with a note; one another pilcrow is updating is waited for (Lucene's write lock, an
 * operating system lock, which a crashed process no longer holds), then brought up to date, so
 * nothing either of them read is lost.
 */
public final class Indexer {

    /**
     * A file changed within this long before it was read may change again within the same
     * modification time, unseen (as git's "racy" entries): it is kept as never fresh, read by every
     * search until the next update finds it settled.
     */
    static final long SETTLE_MILLIS = 2_000;
    /**
     * Documents read between commits: an update stopped or killed halfway (the reader quit while
     * indexing in the background) keeps what it read, and searches use it meanwhile.
     */
    static final int COMMIT_EVERY = 2_000;
    /** How long to wait for another pilcrow's update of the same index before giving up. */
    static final long LOCK_WAIT_MILLIS = 10 * 60_000;

    /** What an update did. */
    public record Outcome(int documents, int read, int removed, long bytesRead, long millis) {
    }

    /**
     * What a background update tells and asks as it goes (the reader's): how far it has come, and
     * whether to wait (a user's search has the cores) or stop (the reader is quitting).
     */
    public interface Progress {
        /** {@code read} of the {@code toRead} documents new or changed since the last update are read. */
        void read(int read, int toRead);

        /**
         * Asked before each document is read, on the reading threads: returns once the work may go
         * on, or true at once to stop.
         */
        boolean waitOrStop();

        /** A command's update: told nothing, never waits. */
        Progress NONE = new Progress() {
            @Override
            public void read(int read, int toRead) {
            }

            @Override
            public boolean waitOrStop() {
                return false;
            }
        };
    }

    /** An update stopped through {@link Progress#waitOrStop}: what it read so far is committed. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private Indexer() {
    }

    /**
     * Brings the index of {@code root} (a folder) up to date.
     *
     * @param notes told, in one line each, what a user should know (an index rebuilt, a wait)
     * @throws IOException when the index cannot be written at all (the data folder is read-only)
     */
    public static Outcome update(Path dataDir, Path root, int threads, Consumer<String> notes) throws IOException {
        return update(dataDir, root, threads, notes, Progress.NONE);
    }

    /**
     * As above, telling {@code progress} how far it has come and asking it before each document.
     *
     * @throws Stopped when {@code progress} said to stop (the documents read before are kept)
     */
    public static Outcome update(Path dataDir, Path root, int threads, Consumer<String> notes, Progress progress)
            throws IOException {
        Schema.quiet();
        long start = System.currentTimeMillis();
        Path realRoot = root.toRealPath();
        Path folder = IndexFolders.of(dataDir, realRoot);
        // A data folder that cannot take the index (read-only, not a folder) is said as itself, not
        // as a damaged index to build again.
        PrivateFiles.folder(IndexFolders.lucene(folder));
        try {
            return update(folder, root, realRoot, threads, notes, start, false, progress);
        } catch (LockObtainFailedException | Stopped e) {
            throw e; // another pilcrow held it past the wait, or told to stop: the index is fine
        } catch (IOException | RuntimeException e) {
            // Damaged or half written (a missing file, a checksum, a format): a cache, built again.
            notes.accept("the index of " + realRoot + " could not be read (" + reason(e) + "): building it again");
            try {
                return update(folder, root, realRoot, threads, notes, start, true, progress);
            } catch (LockObtainFailedException | Stopped locked) {
                throw locked;
            } catch (IOException | RuntimeException again) {
                // Lucene could not even start a new index over the old files: they go first.
                wipe(folder);
                return update(folder, root, realRoot, threads, notes, start, true, progress);
            }
        }
    }

    /**
     * One update under the index's lock: the markers are checked there, so that two pilcrows
     * starting at once never take each other's new index for a stale one.
     *
     * @param fresh start a new index over whatever is there (Lucene's CREATE)
     */
    private static Outcome update(Path folder, Path root, Path realRoot, int threads, Consumer<String> notes,
                                  long start, boolean fresh, Progress progress) throws IOException {
        PrivateFiles.folder(IndexFolders.lucene(folder));
        try (Directory directory = FSDirectory.open(IndexFolders.lucene(folder));
             IndexWriter writer = openWriter(directory, realRoot, notes, fresh)) {
            if (!fresh && IndexFolders.marked(folder) && !IndexFolders.usable(folder, realRoot)) {
                notes.accept("the index of " + realRoot + " is from another version: building it again");
                writer.deleteAll();
            }
            IndexFolders.mark(folder, realRoot);
            Map<String, Schema.Entry> known;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                known = Schema.manifest(reader);
            }
            List<DocumentSource> sources = LibraryScanner.scan(List.of(root.toString()), InputStream.nullInputStream())
                    .sources();
            Set<String> gone = new HashSet<>(known.keySet());
            List<FileSource> toRead = new ArrayList<>();
            for (DocumentSource source : sources) {
                if (!(source instanceof FileSource file)) {
                    continue;
                }
                String path = relative(root, file.path());
                gone.remove(path);
                Schema.Entry entry = known.get(path);
                Stamp stamp = file.stamp();
                if (entry == null || entry.modified() == Schema.UNTRUSTED || entry.size() != stamp.size()
                        || entry.modified() != stamp.modified()) {
                    toRead.add(file);
                }
            }
            for (String path : gone) {
                writer.deleteDocuments(new Term(Schema.PATH, path));
            }
            AtomicLong bytes = new AtomicLong();
            java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
            progress.read(0, toRead.size());
            ExecutorService pool = Workers.pool("pilcrow-index", threads, Thread.NORM_PRIORITY);
            try {
                List<Future<?>> done = new ArrayList<>();
                int slice = Math.max(1, (toRead.size() + threads * 8 - 1) / (threads * 8));
                for (int from = 0; from < toRead.size(); from += slice) {
                    List<FileSource> part = toRead.subList(from, Math.min(toRead.size(), from + slice));
                    done.add(pool.submit(() -> {
                        for (FileSource file : part) {
                            if (progress.waitOrStop()) {
                                throw new Stopped();
                            }
                            bytes.addAndGet(add(writer, root, file));
                            int n = read.incrementAndGet();
                            if (n % COMMIT_EVERY == 0) {
                                writer.commit(); // a reader that quits halfway keeps what was read
                            }
                            progress.read(n, toRead.size());
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    try {
                        await(future);
                    } catch (Stopped stopped) {
                        // The others stop at their next document: waited for, not interrupted (an
                        // interrupt can close the index's files under the writer), then committed.
                        for (Future<?> other : done) {
                            awaitQuietly(other);
                        }
                        writer.commit();
                        throw stopped;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            writer.commit();
            return new Outcome(known.size() - gone.size() + (int) toRead.stream()
                    .filter(f -> !known.containsKey(relative(root, f.path()))).count(),
                    toRead.size(), gone.size(), bytes.get(), System.currentTimeMillis() - start);
        }
    }

    /** The writer, once another pilcrow updating the same index has let it go. */
    private static IndexWriter openWriter(Directory directory, Path realRoot, Consumer<String> notes, boolean fresh)
            throws IOException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        boolean told = false;
        while (true) {
            try {
                IndexWriterConfig config = new IndexWriterConfig()
                        .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE
                                : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(RAM_BUFFER_MB);
                return new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                if (!told) {
                    notes.accept("another pilcrow is updating the index of " + realRoot + ": waiting for it");
                    told = true;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the index", interrupted);
                }
            }
        }
    }

    /** Memory for documents not yet written out, shared by the threads: bounds the heap an update needs. */
    static final double RAM_BUFFER_MB = 32;

    /** Reads one document and puts its entry in place of any older one; the bytes read. */
    private static long add(IndexWriter writer, Path root, FileSource file) throws IOException {
        String path = relative(root, file.path());
        long before = System.currentTimeMillis();
        Stamp stamp = Stamp.of(file.path());
        long modified = stamp.modified() > before - SETTLE_MILLIS ? Schema.UNTRUSTED : stamp.modified();
        List<String> texts = new ArrayList<>();
        long flags = 0;
        long read = 0;
        if (stamp.size() >= MappedSearch.THRESHOLD) {
            flags = Schema.ALWAYS; // searched in place by find, never read whole here
        } else {
            LoadResult loaded = DocumentReader.read(file);
            if (loaded instanceof LoadResult.Loaded doc) {
                read = stamp.size();
                Document document = doc.document();
                texts.add(document.title());
                for (Block block : document.blocks()) {
                    texts.add(block.text());
                }
                document.source().ifPresent(texts::add);
                if (texts.stream().anyMatch(text -> Terms.longestWord(text) > Schema.MAX_WORD)) {
                    flags = Schema.ALWAYS;
                    texts.clear();
                }
            } else {
                flags = Schema.ALWAYS; // the search says why it cannot be read, as the scan does
            }
        }
        writer.updateDocument(new Term(Schema.PATH, path), Schema.document(path, stamp.size(), modified, flags, texts));
        return read;
    }

    /** Why an index could not be read, in a few words. */
    private static String reason(Exception e) {
        if (e instanceof CorruptIndexException) {
            return "damaged";
        }
        if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
            return "another format";
        }
        return e.getClass().getSimpleName();
    }

    /**
     * A document's name in the index: its path below the root, or null when it is not below it.
     * Paths the folder scan builds start with the root's own string, so the name is cut from the
     * string (100,000 paths: 35-100 ms with Path.relativize, 7-30 ms cut, C1 at load 7, on every
     * search's own thread); any other path is relativized.
     */
    public static String relative(Path root, Path path) {
        String base = root.toString();
        String full = path.toString();
        int cut = base.endsWith("/") ? base.length() : base.length() + 1;
        if (full.length() > cut && full.startsWith(base) && full.charAt(cut - 1) == '/' && !base.isEmpty()) {
            return full.substring(cut);
        }
        return path.startsWith(root) ? root.relativize(path).toString() : null;
    }

    /** Deletes an index folder that cannot be used, to build it again. */
    static void wipe(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Waits for a part of the work, whatever its end. */
    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // stopped too, or failed: the update is stopping either way
        }
    }

    /** Waits for a part of the work; its failure is the update's. */
    private static void await(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = Workers.checkedCause(e);
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
