package pilcrow.app;

import java.util.HashMap;
import java.util.Map;
import pilcrow.core.layout.LayoutLine;
import pilcrow.library.LibraryDocument;

/**
 * Reading positions: where each document was left is saved on leaving it (back to the list, to
 * another document, quitting) and after a few idle seconds, and restored when it is opened again.
 * The edge also asks for {@link #unsaved} when the process is told to hang up or terminate.
 */
final class ReadingPositions {

    private ReadingPositions() {
    }

    /**
     * The open document's place: the current paragraph, and where in it the top line starts when
     * the top line is in it (scrolling line by line), else its start (a paragraph chosen with
     * {@code :N} or a match, which may sit lower on the screen).
     */
    static Place placeOf(ReaderState reader) {
        int current = reader.current();
        if (current == 0 || reader.lines().isEmpty() || (reader.top() == 0 && current == 1)) {
            return Place.TOP;
        }
        LayoutLine top = reader.lines().get(Math.min(reader.top(), reader.lines().size() - 1));
        return new Place(current, top.paragraph() == current ? top.start() : 0);
    }

    /** The save the open document needs now, if its place differs from the one last saved. */
    static Effect.SavePosition unsaved(AppState state) {
        if (state.reader() == null || state.reader().estimated()) {
            return null; // a large document's place whose number is still an estimate: nothing to keep yet
        }
        if (state.reader().window().pending() > 0) {
            return null; // on its way to the saved place (not indexed that far yet): that place still stands
        }
        LibraryDocument entry = state.entries().get(state.reader().entry());
        if (entry.piped()) {
            return null; // no file: the next pipe is another text under the same name
        }
        String path = entry.path();
        Place place = placeOf(state.reader());
        Place saved = state.places().get(path);
        // A document only glanced at (still at its top) gets no position of its own.
        boolean same = saved == null ? place.equals(Place.TOP) : place.equals(saved);
        return same ? null : new Effect.SavePosition(path, place);
    }

    /** Adds the save of the document that {@code next} leaves (or quits), if it moved since. */
    static Next saveOnLeaving(AppState before, Next next) {
        AppState after = next.state();
        if (before.screen() != AppState.Screen.READER || before.reader() == null) {
            return next;
        }
        boolean left = after.quitting() || after.screen() != AppState.Screen.READER
                || after.reader() == null || after.reader().entry() != before.reader().entry();
        if (!left) {
            return next;
        }
        Effect.SavePosition save = unsaved(before);
        return save == null ? next : next.first(save, remembered(after, save));
    }

    /** After a few seconds without a key: save the place if it changed. */
    static Next idle(AppState state) {
        Effect.SavePosition save = state.screen() == AppState.Screen.READER ? unsaved(state) : null;
        return save == null ? Next.of(state) : Next.of(remembered(state, save), save);
    }

    private static AppState remembered(AppState state, Effect.SavePosition save) {
        Map<String, Place> places = new HashMap<>(state.places());
        places.put(save.documentPath(), save.place());
        return state.withPlaces(places);
    }

    /** Where row {@code entry}'s document was left, or null; never for piped text (its place was in another text). */
    static Place savedPlace(AppState state, int entry) {
        LibraryDocument row = state.entries().get(entry);
        return row.piped() ? null : state.places().get(row.path());
    }
}
