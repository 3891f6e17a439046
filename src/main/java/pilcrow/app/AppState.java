package pilcrow.app;

import java.util.List;
import java.util.Map;
import pilcrow.library.LibraryDocument;

/**
 * Everything the screen shows, as one immutable value. Only {@link App#update} makes new ones.
 * It is made of sub-models: what the run knows of the library ({@link Session}), how text is laid
 * out ({@link Preferences}), what every screen shares ({@link Chrome}), the screen shown with the
 * state only it has ({@link ScreenState}), and what outlives the screens that show it. Accessors
 * and withers for the parts' components read as before.
 *
 * @param shown         the screen shown (the list, an open document, library search results, the
 *                      bookmarks), with the state only it has
 * @param list          the document list's filter, rows and selection
 * @param reader        the open document's state, kept while the list is shown so Enter returns to it
 * @param search        the find in the open document: matches, the current one, progress; or null
 * @param librarySearch the last search across the library (it outlives its results screen), or null
 */
public record AppState(Session session,
                       Preferences preferences,
                       Chrome chrome,
                       ScreenState shown,
                       ListState list,
                       ReaderState reader,
                       Search search,
                       LibrarySearch librarySearch) {

    /** Which screen is shown: the kind of {@link #shown}. */
    public enum Screen { LIST, READER, OUTLINE, RESULTS, BOOKMARKS }

    /** The help screen, scrolled to line {@code top}. */
    public record Help(int top) {
    }

    /** How many patterns the search history keeps. */
    public static final int HISTORY_LIMIT = 100;

    public static AppState initial(String libraryName, List<LibraryDocument> entries, Size size) {
        return new AppState(new Session(libraryName, entries, List.of(), Map.of(), List.of(), 1, JumpList.EMPTY),
                new Preferences(true, Geometry.DEFAULT_MEASURE), new Chrome(size, null, null, "", false),
                PlainScreen.LIST, ListState.of(entries), null, null, null);
    }

    /** The first state, with a note for the status line (what could not be read, say). */
    public static AppState initial(String libraryName, List<LibraryDocument> entries, Size size, String notice) {
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

    /** The outline's state while it is shown, else null. */
    public OutlineScreen outlineScreen() {
        return shown instanceof OutlineScreen outline ? outline : null;
    }

    /** The bookmarks of the document at {@code path}, by paragraph number. */
    public List<Mark> marksOf(String path) {
        return marks().stream().filter(m -> m.documentPath().equals(path)).toList();
    }

    /**
     * The bookmarks of row {@code entry}'s document: none for piped text, whatever is kept under
     * its name (an older pilcrow saved some; they were made on another text).
     */
    public List<Mark> marksOfEntry(int entry) {
        LibraryDocument row = entries().get(entry);
        return row.piped() ? List.of() : marksOf(row.path());
    }

    /** Where the open document goes on screen (a one-paragraph layout when none is open). */
    public Geometry geometry() {
        int paragraphs = reader == null ? 1 : reader.paragraphCount();
        return Geometry.reader(size(), numbers(), measure(), paragraphs);
    }

    /** The library's name, for the list's title. */
    public String libraryName() {
        return session.libraryName();
    }

    /** The library's documents, in list order. */
    public List<LibraryDocument> entries() {
        return session.entries();
    }

    /** The bookmarks, newest first. */
    public List<Mark> marks() {
        return session.marks();
    }

    /** Where each document was left, by its path, as last saved. */
    public Map<String, Place> places() {
        return session.places();
    }

    /** Patterns searched for, oldest first. */
    public List<String> history() {
        return session.history();
    }

    /** The id the next background search gets. */
    public long nextId() {
        return session.nextId();
    }

    /** The places jumps left, for Ctrl-O, Ctrl-I and {@code ''}. */
    public JumpList jumps() {
        return session.jumps();
    }

    /** Paragraph numbers in the margin. */
    public boolean numbers() {
        return preferences.numbers();
    }

    /** The widest the text may be, in columns. */
    public int measure() {
        return preferences.measure();
    }

    /** The key tables in force: the defaults with the user's rebindings. */
    public KeyTables keys() {
        return preferences.keys();
    }

    /** The terminal's size. */
    public Size size() {
        return chrome.size();
    }

    /** The open prompt, or null. */
    public Prompt prompt() {
        return chrome.prompt();
    }

    /** The help screen over the current one, or null. */
    public Help help() {
        return chrome.help();
    }

    /** A one-line note for the status line, or "". */
    public String message() {
        return chrome.message();
    }

    /** The reader ends after this step. */
    public boolean quitting() {
        return chrome.quitting();
    }

    AppState withEntries(List<LibraryDocument> value) {
        return new AppState(session.withEntries(value), preferences, chrome, shown, list, reader, search, librarySearch);
    }

    AppState withMarks(List<Mark> value) {
        return new AppState(session.withMarks(value), preferences, chrome, shown, list, reader, search, librarySearch);
    }

    AppState withPlaces(Map<String, Place> value) {
        return new AppState(session.withPlaces(value), preferences, chrome, shown, list, reader, search, librarySearch);
    }

    AppState withHistory(List<String> value) {
        return new AppState(session.withHistory(value), preferences, chrome, shown, list, reader, search, librarySearch);
    }

    AppState withNextId(long value) {
        return new AppState(session.withNextId(value), preferences, chrome, shown, list, reader, search, librarySearch);
    }

    /** Whether the open document follows its end as it grows. */
    public boolean following() {
        return session.following();
    }

    AppState withFollowing(boolean value) {
        return value == following() ? this
                : new AppState(session.withFollowing(value), preferences, chrome, shown, list, reader, search, librarySearch);
    }

    AppState withJumps(JumpList value) {
        return new AppState(session.withJumps(value), preferences, chrome, shown, list, reader, search, librarySearch);
    }

    /** This state laid out with {@code value}: the settings file's width and numbers, at the start. */
    public AppState withPreferences(Preferences value) {
        return new AppState(session, value, chrome, shown, list, reader, search, librarySearch);
    }

    AppState withNumbers(boolean value) {
        return new AppState(session, preferences.withNumbers(value), chrome, shown, list, reader, search, librarySearch);
    }

    AppState withMeasure(int value) {
        return new AppState(session, preferences.withMeasure(value), chrome, shown, list, reader, search, librarySearch);
    }

    AppState withSize(Size value) {
        return new AppState(session, preferences, chrome.withSize(value), shown, list, reader, search, librarySearch);
    }

    AppState withPrompt(Prompt value) {
        return new AppState(session, preferences, chrome.withPrompt(value), shown, list, reader, search, librarySearch);
    }

    AppState withHelp(Help value) {
        return new AppState(session, preferences, chrome.withHelp(value), shown, list, reader, search, librarySearch);
    }

    /** Background work the status line tells while it has no message, or "". */
    public String working() {
        return chrome.working();
    }

    AppState withWorking(String value) {
        return new AppState(session, preferences, chrome.withWorking(value), shown, list, reader, search, librarySearch);
    }

    AppState withMessage(String value) {
        return new AppState(session, preferences, chrome.withMessage(value), shown, list, reader, search, librarySearch);
    }

    AppState withClick(Chrome.Click value) {
        return new AppState(session, preferences, chrome.withClick(value), shown, list, reader, search, librarySearch);
    }

    AppState withShown(ScreenState value) {
        return new AppState(session, preferences, chrome, value, list, reader, search, librarySearch);
    }

    AppState withList(ListState value) {
        return new AppState(session, preferences, chrome, shown, value, reader, search, librarySearch);
    }

    AppState withReader(ReaderState value) {
        return new AppState(session, preferences, chrome, shown, list, value, search, librarySearch);
    }

    AppState withSearch(Search value) {
        return new AppState(session, preferences, chrome, shown, list, reader, value, librarySearch);
    }

    AppState withLibrarySearch(LibrarySearch value) {
        return new AppState(session, preferences, chrome, shown, list, reader, search, value);
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
        return new AppState(session, preferences, chrome.withQuitting(false), shown, list, reader, search, librarySearch);
    }

    AppState quit() {
        return new AppState(session, preferences, chrome.withQuitting(true), shown, list, reader, search, librarySearch);
    }
}
