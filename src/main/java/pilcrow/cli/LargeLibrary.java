package pilcrow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import pilcrow.app.Measurement;
import pilcrow.app.Msg;
import pilcrow.core.doc.DocumentSummary;
import pilcrow.library.LibraryDocument;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.Library;
import pilcrow.source.Fingerprints;
import pilcrow.source.LibraryCache;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;
import pilcrow.source.MappedSearch;
import pilcrow.source.Prefilter;
import pilcrow.source.ReadBuffer;
import pilcrow.work.Workers;

/**
 * A library of many documents for the full-screen reader, cheap to list: the folders are scanned
 * (paths, sizes, modification times only), rows come from the cache in the data folder or, for the
 * first screen, are measured at once; the rest are measured by a background pass on every core,
 * which posts {@link Msg.Measured} batches to the UI loop and saves the cache when it is done.
 * Documents are not kept: the reader reads one when it is opened or searched.
 */
final class LargeLibrary {

    /**
     * Rows measured before the first paint when not cached: what a common terminal shows (the size
     * is not known yet); a taller one sees the last rows fill in a moment later.
     */
    static final int FIRST_SCREEN = 40;
    /** How often the background pass posts what it has measured. */
    static final long POST_EVERY_MILLIS = 100;

    final String name;
    final List<LibraryDocument> entries;
    final List<String> errors;
    /** What the folder scan left out (binary, hidden), for the first status line. */
    final List<LibraryScanner.Skipped> skipped;
    private final List<FileSource> sources;
    private final List<LibraryCache.Key> keys;
    private final LibraryCache cache;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile ExecutorService workers;
    /** Something was measured (not all from the cache), and whether the cache has been saved since. */
    private volatile boolean dirty;
    private volatile boolean saved;
    /** Told of each large file a row opens to, to index it (see {@link #indexOpened}). */
    private final AtomicReference<Consumer<LoadResult.Large>> opened;

    private LargeLibrary(String name, List<LibraryDocument> entries, List<String> errors, List<LibraryScanner.Skipped> skipped,
                         List<FileSource> sources, List<LibraryCache.Key> keys, LibraryCache cache,
                         AtomicReference<Consumer<LoadResult.Large>> opened) {
        this.name = name;
        this.opened = opened;
        this.entries = entries;
        this.errors = errors;
        this.skipped = skipped;
        this.sources = sources;
        this.keys = keys;
        this.cache = cache;
    }

    /**
     * Scans {@code paths}; null when they are not a large library of files (fewer than
     * {@link LibraryOptions#MANY_DOCUMENTS}, or standard input): those are read whole as before.
     */
    static LargeLibrary scan(List<String> paths, Console console, Path dataDir) {
        if (paths.isEmpty() || paths.contains("-")) {
            return null;
        }
        LibraryScanner.Scan scan = LibraryScanner.scan(paths, console.in());
        if (scan.sources().size() < LibraryOptions.MANY_DOCUMENTS
                || !scan.sources().stream().allMatch(s -> s instanceof FileSource)) {
            return null;
        }
        List<String> errors = new ArrayList<>(scan.warnings());
        scan.failures().forEach(f -> errors.add(f.message()));
        LibraryCache cache = LibraryCache.load(dataDir);
        List<FileSource> sources = new ArrayList<>();
        List<LibraryCache.Key> keys = new ArrayList<>();
        List<LibraryDocument> entries = new ArrayList<>();
        ThreadLocal<ReadBuffer> buffers = ThreadLocal.withInitial(ReadBuffer::new);
        AtomicReference<Consumer<LoadResult.Large>> opened = new AtomicReference<>(large -> { });
        for (DocumentSource source : scan.sources()) {
            FileSource file = (FileSource) source;
            // The scan found it a regular file: its absolute path, as runtime.FullScreen.absolute gives it, without another stat.
            String path = file.path().toAbsolutePath().normalize().toString();
            LibraryCache.Key key = key(file.path(), path);
            LibraryCache.Measure cached = cache.get(key);
            sources.add(file);
            keys.add(key);
            if (cached != null && cached.summary() == null) {
                entries.add(LibraryDocument.unreadable(file.name(), cached.problem()));
            } else {
                entries.add(LibraryDocument.lazy(path, cached == null ? null : cached.summary(), new Loader(file, path, key.size(), buffers, opened)));
            }
        }
        LargeLibrary library = new LargeLibrary(LibraryOptions.nameOf(paths), entries, List.copyOf(errors), scan.skipped(), sources,
                keys, cache, opened);
        library.measureFirstScreen();
        return library;
    }

    private static LibraryCache.Key key(Path file, String path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new LibraryCache.Key(path, attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return new LibraryCache.Key(path, -1, -1); // never cached: read (and the problem shown) on demand
        }
    }

    /**
     * Reads one document: an entry with it, or with why it cannot be opened. A large plain file
     * (gzipped too) is opened to be read on demand, as when it is named alone: never read whole.
     */
    static LibraryDocument read(FileSource source, String path) {
        return LibraryDocument.of(Library.readLazily(source), path);
    }

    /**
     * Reads a row's document: whole when it is opened; for the reader's search across the library
     * ({@code F}), its raw bytes first, which the {@link Prefilter} looks at, as {@code pilcrow find}
     * does ({@link LibraryFind#one}): a document that cannot hold the word is not decoded or parsed.
     * The search reads on a few threads; each has its own buffer, reused from file to file.
     */
    private static final class Loader implements LibraryDocument.Loader {
        private final FileSource source;
        private final String path;
        private final long size;
        /** The library's: one buffer a searching thread, never shared between threads. */
        private final ThreadLocal<ReadBuffer> buffers;
        private final AtomicReference<Consumer<LoadResult.Large>> opened;

        Loader(FileSource source, String path, long size, ThreadLocal<ReadBuffer> buffers,
               AtomicReference<Consumer<LoadResult.Large>> opened) {
            this.source = source;
            this.path = path;
            this.size = size;
            this.buffers = buffers;
            this.opened = opened;
        }

        /** Opened by the user: a large file is indexed from now on. */
        @Override
        public LibraryDocument read() {
            LoadResult read = Library.readLazily(source);
            if (read instanceof LoadResult.Large large) {
                opened.get().accept(large);
            }
            return LibraryDocument.of(read, path);
        }

        @Override
        public LibraryDocument readIfMayHold(String word, boolean foldCase) {
            if (word == null || size >= MappedSearch.THRESHOLD) {
                // A pattern with no word to look for, or too large for a buffer (then opened to be
                // scanned in place): read for the search alone, nothing indexed.
                return LargeLibrary.read(source, path);
            }
            LoadResult loaded = DocumentReader.readIfMayMatch(source, new Prefilter(word, foldCase), buffers.get());
            return loaded == null ? null : LibraryDocument.of(loaded, path);
        }
    }

    /**
     * The rows of the first screen that the cache does not know, measured before it is painted, on
     * every core (each row is its own file; the results are set in order afterwards).
     */
    private void measureFirstScreen() {
        List<Measurement> measured = java.util.stream.IntStream.range(0, Math.min(FIRST_SCREEN, entries.size()))
                .filter(i -> !entries.get(i).measured())
                .parallel()
                .mapToObj(this::measure)
                .toList();
        for (Measurement m : measured) {
            entries.set(m.entry(), entries.get(m.entry()).measuredAs(m.summary(), m.problem()));
        }
    }

    private Measurement measure(int index) {
        LibraryDocument read = read(sources.get(index), entries.get(index).path());
        LibraryCache.Measure measure;
        try {
            measure = !read.readable() ? new LibraryCache.Measure(null, read.problem())
                    : read.readOnDemand() ? new LibraryCache.Measure(estimated(read), null)
                    : new LibraryCache.Measure(Fingerprints.summary(sources.get(index), read.document()), null);
        } finally {
            read.release(); // read to be measured only
        }
        if (keys.get(index).size() >= 0) {
            cache.put(keys.get(index), measure);
            dirty = true;
        }
        return new Measurement(index, measure.summary(), measure.problem());
    }

    /**
     * A large file's row, measured without reading it: its paragraphs estimated from its size,
     * its words not counted (-1, which also marks the count as an estimate: see
     * {@link LibraryDocument.Measured#countExact()}), its cheap fingerprint (size and ends).
     */
    private static DocumentSummary estimated(LibraryDocument large) {
        return new DocumentSummary(large.title(), large.paragraphCount(), -1, large.fingerprint());
    }

    /**
     * Has {@code index} build the paragraph index of each large file a row opens to when the user
     * opens it (its numbers, {@code G}, find need it), as the library's large files are at start.
     */
    void indexOpened(Consumer<LoadResult.Large> index) {
        opened.set(index);
    }

    /** Whether every row is measured (all from the cache, say): nothing for the background pass. */
    boolean complete() {
        return entries.stream().allMatch(LibraryDocument::measured);
    }

    /**
     * Measures the rows not measured yet on every core, posting batches to {@code post}, the last
     * one with done equal to total; then saves the cache (also when everything came from it but
     * the file had other sizes or times: a file that changed is measured again).
     */
    void measureInBackground(Consumer<Msg> post) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).measured()) {
                pending.add(i);
            }
        }
        int total = entries.size();
        if (pending.isEmpty()) {
            return;
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Workers.pool("pilcrow-measure", threads, Thread.NORM_PRIORITY - 1);
        workers = pool;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger(total - pending.size());
        List<Measurement> batch = new ArrayList<>();
        long[] lastPost = {System.nanoTime()};
        Object lock = new Object();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int k = next.getAndIncrement(); k < pending.size() && !stopped.get(); k = next.getAndIncrement()) {
                    Measurement m = measure(pending.get(k));
                    synchronized (lock) {
                        batch.add(m);
                        int measured = done.incrementAndGet();
                        boolean last = measured == total;
                        if (last || System.nanoTime() - lastPost[0] > POST_EVERY_MILLIS * 1_000_000) {
                            post.accept(new Msg.Measured(batch, measured, total));
                            batch.clear();
                            lastPost[0] = System.nanoTime();
                        }
                        if (last) {
                            cache.save(keys);
                            saved = true;
                        }
                    }
                }
            });
        }
        pool.shutdown();
    }

    /** Saves what is cached if the pass was cut short (the reader quit), and stops the workers. */
    void close() {
        stopped.set(true);
        ExecutorService pool = workers;
        if (pool != null) {
            try {
                if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dirty && !saved) {
            cache.save(keys);
        }
    }
}
