package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Styles on cells: what the text goldens cannot show. */
class ViewStylesTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private Frame render(String keys, boolean colors, int columns, int rows) {
        AppState start = Fixtures.state(new Size(columns, rows), Fixtures.seed(), Fixtures.seed());
        AppState state = new KeyScript(new App(measure), start).run(keys).state();
        return new View(measure, colors).render(state);
    }

    @Test
    void theSelectedRowIsReverseVideoAndMarkedEvenWithoutColour() {
        Frame frame = render("j", false, 80, 24);
        assertThat(frame.text(0, 3)).isEqualTo(View.SELECTED_MARK);
        assertThat(frame.style(10, 3).reverse()).isTrue();
        assertThat(frame.style(10, 2).reverse()).isFalse();
        assertThat(frame.text(0, 2)).isEqualTo(" ");
    }

    @Test
    void withoutColourNoCellHasAColour() {
        for (String keys : new String[] {"", "ENTER", "?", "ENTER : 3"}) {
            Frame frame = render(keys, false, 80, 24);
            for (int y = 0; y < frame.rows(); y++) {
                for (int x = 0; x < frame.columns(); x++) {
                    assertThat(frame.style(x, y).color()).as("cell %d,%d after '%s'", x, y, keys)
                            .isEqualTo(Style.Color.DEFAULT);
                }
            }
        }
    }

    @Test
    void theCurrentParagraphIsMarkedAndTheTitleIsBold() {
        Frame frame = render("ENTER }", true, 80, 24);
        // ¶2 is at the top: its lines carry the mark, the status line is reverse video.
        assertThat(frame.text(0, 0)).isEqualTo(View.CURRENT_MARK);
        assertThat(frame.style(10, 23).reverse()).isTrue();
        Frame top = render("ENTER", true, 80, 24);
        assertThat(top.style(5, 0).bold()).isTrue();
        assertThat(top.text(0, 0)).isEqualTo(" ");
    }

    @Test
    void aWideCharacterIsNeverSplitAtTheRightEdge() {
        Frame frame = new Frame(5, 1, measure);
        int end = frame.put(0, 0, "ab中中", Style.PLAIN);
        assertThat(end).isEqualTo(5);
        assertThat(frame.text(2, 0)).isEqualTo("中");
        assertThat(frame.text(3, 0)).isEqualTo(Frame.CONTINUATION);
        assertThat(frame.text(4, 0)).isEqualTo(" ");
    }

    @Test
    void controlCharactersNeverReachACell() {
        Frame frame = new Frame(10, 1, measure);
        frame.put(0, 0, "a\u001bb\u0007c", Style.PLAIN);
        assertThat(frame.toText()).isEqualTo("a?b?c\n");
    }

    @Test
    void clippedTextEndsInAnEllipsis() {
        Frame frame = new Frame(8, 1, measure);
        frame.putClipped(0, 0, "abcdefghij", Style.PLAIN, 6);
        assertThat(frame.toText()).isEqualTo("abcde\u2026\n");
    }

    /** The column where {@code word} starts on row {@code y}, read back from the frame's text. */
    private static int columnOf(Frame frame, int y, String word) {
        String row = frame.toText().split("\n")[y];
        return row.indexOf(word);
    }

    @Test
    void theCurrentMatchIsReverseVideoAndOtherMatchesUnderlinedWithoutColour() {
        Frame frame = render("ENTER / v o l t ENTER", false, 80, 24);
        String[] rows = frame.toText().split("\n");
        int first = -1;
        int second = -1;
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].contains("Volt") && first < 0) {
                first = y;
            } else if (rows[y].contains("Volt") && second < 0) {
                second = y;
            }
        }
        int x = columnOf(frame, first, "Volt");
        assertThat(frame.style(x, first).reverse()).isTrue();
        assertThat(frame.style(x + 3, first).reverse()).isTrue();
        assertThat(frame.style(x + 4, first).reverse()).isFalse();
        int other = columnOf(frame, second, "Volt");
        assertThat(frame.style(other, second).underline()).isTrue();
        assertThat(frame.style(other, second).reverse()).isFalse();
        assertThat(frame.style(other - 2, second).underline()).isFalse();
    }

    @Test
    void aMatchAcrossAWrapIsHighlightedOnBothLines() {
        AppState start = Fixtures.state(new Size(24, 10),
                Fixtures.document("wrap.txt", "Title\n\nThe quick brown fox\njumps over the lazy dog.\n"));
        AppState state = new KeyScript(new App(measure), start).run("ENTER / b r o w n SPACE f o x ENTER").state();
        Frame frame = new View(measure, false).render(state);
        int brown = columnOf(frame, 2, "brown");
        int fox = columnOf(frame, 3, "fox");
        assertThat(brown).isPositive();
        assertThat(fox).isPositive();
        assertThat(frame.style(brown, 2).reverse()).isTrue();
        assertThat(frame.style(fox + 2, 3).reverse()).isTrue();
        assertThat(frame.style(fox + 4, 3).reverse()).isFalse();
    }

    @Test
    void linksAreUnderlinedAndTheSelectedOneIsReverseVideoEvenWithoutColour() {
        AppState start = Fixtures.state(new Size(60, 12), pilcrow.app.LinkKeysTest.links());
        Frame frame = new View(measure, false).render(new KeyScript(new App(measure), start).run("ENTER l l").state());
        int row = rowHolding(frame, "See Install");
        int install = frame.toText().split("\n", -1)[row].indexOf("Install");
        int guide = frame.toText().split("\n", -1)[row].indexOf("the guide");
        assertThat(frame.style(install, row).underline()).isTrue();
        assertThat(frame.style(install, row).reverse()).isFalse();
        assertThat(frame.style(guide + 1, row).reverse()).as("the selected link").isTrue();
        assertThat(frame.style(install - 2, row).underline()).as("text beside a link").isFalse();
    }

    private static int rowHolding(Frame frame, String text) {
        String[] rows = frame.toText().split("\n", -1);
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].contains(text)) {
                return y;
            }
        }
        throw new AssertionError("no row holds " + text + ":\n" + frame.toText());
    }
}
