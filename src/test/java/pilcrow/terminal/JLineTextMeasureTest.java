package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.testing.SourceGens;

/**
 * The short way for printable ASCII gives what JLine's grapheme functions give: on every
 * character below U+0300 after every printable ASCII one, and on generated text mixing ASCII with
 * combining marks, joiners, selectors, emoji and wide characters.
 */
class JLineTextMeasureTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    @Test
    void everyPairOfAnAsciiCharacterAndOneBelowTheCombiningMarksIsMeasuredAsJLineMeasuresIt() {
        for (char ascii = 0; ascii < 0x80; ascii++) {
            for (char next = 0; next < 0x300; next++) {
                String text = "" + ascii + next;
                assertThat(measure.graphemeLength(text, 0)).as("length of %s then U+%04X", ascii, (int) next)
                        .isEqualTo(Math.max(1, WCWidth.charCountForGraphemeCluster(text, 0)));
                assertThat(measure.graphemeWidth(text, 0)).as("width of %s then U+%04X", ascii, (int) next)
                        .isEqualTo(Math.max(0, WCWidth.wcwidthForGraphemeCluster(text, 0)));
            }
        }
    }

    private static final int EXAMPLES = 3000;

    private static Gen<String> texts() {
        Gen<String> pieces = SourceGens.pick("a", "Z", " ", "~", "!", "\u001f", "\u007f", "e\u0301", "\u0301", "\u200d", "\ufe0f",
                "\ud83d\udc4d", "\ud83c\udffd", "\u4e2d", "\u00e9", "\u00ad", "\t", "\u0000", "\u1100\u1161", "\ud83c\uddeb");
        return SourceGens.joined(pieces, "", 0, 12, EXAMPLES);
    }

    @Test
    void graphemesAndWidthsAreJLinesOwn() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(this::measuredAsJLineMeasures);
    }

    private void measuredAsJLineMeasures(String text) {
        int cells = 0;
        for (int i = 0; i < text.length(); ) {
            int length = measure.graphemeLength(text, i);
            assertThat(length).as("length at %d of %s", i, text).isEqualTo(Math.max(1, WCWidth.charCountForGraphemeCluster(text, i)));
            assertThat(measure.graphemeWidth(text, i)).as("width at %d of %s", i, text)
                    .isEqualTo(Math.max(0, WCWidth.wcwidthForGraphemeCluster(text, i)));
            cells += Math.max(0, WCWidth.wcwidthForGraphemeCluster(text, i));
            i += length;
        }
        assertThat(measure.width(text)).as("width of %s", text).isEqualTo(cells);
    }

    /**
     * JLine is shown at most {@link JLineTextMeasure#CLUSTER_WINDOW} chars at a time (on JDK 20 and
     * later its cost grew with the text it was given, for every cluster): clusters at the end of a
     * long paragraph still measure as they do alone.
     */
    @Test
    void clustersFarIntoALongTextMeasureAsTheyDoAlone() {
        String family = "\uD83D\uDC68\uD83C\uDFFD\u200D\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDC67\uD83C\uDFFD\u200D\uD83D\uDC66\uD83C\uDFFD";
        String flag = "\uD83C\uDDEF\uD83C\uDDF5";
        String accented = "e\u0301\u0323";
        String han = "\u4E2D".repeat(10_000);
        for (String cluster : new String[] {family, flag, accented, "\u4E2D"}) {
            String text = han + cluster + "x";
            assertThat(measure.graphemeLength(text, han.length())).as("length of %s", cluster)
                    .isEqualTo(measure.graphemeLength(cluster, 0)).isEqualTo(cluster.length());
            assertThat(measure.graphemeWidth(text, han.length())).as("width of %s", cluster)
                    .isEqualTo(measure.graphemeWidth(cluster, 0));
        }
        assertThat(JLineTextMeasure.window(han, 5).length()).isEqualTo(JLineTextMeasure.CLUSTER_WINDOW);
    }
}
