package pilcrow.shell;

import java.util.List;
import java.util.Optional;
import pilcrow.store.Bookmark;
import pilcrow.store.Position;
import pilcrow.store.Store;

/**
 * What the shell keeps in the data folder: the same bookmarks, reading positions and search
 * history as the full-screen reader, so each sees what the other made.
 */
public interface ShellStore {

    /** Live bookmarks, newest first. */
    List<Bookmark> bookmarks();

    Bookmark add(String documentPath, String fingerprint, int paragraph, String quote, String note);

    Optional<Position> position(String documentKey);

    void savePosition(String documentKey, int paragraph);

    /** Patterns searched before, oldest first. */
    List<String> history();

    void addHistory(String pattern);

    /** The data folder's store, keyed as the full-screen reader keys it. */
    static ShellStore of(Store store) {
        return of(store, true);
    }

    /**
     * @param positions whether reading positions are shared; a script's are not: its output must
     *                  not depend on where a person last read, and it must not move their place
     */
    static ShellStore of(Store store, boolean positions) {
        return new ShellStore() {
            @Override
            public List<Bookmark> bookmarks() {
                return store.bookmarks();
            }

            @Override
            public Bookmark add(String documentPath, String fingerprint, int paragraph, String quote, String note) {
                return store.add(documentPath, fingerprint, paragraph, quote, note);
            }

            @Override
            public Optional<Position> position(String documentKey) {
                return positions ? store.position(documentKey) : Optional.empty();
            }

            @Override
            public void savePosition(String documentKey, int paragraph) {
                // The key is the document's path as the reader lists it; the offset is the paragraph's start.
                if (positions) {
                    store.savePosition(documentKey, documentKey, paragraph, 0);
                }
            }

            @Override
            public List<String> history() {
                return store.history();
            }

            @Override
            public void addHistory(String pattern) {
                store.addHistory(pattern);
            }
        };
    }
}
