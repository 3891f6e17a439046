package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.core.text.FakeTextMeasure;
import pilcrow.core.text.TextMeasure;
import pilcrow.core.text.WrapperTest;

/**
 * Every wrapping test and property of the core's {@link WrapperTest} again, over JLine's widths,
 * which the reader draws with; and JLine held to the core's fake table on every grapheme those
 * tests are made of, so the two runs measure the same text alike.
 */
class WrapperWithJLineTest extends WrapperTest {

    private static final JLineTextMeasure JLINE = new JLineTextMeasure();
    private static final FakeTextMeasure FAKE = new FakeTextMeasure();

    @Override
    protected TextMeasure measure() {
        return JLINE;
    }

    @Test
    void jLineMeasuresEverySampleGraphemeAsTheFakeDoes() {
        for (String g : FakeTextMeasure.SAMPLE_GRAPHEMES) {
            assertThat(JLINE.graphemeLength(g, 0)).as("length of %s", g).isEqualTo(g.length())
                    .isEqualTo(FAKE.graphemeLength(g, 0));
            assertThat(JLINE.graphemeWidth(g, 0)).as("width of %s", g).isEqualTo(FAKE.graphemeWidth(g, 0));
        }
        assertThat(JLINE.width("\u4e2d")).isEqualTo(2);
    }
}
