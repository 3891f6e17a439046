package pilcrow.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fake width table the core tests measure with says what its comment promises. */
class FakeTextMeasureTest {

    private final FakeTextMeasure measure = new FakeTextMeasure();

    @Test
    void widthsByKind() {
        assertThat(measure.width("abc")).as("ASCII").isEqualTo(3);
        assertThat(measure.width("\u00e9\u03a9")).as("Latin, Greek").isEqualTo(2);
        assertThat(measure.width("\u4e2d\uac00\uff21")).as("CJK, Hangul, fullwidth").isEqualTo(6);
        assertThat(measure.width("\uD83D\uDC4D")).as("emoji").isEqualTo(2);
        assertThat(measure.width("\u2764")).as("a heart as text").isEqualTo(1);
        assertThat(measure.width("\u2764\uFE0F")).as("a heart as emoji").isEqualTo(2);
        assertThat(measure.width("\u0301")).as("a lone combining mark").isZero();
        assertThat(measure.width("\t")).as("a control").isZero();
    }

    @Test
    void graphemesJoinMarksSelectorsSkinTonesJoinedCodePointsAndFlagPairs() {
        assertThat(measure.graphemeLength("e\u0301\u0302x", 0)).isEqualTo(3);
        assertThat(measure.graphemeLength("\u2764\uFE0Fx", 0)).isEqualTo(2);
        assertThat(measure.graphemeLength("\uD83D\uDC4D\uD83C\uDFFDx", 0)).isEqualTo(4);
        assertThat(measure.graphemeLength("\uD83D\uDC68\u200D\uD83D\uDC69x", 0)).isEqualTo(5);
        String threeIndicators = "\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDEB";
        assertThat(measure.graphemeLength(threeIndicators, 0)).as("a pair, not three").isEqualTo(4);
        assertThat(measure.graphemeLength(threeIndicators, 4)).isEqualTo(2);
        assertThat(measure.graphemeLength("ab", 0)).isEqualTo(1);
        assertThat(measure.graphemeLength("a\u200D", 0)).as("a joiner at the end joins nothing").isEqualTo(1);
        assertThat(measure.width("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(2);
    }
}
