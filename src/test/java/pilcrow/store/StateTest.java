package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The merge rules, on their own: what two instances' changes become. */
class StateTest {

    private static Bookmark mark(String id, String note, long updated, boolean deleted) {
        return new Bookmark(id, "a.txt", "fp", 3, "quote", note, 1, updated, deleted);
    }

    private static Bookmark only(State s) {
        assertThat(s.bookmarks).hasSize(1);
        return s.bookmarks.values().iterator().next().value();
    }

    @Test
    void theLaterBookmarkWinsWhicheverSideItIsOn() {
        State old = State.of(mark("a", "old", 10, false));
        State later = State.of(mark("a", "new", 20, false));
        assertThat(only(State.merge(old, later)).note()).isEqualTo("new");
        assertThat(only(State.merge(later, old)).note()).isEqualTo("new");
    }

    @Test
    void onATieTheChangeBeingSavedWins() {
        State disk = State.of(mark("a", "disk", 10, false));
        State mine = State.of(mark("a", "mine", 10, false));
        assertThat(only(State.merge(disk, mine)).note()).isEqualTo("mine");
    }

    @Test
    void aTombstoneWinsTiesAndStaysSoAnOlderCopyCannotResurrect() {
        State tomb = State.of(mark("a", "", 10, true));
        State copy = State.of(mark("a", "edited", 10, false));
        assertThat(only(State.merge(tomb, copy)).deleted()).isTrue();
        assertThat(only(State.merge(copy, tomb)).deleted()).isTrue();
        State stale = State.of(mark("a", "stale", 5, false));
        State merged = State.merge(State.merge(stale, tomb), stale);
        assertThat(only(merged).deleted()).isTrue();
    }

    @Test
    void bookmarksWithDifferentIdsAreAllKept() {
        State a = State.of(mark("a", "", 10, false));
        State b = State.of(mark("b", "", 5, false));
        assertThat(State.merge(a, b).bookmarks).containsOnlyKeys("a", "b");
    }

    @Test
    void theLaterPositionWins() {
        State early = State.of(new Position("doc", "d.txt", 4, 0, 100));
        State late = State.of(new Position("doc", "d.txt", 9, 2, 200));
        State other = State.of(new Position("other", "o.txt", 1, 0, 50));
        assertThat(State.merge(early, late).positions.get("doc").value().paragraph()).isEqualTo(9);
        assertThat(State.merge(late, early).positions.get("doc").value().paragraph()).isEqualTo(9);
        assertThat(State.merge(State.merge(early, other), late).positions)
                .containsOnlyKeys("doc", "other");
    }

    @Test
    void historyIsAUnionWithTheNewerPatternsLast() {
        State disk = history("a", "b", "c");
        State mine = history("b", "d");
        assertThat(State.merge(disk, mine).history).containsExactly("a", "c", "b", "d");
    }

    @Test
    void historyKeepsTheNewestHundred() {
        State disk = history(IntStream.range(0, 100).mapToObj(i -> "old" + i).toArray(String[]::new));
        State merged = State.merge(disk, history("new1", "new2"));
        assertThat(merged.history).hasSize(State.HISTORY_LIMIT).endsWith("new1", "new2")
                .doesNotContain("old0", "old1").contains("old2");
    }

    private static State history(String... patterns) {
        State s = State.empty();
        for (String p : patterns) {
            s = State.merge(s, State.ofHistory(p));
        }
        assertThat(s.history).isEqualTo(new ArrayList<>(List.of(patterns)));
        return s;
    }
}
