package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * The source line under a news item ("— CHINA MEDIA GROUP") is on screen, so find finds it: the
 * match is counted, brought on screen and highlighted, and n/N step to it.
 */
class SourceLineFindTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private KeyScript seed(int columns, int rows) {
        return new KeyScript(new App(measure), Fixtures.state(new Size(columns, rows), Fixtures.seed()));
    }

    private Frame render(AppState state) {
        return new View(measure, false).render(state);
    }

    /** The row showing the source line, -1 when it is not on screen. */
    private static int sourceRow(Frame frame) {
        String[] rows = frame.toText().split("\n");
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].contains("\u2014 CHINA MEDIA GROUP")) {
                return y;
            }
        }
        return -1;
    }

    private static int columnOf(Frame frame, int row, String text) {
        return frame.toText().split("\n")[row].indexOf(text);
    }

    @Test
    void aWordOnlyInTheSourceLineIsFoundBroughtOnScreenAndHighlighted() {
        AppState state = seed(80, 24).run("ENTER / C H I N A ENTER").state();
        assertThat(state.message()).isNotEqualTo("No match for CHINA");
        assertThat(state.search().matches()).hasSize(1);
        assertThat(state.search().current()).isZero();

        Frame frame = render(state);
        int row = sourceRow(frame);
        assertThat(row).as("the source line is brought on screen").isNotNegative();
        int x = columnOf(frame, row, "CHINA");
        assertThat(frame.style(x, row).reverse()).as("C is the current match").isTrue();
        assertThat(frame.style(x + 4, row).reverse()).as("A is the current match").isTrue();
        assertThat(frame.style(x - 2, row).reverse()).as("the dash is not").isFalse();
        assertThat(frame.style(x + 5, row).reverse()).as("the space after is not").isFalse();
        assertThat(frame.toText()).contains("match 1/1");
    }

    @Test
    void nAndCapitalNStepToTheSourceLineAfterTheLastParagraph() {
        KeyScript keys = seed(80, 24).run("ENTER / c h i n a ENTER");
        int count = keys.state().search().matches().size();
        assertThat(count).isGreaterThan(1);
        assertThat(keys.state().search().current()).as("from the top, the first match").isZero();
        // From the first match, N wraps to the last one: the source line, at the end of the document.
        AppState last = keys.run("N").state();
        assertThat(last.search().current()).isEqualTo(count - 1);
        Frame frame = render(last);
        int row = sourceRow(frame);
        assertThat(row).isNotNegative();
        assertThat(frame.style(columnOf(frame, row, "CHINA"), row).reverse()).isTrue();
        // And n from there wraps to the first.
        assertThat(keys.run("n").state().search().current()).isZero();
    }

    @Test
    void otherMatchesInTheSourceLineAreMarkedToo() {
        AppState state = seed(80, 24).run("ENTER G / G R O U P ENTER").state();
        Frame frame = render(state);
        int row = sourceRow(frame);
        assertThat(row).isNotNegative();
        assertThat(frame.style(columnOf(frame, row, "GROUP"), row).reverse()).isTrue();
        assertThat(frame.style(columnOf(frame, row, "MEDIA"), row).reverse()).isFalse();
    }
}
