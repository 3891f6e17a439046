package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class AppendedTest {

    @Property
    void holdsTheBatchesInOrder(@ForAll @Size(max = 8) List<@Size(max = 5) List<Integer>> batches) {
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
