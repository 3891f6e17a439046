package pilcrow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shared generators draw from what their names say, and sizes reach both ends. */
class CoreGensTest {

    @Test
    void anyCharLeavesOutSurrogatesNoncharactersAndPrivateUse() {
        qt().withExamples(5000).forAll(CoreGens.anyCharButSurrogatesAndPrivateUse()).checkAssert(c -> {
            assertThat(Character.isSurrogate(c)).as("U+%04X", (int) c).isFalse();
            assertThat(Character.getType(c)).as("U+%04X", (int) c).isNotEqualTo((int) Character.PRIVATE_USE);
            assertThat(c >= 0xFDD0 && c <= 0xFDEF || c >= 0xFFFE).as("U+%04X, a noncharacter", (int) c).isFalse();
        });
    }

    @Test
    void sizesStayInTheirRangeAndReachBothEnds() {
        Set<Integer> seen = new TreeSet<>();
        qt().withExamples(1000).forAll(CoreGens.sizes(3, 15)).checkAssert(size -> {
            assertThat(size).isBetween(3, 15);
            seen.add(size);
        });
        assertThat(seen).contains(3, 15);
    }

    @Test
    void stringsAndJoinedListsHaveTheirLengths() {
        qt().withExamples(500).forAll(CoreGens.strings(CoreGens.charsOf("ab"), 2, 5)).checkAssert(s -> {
            assertThat(s).matches("[ab]{2,5}");
        });
        qt().withExamples(500).forAll(CoreGens.joined(CoreGens.strings(CoreGens.charsBetween('x', 'z'), 1, 1), 0, 3, "-"))
                .checkAssert(s -> assertThat(s).matches("([x-z](-[x-z]){0,2})?"));
    }
}
