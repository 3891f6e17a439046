package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.text.FakeTextMeasure;
import pilcrow.core.text.LineSpan;
import pilcrow.core.text.Wrapper;

/**
 * The core's wrapping tests measure with {@link FakeTextMeasure}; here JLine's widths are held to
 * the fake on every grapheme those tests use, and the wrapping that depends most on widths (wide
 * characters, emoji, combining marks) is checked over JLine itself.
 */
class WrapperWithJLineTest {

    private static final JLineTextMeasure JLINE = new JLineTextMeasure();
    private static final FakeTextMeasure FAKE = new FakeTextMeasure();
    private static final Wrapper WRAPPER = new Wrapper(JLINE);

    @Test
    void jLineMeasuresEverySampleGraphemeAsTheFakeDoes() {
        for (String g : FakeTextMeasure.SAMPLE_GRAPHEMES) {
            assertThat(JLINE.graphemeLength(g, 0)).as("length of %s", g).isEqualTo(g.length())
                    .isEqualTo(FAKE.graphemeLength(g, 0));
            assertThat(JLINE.graphemeWidth(g, 0)).as("width of %s", g).isEqualTo(FAKE.graphemeWidth(g, 0));
        }
        assertThat(JLINE.width("\u4e2d")).isEqualTo(2);
        assertThat(JLINE.width("e\u0301")).isEqualTo(1);
        assertThat(JLINE.width("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(2);
        assertThat(JLINE.width("a" + "\u0301".repeat(500))).isEqualTo(1);
    }

    @Test
    void wideCharactersAreNeverCutAtTheEdge() {
        String cjk = "\u4e2d\u6587\u5b57";
        assertThat(lines(WRAPPER.wrapCells(cjk, 5), cjk)).containsExactly("\u4e2d\u6587", "\u5b57");
        assertThat(lines(WRAPPER.wrapCells(cjk, 1), cjk)).containsExactly("\u4e2d", "\u6587", "\u5b57");
        String mixed = "ab\u4e2d";
        assertThat(lines(WRAPPER.wrapCells(mixed, 3), mixed)).containsExactly("ab", "\u4e2d");
        String emoji = "x\uD83D\uDC4D\uD83C\uDFFDy";
        assertThat(lines(WRAPPER.wrapCells(emoji, 2), emoji)).containsExactly("x", "\uD83D\uDC4D\uD83C\uDFFD", "y");
    }

    @Test
    void fiveHundredCombiningMarksStayOnTheirLetter() {
        String text = "x a" + "\u0301".repeat(500) + " y";
        assertThat(lines(WRAPPER.wrapWords(text, 1), text)).containsExactly("x", "a" + "\u0301".repeat(500), "y");
    }

    private static List<String> lines(List<LineSpan> spans, String text) {
        return spans.stream().map(s -> s.of(text)).toList();
    }
}
