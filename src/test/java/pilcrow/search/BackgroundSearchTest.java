package pilcrow.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pilcrow.app.Effect;
import pilcrow.app.Entry;
import pilcrow.app.Msg;
import pilcrow.core.doc.Document;
import pilcrow.testing.Fixtures;

/** The search effects on their worker threads: results, failures, and the latest search winning. */
class BackgroundSearchTest {

    private final BlockingQueue<Msg> posted = new LinkedBlockingQueue<>();

    /** The next message, waiting as long as a slow machine may need (not a timing assertion). */
    private Msg next() throws InterruptedException {
        Msg msg = posted.poll(30, TimeUnit.SECONDS);
        assertThat(msg).as("a message from the worker").isNotNull();
        return msg;
    }

    @Test
    void resultsArriveAsMessagesEndingWithDone() throws InterruptedException {
        try (BackgroundSearch searches = new BackgroundSearch(posted::add)) {
            searches.run(new Effect.Find(7, Fixtures.seed(), Pattern.compile("Interpol")));
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
            searches.run(new Effect.Find(1, deep, Pattern.compile("(a|b)+c")));
            Msg failed = next();
            assertThat(failed).isEqualTo(new Msg.SearchFailed(1, "the pattern is too complex for this text"));
            searches.run(new Effect.FindInLibrary(2, List.of(Entry.of(Fixtures.seed())),
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
}
