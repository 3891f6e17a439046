package pilcrow.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.library.Stepper.Step;
import pilcrow.library.Stepper.Wrap;

class StepperTest {

    @Test
    void fromTheShownMatchToItsNeighbourWrappingAround() {
        assertThat(Stepper.step(3, 1, i -> 0, true)).isEqualTo(new Step(2, Wrap.NONE));
        assertThat(Stepper.step(3, 2, i -> 0, true)).isEqualTo(new Step(0, Wrap.TO_TOP));
        assertThat(Stepper.step(3, 0, i -> 0, false)).isEqualTo(new Step(2, Wrap.TO_BOTTOM));
    }

    @Test
    void fromAPlaceTheFirstAfterOrTheLastBeforeNeverOneAtIt() {
        List<Integer> paragraphs = List.of(2, 5, 5, 9);
        assertThat(Stepper.step(4, -1, i -> Integer.compare(paragraphs.get(i), 5), true)).isEqualTo(new Step(3, Wrap.NONE));
        assertThat(Stepper.step(4, -1, i -> Integer.compare(paragraphs.get(i), 5), false)).isEqualTo(new Step(0, Wrap.NONE));
        assertThat(Stepper.step(4, -1, i -> Integer.compare(paragraphs.get(i), 9), true)).isEqualTo(new Step(0, Wrap.TO_TOP));
        assertThat(Stepper.step(4, -1, i -> Integer.compare(paragraphs.get(i), 2), false))
                .isEqualTo(new Step(3, Wrap.TO_BOTTOM));
    }

    /** The line mode's n and N as Interpreter.step wrote them before the Stepper, for the property. */
    private static Step lineModeBefore(List<Integer> paragraphs, int shown, int current, boolean forward) {
        int target = -1;
        if (shown >= 0) {
            target = shown + (forward ? 1 : -1);
        } else if (forward) {
            target = paragraphs.size();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i) > current) {
                    target = i;
                    break;
                }
            }
        } else {
            for (int i = paragraphs.size() - 1; i >= 0; i--) {
                if (paragraphs.get(i) < current) {
                    target = i;
                    break;
                }
            }
        }
        if (target >= paragraphs.size()) {
            return new Step(0, Wrap.TO_TOP);
        }
        return target < 0 ? new Step(paragraphs.size() - 1, Wrap.TO_BOTTOM) : new Step(target, Wrap.NONE);
    }

    @Test
    void stepsAsTheLineModeDid() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 12)).ofSizeBetween(1, 10),
                integers().between(-1, 10), integers().between(0, 14), booleans().all())
                .checkAssert((unsorted, shownAny, current, forward) -> {
                    List<Integer> paragraphs = unsorted.stream().sorted().toList();
                    int shown = shownAny < paragraphs.size() ? shownAny : -1;
                    assertThat(Stepper.step(paragraphs.size(), shown,
                            i -> Integer.compare(paragraphs.get(i), current), forward))
                            .isEqualTo(lineModeBefore(paragraphs, shown, current, forward));
                });
    }
}
