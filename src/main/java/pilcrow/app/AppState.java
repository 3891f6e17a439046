package pilcrow.app;

import java.util.List;
import java.util.Map;

/**
 * Everything the screen shows, as one immutable value. Only {@link App#update} makes new ones.
 *
 * @param shown         the screen shown (the list, an open document, library search results, the
 *                      bookmarks), with the state only it has
 * @param reader        the open document's state, kept while the list is shown so Enter returns to it
 * @param prompt        the open prompt, or null
 * @param help          the help screen over the current one (and how far it is scrolled), or null
 * @param message       a one-line note for the status line, or "" (cleared by the next key)
 * @param numbers       paragraph numbers in the margin
 * @param measure       the widest the text may be, in columns
 * @param search        the find in the open document: matches, the current one, progress; or null
 * @param librarySearch the last search across the library (it outlives its results screen), or null
 * @param history       patterns searched for, oldest first
 * @param nextId        the id the next background search gets, so stale results can be told apart
 * @param marks         the bookmarks, newest first
 * @param places        where each document was left, by its path, as last saved
 */
public record AppState(String libraryName,
                       List<Entry> entries,
                       Size size,
                       ScreenState shown,
                       ListState list,
                       ReaderState reader,
                       Prompt prompt,
                       Help help,
                       String message,
                       boolean numbers,
                       int measure,
                       boolean quitting,
                       Search search,
                       LibrarySearch librarySearch,
                       List<String> history,
                       long nextId,
                       List<Mark> marks,
                       Map<String, Place> places) {

    /** Which screen is shown: the kind of {@link #shown}. */
    public enum Screen { LIST, READER, RESULTS, BOOKMARKS }

    /** The help screen, scrolled to line {@code top}. */
    public record Help(int top) {
    }

    /** How many patterns the search history keeps. */
    public static final int HISTORY_LIMIT = 100;

    public AppState {
        entries = List.copyOf(entries);
        history = List.copyOf(history);
        marks = List.copyOf(marks);
        places = Map.copyOf(places);
    }

    public static AppState initial(String libraryName, List<Entry> entries, Size size) {
        return new AppState(libraryName, entries, size, ListScreen.SHOWN, ListState.of(entries), null, null, null, "",
                true, Geometry.DEFAULT_MEASURE, false, null, null, List.of(), 1, List.of(), Map.of());
    }

    /** The first state, with a note for the status line (what could not be read, say). */
    public static AppState initial(String libraryName, List<Entry> entries, Size size, String notice) {
        return initial(libraryName, entries, size).withMessage(notice);
    }

    /** Which screen is shown. */
    public Screen screen() {
        return shown.kind();
    }

    /** The bookmarks list's state while it is shown, else null. */
    public BookmarkList bookmarkList() {
        return shown instanceof BookmarksScreen bookmarks ? bookmarks.list() : null;
    }

    /** The bookmarks of the document at {@code path}, by paragraph number. */
    public List<Mark> marksOf(String path) {
        return marks.stream().filter(m -> m.documentPath().equals(path)).toList();
    }

    /**
     * The bookmarks of row {@code entry}'s document: none for piped text, whatever is kept under
     * its name (an older pilcrow saved some; they were made on another text).
     */
    public List<Mark> marksOfEntry(int entry) {
        Entry row = entries.get(entry);
        return row.piped() ? List.of() : marksOf(row.path());
    }

    /** Where the open document goes on screen (a one-paragraph layout when none is open). */
    public Geometry geometry() {
        int paragraphs = reader == null ? 1 : reader.paragraphCount();
        return Geometry.reader(size, numbers, measure, paragraphs);
    }

    AppState withEntries(List<Entry> value) {
        return new AppState(libraryName, value, size, shown, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withSize(Size value) {
        return new AppState(libraryName, entries, value, shown, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withShown(ScreenState value) {
        return new AppState(libraryName, entries, size, value, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withList(ListState value) {
        return new AppState(libraryName, entries, size, shown, value, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withReader(ReaderState value) {
        return new AppState(libraryName, entries, size, shown, list, value, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withPrompt(Prompt value) {
        return new AppState(libraryName, entries, size, shown, list, reader, value, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withHelp(Help value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, value, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withMessage(String value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, value, numbers, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withNumbers(boolean value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, value, measure, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withMeasure(int value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, value, quitting, search, librarySearch, history, nextId, marks, places);
    }

    AppState withSearch(Search value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, quitting, value, librarySearch, history, nextId, marks, places);
    }

    AppState withLibrarySearch(LibrarySearch value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, quitting, search, value, history, nextId, marks, places);
    }

    AppState withHistory(List<String> value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, value, nextId, marks, places);
    }

    AppState withNextId(long value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, value, marks, places);
    }

    AppState withMarks(List<Mark> value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, value, places);
    }

    AppState withPlaces(Map<String, Place> value) {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, value);
    }

    /** A screen that keeps no state of its own shown: the list, the reader, the library search's results. */
    AppState withScreen(Screen value) {
        return withShown(ScreenState.of(value));
    }

    /** The bookmarks list, while it is shown, with new rows. */
    AppState withBookmarkList(BookmarkList value) {
        if (!(shown instanceof BookmarksScreen)) {
            throw new IllegalStateException("the bookmarks list is not shown");
        }
        return withShown(new BookmarksScreen(value));
    }

    /** This state not quitting after all (a quit held back by {@link Msg.QuitHeld}). */
    AppState stayOpen() {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, false, search, librarySearch, history, nextId, marks, places);
    }

    AppState quit() {
        return new AppState(libraryName, entries, size, shown, list, reader, prompt, help, message, numbers, measure, true, search, librarySearch, history, nextId, marks, places);
    }
}
