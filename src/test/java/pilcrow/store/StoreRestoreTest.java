package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo of a deletion: the bookmark comes back as it was (id, time made, text), also for another instance. */
class StoreRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aRestoredBookmarkKeepsItsIdTimeAndPlaceAndBeatsItsTombstone() {
        TestClock clock = new TestClock("2024-01-02T03:04:05Z");
        try (Store store = Store.open(dir, clock)) {
            Bookmark older = store.add("/a.txt", "fp", 3, "quote three", "note");
            clock.advanceMillis(1000);
            Bookmark newer = store.add("/a.txt", "fp", 5, "quote five", "");
            assertThat(store.delete(older.id())).isTrue();
            // Same millisecond as the tombstone: on a tie a tombstone wins the merge, so the restore must be later.
            Bookmark back = store.restore(older);
            assertThat(back.id()).isEqualTo(older.id());
            assertThat(back.createdMillis()).isEqualTo(older.createdMillis());
            assertThat(back).extracting(Bookmark::documentPath, Bookmark::fingerprint, Bookmark::paragraph,
                    Bookmark::quote, Bookmark::note).containsExactly("/a.txt", "fp", 3, "quote three", "note");
            assertThat(store.bookmarks()).extracting(Bookmark::id).containsExactly(newer.id(), older.id());
        }
        try (Store again = Store.open(dir, clock)) {
            assertThat(again.bookmarks()).extracting(Bookmark::id).hasSize(2);
        }
    }
}
