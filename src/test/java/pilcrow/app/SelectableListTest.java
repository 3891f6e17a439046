package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One list navigation for the document list, the library search results and the bookmarks. */
class SelectableListTest {

    private static final List<Action> MOVES = List.of(Action.LINE_DOWN, Action.LINE_UP, Action.PAGE_DOWN,
            Action.PAGE_UP, Action.TOP, Action.BOTTOM);

    /** Whatever the move, the selection stays on a row of the list and in view. */
    @Test
    void everyMoveKeepsTheSelectionOnARowAndInView() {
        qt().withExamples(500).forAll(integers().between(0, 200), integers().between(0, 300),
                integers().between(1, 40), integers().between(0, MOVES.size() - 1))
                .checkAssert((size, start, rows, move) -> {
                    ListState list = new ListState(0, 0, "", ListState.all(size)).select(start, rows);
                    ListState moved = SelectableList.moved(list, MOVES.get(move), rows).orElseThrow();
                    assertThat(moved.selected()).isBetween(0, Math.max(0, size - 1));
                    assertThat(moved.selected()).isBetween(moved.top(), moved.top() + rows - 1);
                });
    }

    @Test
    void eachMoveGoesWhereItsKeySays() {
        ListState list = new ListState(0, 0, "", ListState.all(100)).select(50, 10);
        assertThat(SelectableList.moved(list, Action.LINE_DOWN, 10).orElseThrow().selected()).isEqualTo(51);
        assertThat(SelectableList.moved(list, Action.LINE_UP, 10).orElseThrow().selected()).isEqualTo(49);
        assertThat(SelectableList.moved(list, Action.PAGE_DOWN, 10).orElseThrow().selected()).isEqualTo(60);
        assertThat(SelectableList.moved(list, Action.PAGE_UP, 10).orElseThrow().selected()).isEqualTo(40);
        assertThat(SelectableList.moved(list, Action.TOP, 10).orElseThrow().selected()).isZero();
        assertThat(SelectableList.moved(list, Action.BOTTOM, 10).orElseThrow().selected()).isEqualTo(99);
        assertThat(SelectableList.moved(list, Action.OPEN, 10)).isEmpty();
    }

    /** The three lists move with the same keys: j k g G and the arrows, Home and End. */
    @Test
    void theListsShareTheirMoveKeys() {
        for (KeyMap table : List.of(KeyMap.LIST, KeyMap.RESULTS, KeyMap.BOOKMARKS)) {
            for (KeyInput key : List.of(KeyInput.of('j'), KeyInput.of(KeyInput.Name.DOWN), KeyInput.of('k'),
                    KeyInput.of(KeyInput.Name.UP), KeyInput.of('g'), KeyInput.of(KeyInput.Name.HOME), KeyInput.of('G'),
                    KeyInput.of(KeyInput.Name.END))) {
                assertThat(table.actionFor(key).filter(MOVES::contains)).as("%s in %s", key, table.title()).isPresent();
            }
        }
    }
}
