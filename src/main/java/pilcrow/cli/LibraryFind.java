package pilcrow.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import pilcrow.core.find.SearchQuery;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;
import pilcrow.source.MappedSearch;
import pilcrow.source.Prefilter;
import pilcrow.source.ReadBuffer;

/**
 * {@code pilcrow find} over many documents: documents are read and searched on every core, a few
 * dozen ahead of the one being printed, and printed in library order, so the output is exactly
 * what one document after another would give. For a literal word, the raw bytes of a file are
 * looked at first ({@link Prefilter}); a document that cannot match is neither decoded nor parsed,
 * and one of plain ASCII is not decoded, normalized or sanitized either (nothing there would change).
 * A large plain-text file is searched where it lies ({@link MappedSearch}, itself parallel) when
 * its turn comes.
 */
final class LibraryFind {

    /** What searching one document printed, kept until its turn: standard output and error lines, in order. */
    record Printed(List<Line> lines, int found, boolean trouble) {
        static final Printed NOTHING = new Printed(List.of(), 0, false);
    }

    /** One line for standard output, or (when {@code error}) for standard error. */
    record Line(String text, boolean error) {
    }

    /** A document's search, made into lines for later printing. */
    interface Searcher {
        Printed search(DocumentSource source, LoadResult loaded);
    }

    private LibraryFind() {
    }

    /**
     * Searches every source and prints as {@code printer} says, in order.
     *
     * @param prefilter whether to skip documents whose bytes cannot match (off only to compare in tests)
     * @param mapped    searches a large file in place; null: read every file whole
     * @return the matches printed, and whether anything went wrong
     */
    static Printed run(List<DocumentSource> sources, SearchQuery query, Searcher searcher, MappedSearcher mapped,
                       boolean prefilter, Console console) {
        Feed feed = new Feed();
        feed.finish(new LibraryScanner.Scan(sources, List.of(), List.of()), null);
        return run(feed, query, searcher, mapped, prefilter, console, scan -> { });
    }

    /**
     * As {@link #run(List, SearchQuery, Searcher, MappedSearcher, boolean, Console)}, for the
     * documents of a scan still going on: the first are searched while it goes on, and nothing is
     * printed before it ends and {@code scanned} has been told what it found (to print its
     * warnings first, as before). The scan of 10,000 files took a fifth of a search's time.
     */
    static Printed run(Feed feed, SearchQuery query, Searcher searcher, MappedSearcher mapped,
                       boolean prefilter, Console console, Consumer<LibraryScanner.Scan> scanned) {
        String token = query.literalToken();
        Prefilter filter = prefilter && token != null ? new Prefilter(token, !query.caseSensitive()) : null;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int ahead = threads * 4;
        ThreadLocal<ReadBuffer> buffers = ThreadLocal.withInitial(ReadBuffer::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "pilcrow-find");
            thread.setDaemon(true);
            return thread;
        });
        int found = 0;
        boolean trouble = false;
        try {
            Deque<Pending> queue = new ArrayDeque<>();
            int next = 0;
            // While the scan goes on: search what it has found so far, a bounded number ahead.
            while (queue.size() < ahead * EARLY_AHEAD) {
                List<DocumentSource> batch = feed.next(next, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                next += batch.size();
                queue.add(submit(pool, batch, filter, buffers, searcher, mapped != null));
            }
            LibraryScanner.Scan scan = feed.scan();
            scanned.accept(scan);
            List<DocumentSource> sources = scan.sources();
            while (next < sources.size() || !queue.isEmpty()) {
                while (next < sources.size() && queue.size() < ahead) {
                    List<DocumentSource> batch = sources.subList(next, Math.min(sources.size(), next + BATCH));
                    next += batch.size();
                    queue.add(submit(pool, batch, filter, buffers, searcher, mapped != null));
                }
                Pending head = queue.poll();
                List<Printed> results = get(head.results());
                boolean wrote = false;
                for (int k = 0; k < results.size(); k++) {
                    // A large file's own threads do its work: run it when its turn comes, not alongside.
                    Printed printed = results.get(k) == MAPPED_IN_TURN ? mapped.search(head.batch().get(k)) : results.get(k);
                    for (Line line : printed.lines()) {
                        if (line.error()) {
                            console.error(line.text());
                        } else {
                            console.out().println(line.text());
                        }
                    }
                    found += printed.found();
                    trouble |= printed.trouble();
                    wrote |= !printed.lines().isEmpty();
                }
                if (wrote && console.out().checkError()) {
                    break; // whoever read the output has gone (`| head`): searching on is for no one
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Printed(List.of(), found, trouble);
    }

    /** How many times {@code ahead} batches may wait, found while the scan goes on, before anything is printed. */
    private static final int EARLY_AHEAD = 4;

    private static Pending submit(ExecutorService pool, List<DocumentSource> batch, Prefilter filter,
                                  ThreadLocal<ReadBuffer> buffers, Searcher searcher, boolean mapped) {
        return new Pending(pool.submit(() -> batch(batch, filter, buffers.get(), searcher, mapped)), batch);
    }

    /**
     * The sources a scan finds, as it finds them (written by the scanning thread, read by the
     * printing one), then the scan itself.
     */
    static final class Feed {
        private final List<DocumentSource> found = new ArrayList<>();
        private LibraryScanner.Scan scan;
        private RuntimeException failure;

        /** Called on the scanning thread for each source, in order. */
        synchronized void add(DocumentSource source) {
            found.add(source);
            if (found.size() % BATCH == 0) {
                notifyAll();
            }
        }

        /** The scan is over: its result, or why it failed (then {@code scan} is null). */
        synchronized void finish(LibraryScanner.Scan scan, RuntimeException failure) {
            this.scan = scan;
            this.failure = failure;
            notifyAll();
        }

        /**
         * Up to {@code max} sources from index {@code from}, once there are that many or the
         * scan is over; none when it is over and none are left.
         */
        synchronized List<DocumentSource> next(int from, int max) {
            while (scan == null && failure == null && found.size() - from < max) {
                await();
            }
            return failure != null ? List.of() : List.copyOf(found.subList(from, Math.min(found.size(), from + max)));
        }

        /** The scan, once it is over; its failure is thrown here. */
        synchronized LibraryScanner.Scan scan() {
            while (scan == null && failure == null) {
                await();
            }
            if (failure != null) {
                throw failure;
            }
            return scan;
        }

        private void await() {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /**
     * Documents a task reads and searches. One task a document cost more than most documents: on
     * two cores the printing thread was woken 10,000 times, and it asked each file's size (a stat)
     * on its own; the 10,000-document library took 390 ms of wall time for 90 ms of reading.
     */
    static final int BATCH = 32;

    /** Said of a large file in a batch: search it in place when its turn comes (same instance, compared by identity). */
    private static final Printed MAPPED_IN_TURN = new Printed(List.of(), 0, false);

    /** Searches a batch in order; a large plain-text file, when {@code mapped}, is left for its turn. */
    private static List<Printed> batch(List<DocumentSource> batch, Prefilter filter, ReadBuffer buffer,
                                       Searcher searcher, boolean mapped) {
        List<Printed> results = new ArrayList<>(batch.size());
        for (DocumentSource source : batch) {
            results.add(one(source, filter, buffer, searcher, mapped));
        }
        return results;
    }

    /**
     * Files of at most this many bytes are read whole before their size is known: most of a
     * library. Asking every file's size first (to leave a large one for its turn) took about 5 ms of
     * CPU a thousand files, a tenth of reading them.
     */
    static final int READ_BEFORE_SIZE = 1 << 20;

    /** A large file's search, run on the printing thread in its turn. */
    interface MappedSearcher {
        Printed search(DocumentSource source);
    }

    /** A batch in the queue: its results being found on the pool, and its documents. */
    private record Pending(Future<List<Printed>> results, List<DocumentSource> batch) {
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Reads and searches one document; with a filter, only when its bytes may hold a match. When
     * {@code mapped}, a large plain-text file is left for its turn ({@link #MAPPED_IN_TURN}).
     */
    private static Printed one(DocumentSource source, Prefilter filter, ReadBuffer buffer, Searcher searcher,
                               boolean mapped) {
        LoadResult loaded;
        if (filter != null && source instanceof FileSource file && !file.isGzip()) {
            int length;
            try {
                length = buffer.readUpTo(file.path(), READ_BEFORE_SIZE);
            } catch (IOException e) {
                return searcher.search(source, DocumentReader.read(source)); // which says why, as usual
            }
            if (length >= 0) {
                loaded = DocumentReader.ifMayMatch(file, filter, buffer, length);
            } else if (mapped && MappedSearch.suits(source)) {
                return MAPPED_IN_TURN;
            } else {
                loaded = DocumentReader.readIfMayMatch(file, filter, buffer);
            }
            if (loaded == null) {
                return Printed.NOTHING;
            }
        } else if (mapped && MappedSearch.suits(source)) {
            return MAPPED_IN_TURN;
        } else {
            loaded = filter != null && source instanceof FileSource file
                    ? DocumentReader.readIfMayMatch(file, filter, buffer) : DocumentReader.read(source);
            if (loaded == null) {
                return Printed.NOTHING;
            }
        }
        return searcher.search(source, loaded);
    }

    static Printed lines(List<Line> lines, int found, boolean trouble) {
        return new Printed(new ArrayList<>(lines), found, trouble);
    }
}
