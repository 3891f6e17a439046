package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.testing.SourceGens;

class AppendedTest {

    private static final int EXAMPLES = 500;

    /** Up to eight batches of up to five integers, the empty batch among them. */
    private static Gen<List<List<Integer>>> batches() {
        return SourceGens.listsOf(SourceGens.listsOf(integers().all(), 0, 5, EXAMPLES), 0, 8, EXAMPLES);
    }

    @Test
    void holdsTheBatchesInOrder() {
        qt().withExamples(EXAMPLES).forAll(batches()).checkAssert(AppendedTest::holdsInOrder);
    }

    private static void holdsInOrder(List<List<Integer>> batches) {
        Appended<Integer> list = Appended.empty();
        List<Integer> expected = new ArrayList<>();
        for (List<Integer> batch : batches) {
            Appended<Integer> before = list;
            int sizeBefore = before.size();
            list = list.plus(batch);
            expected.addAll(batch);
            assertThat(before).hasSize(sizeBefore);
        }
        assertThat(list).containsExactlyElementsOf(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(list.get(i)).isEqualTo(expected.get(i));
        }
        Appended<Integer> done = list;
        assertThatThrownBy(() -> done.get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
