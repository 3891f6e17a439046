package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * {@code r} in the {@code F} results: best paragraph first (BM25, as {@code find --rank}), then
 * library order again; Enter opens the row shown.
 */
class RankedResultsTest {

    /** In library order: a long paragraph with the word once, then a short one with it twice. */
    private final Document first = Fixtures.document("a.md", "# A\n\nOne finch among " + "many other words ".repeat(20)
            + "here.\n\nNothing.");
    private final Document second = Fixtures.document("b.md", "# B\n\nA finch, a finch.");

    private KeyScript searched() {
        KeyScript keys = new KeyScript(new App(new JLineTextMeasure()),
                Fixtures.state(new Size(100, 24), first, second));
        return keys.run("F f i n c h ENTER");
    }

    private static List<Integer> entries(AppState state) {
        return state.librarySearch().shown().stream().map(Hit::entry).toList();
    }

    @Test
    void rRanksTheShortParagraphWithMoreMatchesFirstAndBack() {
        KeyScript keys = searched();
        assertThat(entries(keys.state())).containsExactly(0, 1, 1);

        AppState ranked = keys.run("r").state();
        assertThat(entries(ranked)).containsExactly(1, 1, 0);
        assertThat(ranked.message()).isEqualTo("Best matches first (BM25)");
        assertThat(new View(new JLineTextMeasure(), false).render(ranked).toText()).contains("best first");

        assertThat(keys.run("ENTER").state().reader().entry()).as("the row shown is opened").isEqualTo(1);
        assertThat(entries(keys.run("q r").state())).containsExactly(0, 1, 1);
    }

    @Test
    void theHelpScreenListsTheKey() {
        assertThat(KeyMap.RESULTS.bindings()).anyMatch(b -> b.action() == Action.RANK);
    }
}
