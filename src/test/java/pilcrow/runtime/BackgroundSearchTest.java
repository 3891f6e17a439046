package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.core.doc.Document;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;
import pilcrow.library.LibraryDocument;
import pilcrow.testing.Fixtures;

/** The search effects on their worker threads: results, failures, and the latest search winning. */
class BackgroundSearchTest {

    private final BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();

    /** A find in a document in memory. */
    private static Effect.Find find(long id, Document document, Pattern pattern) {
        return new Effect.Find(id, TextSnapshot.of(new WholeText(document)),
                new SearchQuery(pattern.pattern(), true, CaseMode.SMART), pattern);
    }

    /** The next message, waiting as long as a slow machine may need (not a timing assertion). */
    private Msg next() throws InterruptedException {
        Msg msg = posted.poll(30, TimeUnit.SECONDS);
        assertThat(msg).as("a message from the worker").isNotNull();
        return msg;
    }

    @Test
    void resultsArriveAsMessagesEndingWithDone() throws InterruptedException {
        try (BackgroundSearch searches = new BackgroundSearch(posted::add)) {
            searches.run(find(7, Fixtures.seed(), Pattern.compile("Interpol")));
            List<Msg.FindResults> results = new ArrayList<>();
            Msg.FindResults last;
            do {
                last = (Msg.FindResults) next();
                results.add(last);
            } while (!last.done());
            assertThat(results).allMatch(r -> r.id() == 7);
            assertThat(results.stream().flatMap(r -> r.matches().stream()).toList()).hasSize(1);
            assertThat(last.scanned()).isEqualTo(7);
        }
    }

    @Test
    void aPatternTooComplexForTheTextFailsWithOneLineAndTheWorkerGoesOn() throws InterruptedException {
        Document deep = Fixtures.document("deep.txt", "Deep\n\n" + "ab".repeat(200_000) + "\n");
        try (BackgroundSearch searches = new BackgroundSearch(posted::add)) {
            searches.run(find(1, deep, Pattern.compile("(a|b)+c")));
            Msg failed = next();
            assertThat(failed).isEqualTo(new Msg.SearchFailed(1, "the pattern is too complex for this text"));
            searches.run(new Effect.FindInLibrary(2, List.of(LibraryDocument.of(Fixtures.seed())),
                    pilcrow.core.find.SearchQuery.literal("Volt"), Pattern.compile("Volt")));
            Msg.LibraryResults library;
            int hits = 0;
            do {
                library = (Msg.LibraryResults) next();
                hits += library.hits().size();
            } while (!library.done());
            assertThat(hits).isEqualTo(5);
        }
    }

    /** Backtracks through every way to cut a paragraph into twenty pieces: for ever, in practice. */
    private static final Pattern RUNAWAY = Pattern.compile("(.*){20}Z");

    private static Document runawayText() {
        return Fixtures.document("long.txt", "Long\n\n" + "a".repeat(300) + "\n");
    }

    /**
     * Waits until a worker thread named {@code name} is inside the matcher, so a cancel that follows
     * reaches a search under way rather than one not started (which would never run at all).
     */
    private static void awaitMatching(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (var thread : Thread.getAllStackTraces().entrySet()) {
                if (thread.getKey().getName().equals(name) && java.util.Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("java.util.regex."))) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no " + name + " thread reached the matcher");
    }

    /** Waits for the done results of search {@code id}, collecting every message posted before them. */
    private List<Msg> until(long id) throws InterruptedException {
        List<Msg> seen = new ArrayList<>();
        Msg msg;
        do {
            msg = next();
            seen.add(msg);
        } while (!(msg instanceof Msg.FindResults results && results.id() == id && results.done()));
        return seen;
    }

    @Test
    void aRunawayExpressionStopsWithOneLineWhenItHasUsedItsTime() throws InterruptedException {
        try (BackgroundSearch searches = new BackgroundSearch(posted::add)) {
            searches.run(find(1, runawayText(), RUNAWAY));

            assertThat(next()).isEqualTo(new Msg.SearchFailed(1, "pattern too slow: stopped after 2 s"));
        }
    }

    /** A budget no test outlives: whatever stops a search here, it is not the clock. */
    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    /** Whether a live thread named {@code name} is inside the matcher now. */
    private static boolean matching(String name) {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(thread -> thread.getKey().getName().equals(name)
                && java.util.Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("java.util.regex.")));
    }

    /** Whether {@code searches} says it is running within 30 s (a slow machine's worst, not a timing assertion). */
    private static boolean settlesTo(BackgroundSearch searches, boolean running) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (searches.running() != running && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return searches.running() == running;
    }

    @Test
    void aSearchRunsFromItsStartToItsEndAndNoLongerOnceCancelled() throws InterruptedException {
        try (BackgroundSearch searches = new BackgroundSearch(posted::add, HOUR)) {
            assertThat(searches.running()).isFalse();
            searches.run(find(1, runawayText(), RUNAWAY));
            assertThat(searches.running()).as("queued for its worker").isTrue();
            awaitMatching("pilcrow-find");
            assertThat(searches.running()).as("in the matcher").isTrue();
            searches.run(new Effect.CancelSearch(1));
            assertThat(searches.running()).as("cancelled").isFalse();

            searches.run(find(2, Fixtures.seed(), Pattern.compile("Interpol")));
            assertThat(searches.running()).isTrue();
            until(2);
            assertThat(settlesTo(searches, false)).as("ended").isTrue();

            searches.run(new Effect.FindInLibrary(3, List.of(LibraryDocument.of(runawayText())),
                    SearchQuery.literal("Z"), RUNAWAY));
            assertThat(searches.running()).as("a library search").isTrue();
        }
    }

    @Test
    void aCancelledRunawayExpressionStopsAndTheWorkerTakesTheNextSearch() throws InterruptedException {
        try (BackgroundSearch searches = new BackgroundSearch(posted::add, HOUR)) {
            searches.run(find(1, runawayText(), RUNAWAY));
            awaitMatching("pilcrow-find");
            searches.run(new Effect.CancelSearch(1));
            searches.run(find(2, Fixtures.seed(), Pattern.compile("Interpol")));

            // One worker, in order: search 2 ends after search 1 did. Had the cancel not stopped it,
            // search 1 would have run out of time and said so first.
            assertThat(until(2)).noneMatch(msg -> msg instanceof Msg.SearchFailed);
        }
    }

    @Test
    void aRunawayLibrarySearchIsStoppedByTheNextOne() throws InterruptedException {
        try (BackgroundSearch searches = new BackgroundSearch(posted::add, HOUR)) {
            searches.run(new Effect.FindInLibrary(1, List.of(LibraryDocument.of(runawayText())),
                    new pilcrow.core.find.SearchQuery("(.*){20}Z", true, pilcrow.core.find.CaseMode.SMART), RUNAWAY));
            awaitMatching("pilcrow-library-read");
            searches.run(new Effect.FindInLibrary(2, List.of(LibraryDocument.of(Fixtures.seed())),
                    pilcrow.core.find.SearchQuery.literal("Volt"), Pattern.compile("Volt")));

            List<Msg> seen = new ArrayList<>();
            Msg msg;
            do {
                msg = next();
                seen.add(msg);
            } while (!(msg instanceof Msg.LibraryResults results && results.id() == 2 && results.done()));
            assertThat(seen).noneMatch(m -> m instanceof Msg.SearchFailed);
            // The first search waited for its readers before the second began.
            assertThat(matching("pilcrow-library-read")).as("a reader still in the matcher").isFalse();
        }
    }

    @Test
    void closingTheSearchesStopsARunawayExpression() throws InterruptedException {
        BackgroundSearch searches = new BackgroundSearch(posted::add, HOUR);
        searches.run(find(1, runawayText(), RUNAWAY));
        awaitMatching("pilcrow-find");

        searches.close(); // the session ended

        assertThat(searches.awaitStopped(30, TimeUnit.SECONDS)).as("the workers have ended").isTrue();
        assertThat(posted).as("stopped by the close, with nothing to say").isEmpty();
    }
}
