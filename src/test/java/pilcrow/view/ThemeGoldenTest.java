package pilcrow.view;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * A reader screen in each theme, its text and under each row the colour of each cell, so a change
 * of what a role looks like in a theme shows in a golden file.
 */
class ThemeGoldenTest {

    private static final String MARKDOWN = """
            # Themes

            Some text to find a word in, with a list:

            - first item
            - second item

            ## Code

                print("code")
            """;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aReaderScreenInEachTheme(Theme theme) throws IOException {
        JLineTextMeasure measure = new JLineTextMeasure();
        AppState start = Fixtures.state(new Size(40, 14), Fixtures.document("themes.md", MARKDOWN));
        AppState state = new KeyScript(new App(measure), start).run("ENTER / w o r d ENTER").state();
        Frame frame = new View(measure, theme).render(state);
        GoldenScreensTest.assertMatchesGolden("theme-" + theme.name().toLowerCase(java.util.Locale.ROOT),
                withColours(frame));
    }

    /** Each row of text, then a row of one letter per cell for its colour ({@code .} the terminal's own). */
    static String withColours(Frame frame) {
        String[] rows = frame.toText().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < frame.rows(); y++) {
            out.append(y < rows.length ? rows[y] : "").append('\n');
            StringBuilder colours = new StringBuilder();
            for (int x = 0; x < frame.columns(); x++) {
                colours.append(letter(frame.style(x, y).color()));
            }
            out.append(colours.toString().stripTrailing().replaceAll("\\.+$", "")).append('\n');
        }
        return out.toString();
    }

    /** A letter per colour: {@code .} the terminal's own, krgybmcw the basic ones, capitals the bright ones. */
    static char letter(Style.Color color) {
        return color == Style.Color.DEFAULT ? '.' : "krgybmcwKRGYBMCW".charAt(color.ordinal() - 1);
    }
}
