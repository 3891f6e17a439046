package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Where the reader's block goes for a size: at the smallest, odd and huge sizes, and for any size. */
class GeometryTest {

    @Test
    void oneCellStillGivesOneColumnOfTextAndNoBodyRows() {
        Geometry geometry = Geometry.reader(new Size(1, 1), false, Geometry.DEFAULT_MEASURE, 7);
        assertThat(geometry).isEqualTo(new Geometry(1, Geometry.MARK_COLUMNS, 0, 0));
    }

    @Test
    void twoColumnsGiveOneColumnOfTextFromTheLeftEdge() {
        Geometry geometry = Geometry.reader(new Size(2, 5), true, Geometry.DEFAULT_MEASURE, 7);
        assertThat(geometry.textWidth()).isEqualTo(1);
        assertThat(geometry.left()).isZero();
        assertThat(geometry.gutter()).isEqualTo(Geometry.MARK_COLUMNS + "¶7 ".length());
        assertThat(geometry.bodyRows()).isEqualTo(4);
    }

    @Test
    void aHugeScreenKeepsTheMeasureAndCentresTheBlock() {
        Geometry geometry = Geometry.reader(new Size(500, 200), false, Geometry.DEFAULT_MEASURE, 7);
        assertThat(geometry.textWidth()).isEqualTo(80);
        assertThat(geometry.left()).isEqualTo((500 - 2 - 80) / 2);
        assertThat(geometry.bodyRows()).isEqualTo(199);
        Geometry widest = Geometry.reader(new Size(500, 200), true, Geometry.MAX_MEASURE, 2_000_000);
        assertThat(widest.textWidth()).isEqualTo(Geometry.MAX_MEASURE);
        assertThat(widest.gutter()).isEqualTo(Geometry.MARK_COLUMNS + "¶2000000 ".length());
    }

    @Test
    void anOddWidthPutsTheSpareColumnOnTheRight() {
        Geometry geometry = Geometry.reader(new Size(85, 24), false, 60, 7);
        assertThat(geometry.textWidth()).isEqualTo(60);
        assertThat(geometry.left()).isEqualTo(11); // 85 - 62 = 23 spare: 11 left, 12 right
    }

    @Test
    void theNumberColumnsGrowWithTheWidestNumber() {
        assertThat(Geometry.numberColumns(0)).isEqualTo("¶1 ".length());
        assertThat(Geometry.numberColumns(9)).isEqualTo("¶9 ".length());
        assertThat(Geometry.numberColumns(10)).isEqualTo("¶10 ".length());
        assertThat(Geometry.numberColumns(123_456)).isEqualTo("¶123456 ".length());
    }

    @Test
    void theListLeavesRowsForItsHeaderTitlesAndFooter() {
        assertThat(Geometry.listRows(new Size(80, 24))).isEqualTo(21);
        assertThat(Geometry.listRows(new Size(80, 3))).isZero();
        assertThat(Geometry.listRows(new Size(1, 1))).isZero();
        assertThat(Geometry.listRows(new Size(500, 200))).isEqualTo(197);
    }

    /**
     * For any size and setting: at least one column of text, never more than the measure, the block
     * (gutter, text and one spare column) inside the screen whenever it can be, and centred.
     */
    @Test
    void theBlockFitsAndIsCentredAtAnySize() {
        qt().withExamples(2000).forAll(integers().between(0, 600), integers().between(0, 300),
                integers().between(Geometry.MIN_MEASURE, Geometry.MAX_MEASURE), booleans().all())
                .checkAssert((columns, rows, measure, numbers) -> {
                    int paragraphs = columns * 37 + rows; // any count: the widest number varies with the size
                    Geometry geometry = Geometry.reader(new Size(columns, rows), numbers, measure, paragraphs);
                    int gutter = Geometry.MARK_COLUMNS + (numbers ? Geometry.numberColumns(paragraphs) : 0);
                    assertThat(geometry.gutter()).isEqualTo(gutter);
                    assertThat(geometry.textWidth()).isBetween(1, measure);
                    assertThat(geometry.bodyRows()).isEqualTo(Math.max(0, rows - 1));
                    assertThat(geometry.left()).isNotNegative();
                    int spare = columns - gutter - geometry.textWidth();
                    if (spare >= 1) {
                        assertThat(geometry.left() + gutter + geometry.textWidth()).isLessThan(columns);
                        assertThat(spare - 2 * geometry.left()).as("right margin minus left").isBetween(0, 1);
                    } else {
                        assertThat(geometry.textWidth()).as("no room: one column").isEqualTo(1);
                        assertThat(geometry.left()).isZero();
                    }
                    if (columns - gutter - 1 >= measure) {
                        assertThat(geometry.textWidth()).as("room for the measure").isEqualTo(measure);
                    }
                });
    }
}
