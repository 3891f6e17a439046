package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;

/** The reader's place as (paragraph, offset, rows below the top): taken at one width, found at another. */
class AnchorTest {

    private static final DocumentLayout LAYOUT = new DocumentLayout(new JLineTextMeasure());
    private static final Document SEED = Fixtures.seed();

    private static ReaderState reader(int width, int top) {
        List<LayoutLine> lines = LAYOUT.layout(SEED, width, true);
        return new ReaderState(0, SEED, lines, width, top, 0, null);
    }

    @Test
    void theAnchorIsTheFirstParagraphLineAtOrBelowTheTop() {
        ReaderState reader = reader(40, 0); // the title's lines and a blank come first
        int first = reader.firstLineOf(1);
        assertThat(first).isGreaterThan(0);
        assertThat(Anchor.of(reader)).isEqualTo(new Anchor(1, 0, first, 1)); // place: the paragraph, in memory
        ReaderState inside = reader.withTop(first + 2);
        LayoutLine third = inside.lines().get(first + 2);
        assertThat(Anchor.of(inside)).isEqualTo(new Anchor(1, third.start(), 0, 1));
        assertThat(third.start()).isPositive();
    }

    @Test
    void belowTheLastParagraphThereIsNoParagraphToKeep() {
        ReaderState reader = reader(40, 0);
        ReaderState atSource = reader.withTop(reader.lines().size() - 1);
        Anchor anchor = Anchor.of(atSource);
        assertThat(anchor).isEqualTo(new Anchor(0, 0, 0));
        assertThat(anchor.lineIn(reader)).isEqualTo(reader.lines().size());
    }

    /** Taken and found again at the same width, an anchor gives back the same top line. */
    @Test
    void anAnchorFindsItsOwnTopAgain() {
        qt().withExamples(300).forAll(integers().between(20, 120), integers().between(0, 10_000))
                .checkAssert((width, topSeed) -> {
                    ReaderState reader = reader(width, 0);
                    int top = topSeed % (reader.firstLineOf(SEED.paragraphCount()) + 1);
                    ReaderState at = reader.withTop(top);
                    assertThat(Anchor.of(at).lineIn(at)).as("top %d at width %d", top, width).isEqualTo(top);
                });
    }

    /**
     * At another width, the anchor's line (its rows below the top added back) is the line of the
     * same paragraph that holds the same character; and back at the first width, the same top.
     */
    @Test
    void aResizeKeepsTheParagraphAndThePointInItAndComesBack() {
        qt().withExamples(300).forAll(integers().between(20, 120), integers().between(20, 120),
                integers().between(0, 10_000)).checkAssert((width, otherWidth, topSeed) -> {
                    ReaderState before = reader(width, 0);
                    int top = topSeed % before.firstLineOf(SEED.paragraphCount());
                    Anchor anchor = Anchor.of(before.withTop(top));
                    ReaderState after = reader(otherWidth, 0);
                    int line = anchor.lineIn(after) + anchor.rowsBelowTop();
                    LayoutLine held = after.lines().get(line);
                    assertThat(held.paragraph()).isEqualTo(anchor.paragraph());
                    assertThat(held.start()).isLessThanOrEqualTo(anchor.offset());
                    boolean lastOfParagraph = line + 1 == after.lines().size()
                            || after.lines().get(line + 1).paragraph() != anchor.paragraph();
                    assertThat(lastOfParagraph || after.lines().get(line + 1).start() > anchor.offset())
                            .as("the next line of the paragraph starts after the point").isTrue();
                    assertThat(anchor.lineIn(reader(width, 0))).as("back at width %d", width).isEqualTo(top);
                });
    }
}
