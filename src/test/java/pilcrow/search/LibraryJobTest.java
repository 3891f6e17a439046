package pilcrow.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pilcrow.app.Effect;
import pilcrow.app.Hit;
import pilcrow.app.Msg;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.SearchQuery;
import pilcrow.library.LibraryDocument;
import pilcrow.testing.Fixtures;

/**
 * The reader's search across the library: hits in library order whatever the threads, documents
 * already here not read again, documents not read yet looked at through the loader's byte check
 * for a literal word, and a cancelled search stopping with its threads.
 */
class LibraryJobTest {

    /** A row not read yet, counting how it is read; reading the lower rows takes longest. */
    private static final class Counting implements LibraryDocument.Loader {
        final String name;
        final String text;
        final int delayMillis;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger looks = new AtomicInteger();

        Counting(String name, String text, int delayMillis) {
            this.name = name;
            this.text = text;
            this.delayMillis = delayMillis;
        }

        @Override
        public LibraryDocument read() {
            reads.incrementAndGet();
            sleep(delayMillis);
            return LibraryDocument.of(Fixtures.document(name, text));
        }

        /** A stand-in for the byte check: "cannot hold" when the text does not hold the word. */
        @Override
        public LibraryDocument readIfMayHold(String word, boolean foldCase) {
            if (word == null) {
                return read(); // a pattern: no word to look for, read as a search reads
            }
            looks.incrementAndGet();
            boolean may = foldCase ? text.toLowerCase().contains(word.toLowerCase()) : text.contains(word);
            return may ? read() : null;
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(int i) {
        return "Document " + i + "\n\nA first paragraph" + (i % 3 == 0 ? " with a finch in it" : "") + ".\n\n"
                + (i % 5 == 0 ? "Finches and FINCH and finch again.\n\n" : "Nothing here.\n\n") + "The end.\n";
    }

    /** Loaded rows, rows to read (slowest first) and an unreadable one, mixed. */
    private static List<LibraryDocument> library(List<Counting> loaders, int size) {
        List<LibraryDocument> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i % 4 == 0) {
                entries.add(LibraryDocument.of(Fixtures.document("here" + i + ".txt", text(i))));
            } else if (i == 7) {
                entries.add(LibraryDocument.unreadable("binary.bin", "binary file"));
            } else {
                Counting loader = new Counting("lazy" + i + ".txt", text(i), i < 8 ? 8 - i : 0);
                loaders.add(loader);
                entries.add(LibraryDocument.lazy("lazy" + i + ".txt", null, loader));
            }
        }
        return entries;
    }

    private static Effect.FindInLibrary job(List<LibraryDocument> entries, SearchQuery query) throws InvalidPatternException {
        return new Effect.FindInLibrary(1, entries, query, query.compile());
    }

    private static List<Msg.LibraryResults> run(Effect.FindInLibrary job, int threads) {
        List<Msg.LibraryResults> posted = new ArrayList<>();
        SearchJobs.findInLibrary(job, () -> false, msg -> posted.add((Msg.LibraryResults) msg), threads);
        return posted;
    }

    private static List<Hit> hits(List<Msg.LibraryResults> posted) {
        return posted.stream().flatMap(r -> r.hits().stream()).toList();
    }

    @Test
    void hitsComeInLibraryOrderOnAnyNumberOfThreadsAndTheLastMessageIsDone() throws Exception {
        for (SearchQuery query : List.of(SearchQuery.literal("finch"), SearchQuery.literal("FINCH"),
                new SearchQuery("fin+ch(es)?", true, pilcrow.core.find.CaseMode.SMART))) {
            List<Hit> one = hits(run(job(library(new ArrayList<>(), 60), query), 1));
            List<Msg.LibraryResults> posted = run(job(library(new ArrayList<>(), 60), query), 4);
            assertThat(one).as("%s", query).isNotEmpty();
            assertThat(hits(posted)).as("%s", query).isEqualTo(one);
            assertThat(hits(posted).stream().mapToInt(Hit::entry).toArray()).isSorted();
            Msg.LibraryResults last = posted.get(posted.size() - 1);
            assertThat(last.done()).isTrue();
            assertThat(last.scanned()).isEqualTo(60).isEqualTo(last.total());
            assertThat(posted.subList(0, posted.size() - 1)).noneMatch(Msg.LibraryResults::done);
        }
    }

    @Test
    void theHitsAreThoseOfEachDocumentSearchedWhole() throws Exception {
        List<LibraryDocument> entries = library(new ArrayList<>(), 40);
        SearchQuery query = SearchQuery.literal("finch");
        Pattern pattern = query.compile();
        List<Hit> expected = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LibraryDocument read = entries.get(i).load();
            if (read.document() != null) {
                for (var match : pilcrow.core.find.Finder.find(read.document(), pattern)) {
                    expected.add(new Hit(i, match, SearchJobs.snippet(read.document(), match),
                            pilcrow.core.doc.Words.count(match.textIn(read.document()))));
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(hits(run(job(library(new ArrayList<>(), 40), query), 2))).isEqualTo(expected);
    }

    @Test
    void aLiteralWordLooksAtRowsNotReadYetFirstAndReadsOnlyThoseThatMayHoldIt() throws Exception {
        List<Counting> loaders = new ArrayList<>();
        run(job(library(loaders, 60), SearchQuery.literal("finch")), 2);
        for (Counting loader : loaders) {
            boolean holds = loader.text.toLowerCase().contains("finch");
            assertThat(loader.looks.get()).as(loader.name).isEqualTo(1);
            assertThat(loader.reads.get()).as(loader.name).isEqualTo(holds ? 1 : 0);
        }
        assertThat(loaders).anyMatch(l -> l.reads.get() == 0);
    }

    @Test
    void aRegularExpressionReadsEveryRowNotReadYetOnce() throws Exception {
        List<Counting> loaders = new ArrayList<>();
        run(job(library(loaders, 30), new SearchQuery("fin.h", true, pilcrow.core.find.CaseMode.SMART)), 2);
        assertThat(loaders).allMatch(l -> l.reads.get() == 1 && l.looks.get() == 0);
    }

    @Test
    void rowsAlreadyReadAreSearchedAsTheyAreNotReadAgain() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        LibraryDocument.Loader counting = () -> {
            reads.incrementAndGet();
            return LibraryDocument.of(Fixtures.document("x.txt", "X\n\nfinch\n"));
        };
        LibraryDocument read = LibraryDocument.lazy("x.txt", null, counting).load();
        reads.set(0);
        List<Hit> hits = hits(run(job(List.of(read, read), SearchQuery.literal("finch")), 2));
        assertThat(hits).hasSize(2);
        assertThat(reads.get()).isZero();
    }

    @Test
    void cancellingStopsReadingPostsNothingMoreAndLeavesNoThreadBehind() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        AtomicBoolean slowReadFinished = new AtomicBoolean();
        CountDownLatch testDone = new CountDownLatch(1);
        Thread poster = Thread.currentThread();
        List<LibraryDocument> entries = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            entries.add(LibraryDocument.lazy("d" + i + ".txt", null, () -> {
                if (reads.incrementAndGet() == 100) {
                    cancelled.set(true);
                    // Still reading when cancelled, deaf to interrupts as a file read is, until the
                    // search waits for its readers (or, if it never does, until the test is over).
                    while (!waitsForItsReaders(poster) && testDone.getCount() > 0) {
                        Thread.onSpinWait();
                    }
                    slowReadFinished.set(true);
                }
                sleep(1);
                return LibraryDocument.of(Fixtures.document("d" + n + ".txt", text(n)));
            }));
        }
        List<Msg> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        SearchQuery query = new SearchQuery("finch", true, pilcrow.core.find.CaseMode.SMART);
        try {
            SearchJobs.findInLibrary(job(entries, query), cancelled::get, posted::add, 2);
            int readWhenReturned = reads.get();
            assertThat(slowReadFinished).as("the read under way when cancelled ended before the search returned")
                    .isTrue();
            assertThat(posted).noneMatch(m -> ((Msg.LibraryResults) m).done());
            assertThat(readWhenReturned).as("documents read").isLessThan(100 + 2 + 2);
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                    t -> t.getName().equals("pilcrow-library-read") && t.isAlive());
            // No reading thread is left (just checked), so nothing can read any more: the count is final.
            assertThat(reads.get()).as("nothing read after it returned").isEqualTo(readWhenReturned);
        } finally {
            testDone.countDown();
        }
    }

    /** Whether {@code poster}, having run the search, is parked waiting for its reading threads to end. */
    private static boolean waitsForItsReaders(Thread poster) {
        StackTraceElement[] stack = poster.getStackTrace();
        return stack.length > 0 && stack[0].getMethodName().equals("park")
                && Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(LibrarySearchEngine.class.getName())
                        && frame.getMethodName().equals("awaitEnd"));
    }

    @Test
    void theThreadsAreGoneAfterAFinishedSearchToo() throws Exception {
        run(job(library(new ArrayList<>(), 20), SearchQuery.literal("finch")), 3);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().equals("pilcrow-library-read") && t.isAlive());
    }

    @Test
    void aPatternTooComplexForADocumentFailsTheSearchAsBefore() {
        LibraryDocument deep = LibraryDocument.lazy("deep.txt", null, () -> LibraryDocument.of(Fixtures.document("deep.txt",
                "Deep\n\n" + "ab".repeat(200_000) + "\n")));
        SearchQuery query = new SearchQuery("(a|b)+c", true, pilcrow.core.find.CaseMode.SMART);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(job(List.of(deep), query), 2))
                .isInstanceOf(StackOverflowError.class);
    }
}
