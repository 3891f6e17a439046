package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** A log's own SGR colour on screen: coloured in the dark theme, emphasis alone in monochrome. */
class ColouredTextScreenTest {

    private static final String LOG = "Service log\n\n"
            + "12:00 \u001b[32mINFO\u001b[0m started on port 8080\n\n"
            + "12:01 \u001b[1;31mERROR\u001b[0m disk \u001b[4mfull\u001b[24m, \u001b[38;5;214mretrying\u001b[0m\n\n"
            + "12:02 \u001b[7;44mreverse on blue\u001b[0m and \u001b[3mitalic\u001b[23m\n";

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private Frame render(Theme theme, String keys) {
        AppState start = Fixtures.state(new Size(44, 10), Fixtures.document("service.log", LOG));
        AppState state = new KeyScript(new App(measure), start).run(keys).state();
        return new View(measure, theme).render(state);
    }

    /** Each row, its colours (as {@link ThemeGoldenTest}), then its emphasis: B bold, U underline, R reverse, I italic, D dim. */
    private static String withColoursAndEmphasis(Frame frame) {
        String[] coloured = ThemeGoldenTest.withColours(frame).split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < frame.rows(); y++) {
            out.append(coloured[2 * y]).append('\n').append(coloured[2 * y + 1]).append('\n');
            StringBuilder emphasis = new StringBuilder();
            StringBuilder backgrounds = new StringBuilder();
            for (int x = 0; x < frame.columns(); x++) {
                Style style = frame.style(x, y);
                emphasis.append(style.bold() ? 'B' : style.underline() ? 'U' : style.reverse() ? 'R'
                        : style.italic() ? 'I' : style.dim() ? 'D' : '.');
                backgrounds.append(ThemeGoldenTest.letter(style.background()));
            }
            out.append(emphasis.toString().replaceAll("\\.+$", "")).append('\n');
            out.append(backgrounds.toString().replaceAll("\\.+$", "")).append('\n');
        }
        return out.toString();
    }

    @Test
    void darkThemeDrawsTheLogsColours() throws IOException {
        Frame frame = render(Theme.DARK, "ENTER");
        GoldenScreensTest.assertMatchesGolden("sgr-dark", withColoursAndEmphasis(frame));
        assertThat(frame.toText()).doesNotContain("\u001b").doesNotContain("^[");
    }

    @Test
    void monochromeKeepsEmphasisAndDropsColours() throws IOException {
        Frame frame = render(Theme.MONOCHROME, "ENTER");
        GoldenScreensTest.assertMatchesGolden("sgr-monochrome", withColoursAndEmphasis(frame));
        for (int y = 0; y < frame.rows(); y++) {
            for (int x = 0; x < frame.columns(); x++) {
                assertThat(frame.style(x, y).color()).isEqualTo(Style.Color.DEFAULT);
                assertThat(frame.style(x, y).background()).isEqualTo(Style.Color.DEFAULT);
            }
        }
    }

    @Test
    void aMatchWinsOverTheSpansColour() {
        Frame frame = render(Theme.DARK, "ENTER / E R R O R ENTER");
        String text = frame.toText();
        int row = text.substring(0, text.indexOf("ERROR")).split("\n", -1).length - 1;
        int column = text.split("\n", -1)[row].indexOf("ERROR");
        Style match = frame.style(column, row);
        assertThat(match.reverse()).isTrue();
        assertThat(match.color()).isEqualTo(Theme.DARK.color(Theme.Role.MARK));
    }
}
