package pilcrow.app;

import java.util.List;

/**
 * Everything the screen shows, as one immutable value. Only {@link App#update} makes new ones.
 *
 * @param screen  the list or an open document
 * @param reader  the open document's state, kept while the list is shown so Enter returns to it
 * @param prompt  the open prompt, or null
 * @param help    the help screen over the current one (and how far it is scrolled), or null
 * @param message a one-line note for the status line, or "" (cleared by the next key)
 * @param numbers paragraph numbers in the margin
 * @param measure the widest the text may be, in columns
 */
public record AppState(String libraryName, List<Entry> entries, Size size, Screen screen, ListState list,
                       ReaderState reader, Prompt prompt, Help help, String message, boolean numbers,
                       int measure, boolean quitting) {

    public enum Screen { LIST, READER }

    /** The help screen, scrolled to line {@code top}. */
    public record Help(int top) {
    }

    public AppState {
        entries = List.copyOf(entries);
    }

    public static AppState initial(String libraryName, List<Entry> entries, Size size) {
        return new AppState(libraryName, entries, size, Screen.LIST, ListState.START, null, null, null, "",
                true, Geometry.DEFAULT_MEASURE, false);
    }

    /** Where the open document goes on screen (a one-paragraph layout when none is open). */
    public Geometry geometry() {
        int paragraphs = reader == null ? 1 : reader.document().paragraphCount();
        return Geometry.reader(size, numbers, measure, paragraphs);
    }

    AppState withSize(Size value) {
        return new AppState(libraryName, entries, value, screen, list, reader, prompt, help, message, numbers, measure, quitting);
    }

    AppState withScreen(Screen value) {
        return new AppState(libraryName, entries, size, value, list, reader, prompt, help, message, numbers, measure, quitting);
    }

    AppState withList(ListState value) {
        return new AppState(libraryName, entries, size, screen, value, reader, prompt, help, message, numbers, measure, quitting);
    }

    AppState withReader(ReaderState value) {
        return new AppState(libraryName, entries, size, screen, list, value, prompt, help, message, numbers, measure, quitting);
    }

    AppState withPrompt(Prompt value) {
        return new AppState(libraryName, entries, size, screen, list, reader, value, help, message, numbers, measure, quitting);
    }

    AppState withHelp(Help value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, value, message, numbers, measure, quitting);
    }

    AppState withMessage(String value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, value, numbers, measure, quitting);
    }

    AppState withNumbers(boolean value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, value, measure, quitting);
    }

    AppState withMeasure(int value) {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, value, quitting);
    }

    AppState quit() {
        return new AppState(libraryName, entries, size, screen, list, reader, prompt, help, message, numbers, measure, true);
    }
}
