package pilcrow.app;

/**
 * The screen shown, with the state only it has and its own update: the document list, the
 * reader, its outline, a library search's results, the bookmarks list. What outlives a screen stays in
 * {@link AppState}: the list's filter and selection, the open document (Enter on the list goes
 * back to it) and the library search (it may still run after a hit is opened; the next search
 * stops it). Java 17 has no pattern switch, so each screen answers for itself and the compiler
 * checks that every one does.
 */
public sealed interface ScreenState permits PlainScreen, BookmarksScreen, OutlineScreen {

    /** Which screen this is. */
    AppState.Screen kind();

    /** The keys this screen takes in {@code tables} (the session's); the global ones are tried after them. */
    default KeyMap keys(KeyTables tables) {
        return tables.of(kind());
    }

    /** This screen's update: an action one of its keys (or a global one it handles) gave. */
    Next act(Reading reading, AppState state, Action action);

    /**
     * The screen's list filtered by {@code filter} as it is typed ({@code /}): the document list's
     * unless the screen has a list of its own.
     */
    default AppState filtered(AppState state, String filter) {
        return state.withList(state.list().filtered(filter, state.entries()));
    }

    /** The rows this screen lists, with its selection; null for a screen of text (the reader). */
    default ListState rows(AppState state) {
        return null;
    }

    /** The state with this screen's rows as {@code rows} (a row clicked selected). */
    default AppState withRows(AppState state, ListState rows) {
        return state;
    }

    /** This screen's own state laid out for a new size (the state it shares is resized by the App). */
    default ScreenState resized(Size size) {
        return this;
    }
}
