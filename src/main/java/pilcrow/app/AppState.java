package pilcrow.app;

import java.util.List;
import java.util.Map;

/**
 * Everything the screen shows, as one immutable value. Only {@link App#update} makes new ones.
 *
 * @param screen        the list, an open document, or library search results
 * @param reader        the open document's state, kept while the list is shown so Enter returns to it
 * @param prompt        the open prompt, or null
 * @param help          the help screen over the current one (and how far it is scrolled), or null
 * @param message       a one-line note for the status line, or "" (cleared by the next key)
 * @param numbers       paragraph numbers in the margin
 * @param measure       the widest the text may be, in columns
 * @param search        the find in the open document: matches, the current one, progress; or null
 * @param librarySearch the last search across the library, or null
 * @param history       patterns searched for, oldest first
 * @param nextId        the id the next background search gets, so stale results can be told apart
 * @param marks         the bookmarks, newest first
 * @param bookmarkList  the bookmarks screen's state (kept while it is closed), or null
 * @param places        where each document was left, by its path, as last saved
 */
public record AppState(String libraryName,
                       List<Entry> entries,
                       Size size,
                       Screen screen,
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
                       BookmarkList bookmarkList,
                       Map<String, Place> places) {

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
        return new AppState(libraryName, entries, size, Screen.LIST, ListState.of(entries), null, null, null, "",
                true, Geometry.DEFAULT_MEASURE, false, null, null, List.of(), 1, List.of(), null, Map.of());
    }

    /** The first state, with a note for the status line (what could not be read, say). */
    public static AppState initial(String libraryName, List<Entry> entries, Size size, String notice) {
        return initial(libraryName, entries, size).withMessage(notice);
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
        return new AppState(libraryName, value, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withSize(Size value) {
        return new AppState(libraryName, entries, value, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withScreen(Screen value) {
        return new AppState(libraryName, entries, size, value, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withList(ListState value) {
        return new AppState(libraryName, entries, size, screen, value, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withReader(ReaderState value) {
        return new AppState(libraryName, entries, size, screen, list, value, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withPrompt(Prompt value) {
        return new AppState(libraryName, entries, size, screen, list, reader, value, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withHelp(Help value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, value, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withMessage(String value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, value, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withNumbers(boolean value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, value, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withMeasure(int value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, value, quitting, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withSearch(Search value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, value, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState withLibrarySearch(LibrarySearch value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, value, history, nextId, marks, bookmarkList, places);
    }

    AppState withHistory(List<String> value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, value, nextId, marks, bookmarkList, places);
    }

    AppState withNextId(long value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, value, marks, bookmarkList, places);
    }

    AppState withMarks(List<Mark> value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, value, bookmarkList, places);
    }

    AppState withBookmarkList(BookmarkList value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, value, places);
    }

    AppState withPlaces(Map<String, Place> value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, quitting, search, librarySearch, history, nextId, marks, bookmarkList, value);
    }

    /** This state not quitting after all (a quit held back by {@link Msg.QuitHeld}). */
    AppState stayOpen() {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, false, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }

    AppState quit() {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, true, search, librarySearch, history, nextId, marks, bookmarkList, places);
    }
}
