package pilcrow.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.large.LargeText;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.Numbering;
import pilcrow.core.model.TextSnapshot;

/** The one find job: what it posts, and when, for any text. */
class SearchJobsTest {

    private static final Match FIRST = new Match(1, 0, 4);
    private static final Match SECOND = new Match(9, 2, 6);

    /**
     * A large text whose scan hands on a match, reports half the bytes done, hands on another and
     * reports the end; the rest of it is never asked for.
     */
    private static LargeText scanning() {
        return scanning("notes about words", true);
    }

    /** As above, titled {@code title}: a line of its text, or (false) its file name. */
    private static LargeText scanning(String title, boolean titleInText) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("title")) {
                return title;
            }
            if (method.getName().equals("titleInText")) {
                return titleInText;
            }
            if (method.getName().equals("findEach") && args.length == 6) {
                IntConsumer perMille = (IntConsumer) args[4];
                @SuppressWarnings("unchecked")
                Consumer<DocumentText.Found> each = (Consumer<DocumentText.Found>) args[5];
                each.accept(new DocumentText.Found(FIRST, "text"));
                perMille.accept(500);
                each.accept(new DocumentText.Found(SECOND, "more text"));
                perMille.accept(999);
                return true;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return (LargeText) Proxy.newProxyInstance(LargeText.class.getClassLoader(), new Class<?>[] {LargeText.class},
                handler);
    }

    @Test
    void aLargeTextsMatchesArePostedAsTheyAreFoundNotOnlyAtTheEnd() {
        List<Msg> posted = new ArrayList<>();
        Effect.Find job = new Effect.Find(3, new TextSnapshot(scanning(), Numbering.complete(0)),
                SearchQuery.literal("word"), Pattern.compile("word"));

        SearchJobs.find(job, () -> false, posted::add, Guard.BUDGET_NANOS, 0);

        assertThat(posted).containsExactly(
                new Msg.FindResults(3, List.of(FIRST), 500, 1000, false),
                new Msg.FindResults(3, List.of(SECOND), 999, 1000, false),
                new Msg.FindResults(3, List.of(), 1000, 1000, true));
    }

    @Test
    void aTitleThatIsTheFileNameIsSearchedFirstAsInMemory() {
        List<Msg> posted = new ArrayList<>();
        Effect.Find job = new Effect.Find(4, new TextSnapshot(scanning("big-word.txt", false), Numbering.complete(0)),
                SearchQuery.literal("word"), Pattern.compile("word"));

        SearchJobs.find(job, () -> false, posted::add, Guard.BUDGET_NANOS, Long.MAX_VALUE);

        assertThat(posted).containsExactly(new Msg.FindResults(4, List.of(new Match(Match.TITLE, 4, 8), FIRST, SECOND),
                1000, 1000, true));
    }

    @Test
    void aTitleInTheTextIsLeftToTheScanWhichReadsIt() {
        List<Msg> posted = new ArrayList<>();
        Effect.Find job = new Effect.Find(5, new TextSnapshot(scanning("a word", true), Numbering.complete(0)), SearchQuery.literal("word"),
                Pattern.compile("word"));

        SearchJobs.find(job, () -> false, posted::add, Guard.BUDGET_NANOS, Long.MAX_VALUE);

        assertThat(posted).containsExactly(new Msg.FindResults(5, List.of(FIRST, SECOND), 1000, 1000, true));
    }
}
