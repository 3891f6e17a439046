package pilcrow.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import pilcrow.core.find.SearchQuery;
import pilcrow.search.LibrarySearchEngine;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;
import pilcrow.source.MappedSearch;
import pilcrow.source.Prefilter;
import pilcrow.source.ReadBuffer;

/**
 * {@code pilcrow find} over many documents: documents are read and searched on every core and
 * printed in library order ({@link LibrarySearchEngine}, the reader's {@code F} too, which posts
 * where this prints), so the output is exactly what one document after another would give. For a literal word, the raw bytes of a file are
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
    record Line(String text, boolean error, Ranking.Paragraph paragraph) {
        Line(String text, boolean error) {
            this(text, error, null);
        }
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
        sources.forEach(feed::found);
        feed.finish(null);
        return run(feed, query, searcher, mapped, prefilter, source -> null, null, console);
    }

    /**
     * As {@link #run(List, SearchQuery, Searcher, MappedSearcher, boolean, Console)}, for the
     * documents of a scan that may still be going on: they are searched and printed as it finds
     * them, and each problem it met is told (on standard error) where it was met, between the
     * documents found before it and those after, as grep tells them. Waiting for the scan to end
     * before printing (to tell its problems first) left the threads idle once they were a
     * thousand documents ahead: the scan of 10,000 files ran through the first half of a search,
     * on a core it shares with it.
     *
     * @param settled what a document printed without being read (an index knows it cannot match, or
     *                surely does when only documents are listed); null: read and search it
     * @param ranking where matches' lines go to be ordered at the end ({@code --rank}); null: printed in turn
     */
    static Printed run(Feed feed, SearchQuery query, Searcher searcher, MappedSearcher mapped,
                       boolean prefilter, Function<DocumentSource, Printed> settled, Ranking ranking,
                       Console console) {
        String token = query.literalToken();
        Prefilter filter = prefilter && token != null ? new Prefilter(token, !query.caseSensitive()) : null;
        ThreadLocal<ReadBuffer> buffers = ThreadLocal.withInitial(ReadBuffer::new);
        LibrarySearchEngine<DocumentSource, Printed> engine = new LibrarySearchEngine<>("pilcrow-find",
                Runtime.getRuntime().availableProcessors(), () -> false, false);
        Printing printing = new Printing(feed, mapped, console, ranking);
        boolean whole = engine.run(feed,
                (index, source) -> {
                    Printed known = settled.apply(source);
                    return known != null ? known : one(source, filter, buffers.get(), searcher, mapped != null);
                }, printing);
        if (!whole) {
            // Whoever read the output has gone (`| head`): the problems met so far still count.
            return new Printed(List.of(), printing.found, printing.trouble || feed.problemCount() > 0);
        }
        printing.told = tell(feed.problemsBefore(Integer.MAX_VALUE, printing.told), printing.told, console);
        feed.throwIfFailed();
        return new Printed(List.of(), printing.found, printing.trouble || printing.told > 0);
    }

    /** The print sink: each document's lines in library order, the scan's problems where it met them. */
    private static final class Printing implements LibrarySearchEngine.Sink<DocumentSource, Printed> {
        private final Feed feed;
        private final MappedSearcher mapped;
        private final Console console;
        private final Ranking ranking;
        int found;
        boolean trouble;
        int told; // problems of the scan told so far
        private boolean wrote; // since the last look at the output

        Printing(Feed feed, MappedSearcher mapped, Console console, Ranking ranking) {
            this.feed = feed;
            this.mapped = mapped;
            this.console = console;
            this.ranking = ranking;
        }

        @Override
        public boolean take(int index, DocumentSource source, Printed result) {
            told = tell(feed.problemsBefore(index, told), told, console);
            // A large file's own threads do its work: run it when its turn comes, not alongside.
            Printed printed = result == MAPPED_IN_TURN ? mapped.search(source) : result;
            for (Line line : printed.lines()) {
                if (line.error()) {
                    console.out().flush(); // on one terminal, the error shows where it was met
                    console.error(line.text());
                } else if (ranking != null) {
                    ranking.add(line);
                } else {
                    console.out().println(line.text());
                }
            }
            found += printed.found();
            trouble |= printed.trouble();
            wrote |= !printed.lines().isEmpty();
            return true;
        }

        /** Asked once a batch: checkError flushes the output. */
        @Override
        public boolean batchTaken(int end) {
            boolean gone = wrote && console.out().checkError();
            wrote = false;
            return !gone;
        }
    }

    /** Tells {@code problems} on standard error, after what is printed so far; the number told in all. */
    private static int tell(List<String> problems, int told, Console console) {
        if (!problems.isEmpty()) {
            console.out().flush(); // so that on one terminal the problem shows where it was met
            problems.forEach(console::error);
        }
        return told + problems.size();
    }

    /**
     * What a scan finds, as it finds it (written by the scanning thread, read by the printing
     * one): the sources in order, and each problem after the sources found before it.
     */
    static final class Feed implements LibraryScanner.Listener, LibrarySearchEngine.Documents<DocumentSource> {
        private final List<DocumentSource> found = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private boolean over;
        private RuntimeException failure;

        /** A problem the scan met, once {@code after} sources had been found. */
        private record Problem(int after, String message) {
        }

        /**
         * Called on the scanning thread for each source, in order. The printing thread is woken
         * at each full batch: it asks only from multiples of {@link LibrarySearchEngine#BATCH} while
         * the scan goes on ({@link #finish} wakes it in any case).
         */
        @Override
        public synchronized void found(DocumentSource source) {
            found.add(source);
            if (found.size() % LibrarySearchEngine.BATCH == 0) {
                notifyAll();
            }
        }

        /** Called on the scanning thread for each problem, in order with the sources. */
        @Override
        public synchronized void problem(String message) {
            problems.add(new Problem(found.size(), message));
        }

        /** The scan is over: it ended well ({@code failure} null) or failed. */
        synchronized void finish(RuntimeException failure) {
            this.over = true;
            this.failure = failure;
            notifyAll();
        }

        /**
         * Up to {@code max} sources from index {@code from}, once there are that many or the
         * scan is over; none when it is over and none are left. What a failed scan found is
         * handed out too, so the same failure prints the same matches before it is told.
         */
        @Override
        public synchronized List<DocumentSource> next(int from, int max) {
            while (!over && found.size() - from < max) {
                await();
            }
            return ready(from, max);
        }

        /** As {@link #next}, without waiting: none when there are fewer than {@code max} and the scan goes on. */
        @Override
        public synchronized List<DocumentSource> ready(int from, int max) {
            if (!over && found.size() - from < max) {
                return List.of();
            }
            return List.copyOf(found.subList(from, Math.min(found.size(), from + max)));
        }

        /** The problems met before the source at index {@code source} was found, from the {@code told}th on. */
        synchronized List<String> problemsBefore(int source, int told) {
            if (told == problems.size() || problems.get(told).after() > source) {
                return List.of(); // the usual case, asked for every document
            }
            List<String> messages = new ArrayList<>();
            for (int i = told; i < problems.size() && problems.get(i).after() <= source; i++) {
                messages.add(problems.get(i).message());
            }
            return messages;
        }

        /** How many problems the scan has met so far. */
        synchronized int problemCount() {
            return problems.size();
        }

        /** Once the scan is over, its failure if it failed. */
        synchronized void throwIfFailed() {
            if (failure != null) {
                throw failure;
            }
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
                length = buffer.readUpTo(file, READ_BEFORE_SIZE);
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
            // No filter, standard input or gzip: the prefilter's reading would read it so anyway.
            loaded = DocumentReader.read(source);
        }
        return searcher.search(source, loaded);
    }

    static Printed lines(List<Line> lines, int found, boolean trouble) {
        return new Printed(new ArrayList<>(lines), found, trouble);
    }
}
