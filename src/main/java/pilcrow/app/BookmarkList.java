package pilcrow.app;

import java.util.List;

/**
 * The bookmarks screen: this document's bookmarks or all of them, the selection, and the last one
 * deleted (u brings it back while the screen is open).
 *
 * @param all       all documents' bookmarks, not only the open one's
 * @param entry     the document the screen was opened from, or -1 from the document list
 * @param deleted   the bookmark deleted last, for undo, or null
 * @param returnTo  the screen q goes back to (the list or the reader, as it was)
 */
public record BookmarkList(boolean all, int entry, ListState list, Mark deleted, ScreenState returnTo) {

    /** The bookmarks shown, newest first. */
    public List<Mark> shown(AppState state) {
        if (all || entry < 0) {
            return state.marks();
        }
        return state.marksOfEntry(entry);
    }

    BookmarkList with(ListState value) {
        return new BookmarkList(all, entry, value, deleted, returnTo);
    }

    BookmarkList withDeleted(Mark value) {
        return new BookmarkList(all, entry, list, value, returnTo);
    }

    BookmarkList toggled() {
        return new BookmarkList(!all, entry, new ListState(0, 0, "", ListState.all(0)), deleted, returnTo);
    }
}
