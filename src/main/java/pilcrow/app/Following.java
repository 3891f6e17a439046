package pilcrow.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * Following a document's end as it grows ({@code T}, as less's {@code F} and {@code tail -f}) and
 * reading it again ({@code R}). The app only keeps whether it follows and takes in what the edge
 * read: the edge polls the file while following and answers with {@link Msg.Changed}; piped text
 * arrives as {@link Msg.Arrived} as before.
 */
final class Following {

    /** Keys that do not stop following: they move nothing. */
    static final Set<Action> KEEPS = EnumSet.of(Action.FOLLOW, Action.RELOAD, Action.HELP, Action.REPAINT,
            Action.SUSPEND, Action.TOGGLE_NUMBERS, Action.NARROWER, Action.WIDER);

    static final String CANNOT_RELOAD_PIPE = "Piped text cannot be read again: it arrives as the pipe writes it";

    private Following() {
    }

    /**
     * {@code T}: to the end, and stay there as the document grows. A compressed file is not
     * followed (its size is not its text's, and a stream still being written does not end), which
     * is said: it goes to the end, and {@code R} reads it again.
     */
    static AppState start(Reading reading, AppState state) {
        LibraryDocument row = state.entries().get(state.reader().entry());
        if (!row.piped() && row.path().endsWith(".gz")) {
            String name = Sanitizer.line(row.path().substring(row.path().lastIndexOf('/') + 1));
            return reading.bottom(state).withMessage(name + " is compressed: it is not followed as it grows (R reads it again)");
        }
        return reading.bottom(state.withFollowing(true));
    }

    /** {@code R}: the edge reads the file again; the place is kept by paragraph and offset. */
    static Next reload(AppState state) {
        ReaderState reader = state.reader();
        LibraryDocument row = state.entries().get(reader.entry());
        if (row.piped()) {
            return Next.of(state.withMessage(CANNOT_RELOAD_PIPE));
        }
        return Next.of(state, new Effect.Reload(reader.entry(), row.path(), ReadingPositions.placeOf(reader)));
    }

    /** Piped text grew: while following, the reader goes on to its new end. */
    static AppState arrived(Reading reading, AppState state, int entry) {
        ReaderState reader = state.reader();
        boolean shown = state.screen() == AppState.Screen.READER && reader != null && reader.entry() == entry;
        return shown && state.following() ? reading.bottom(state) : state;
    }

    /**
     * A row read again: its entry holds it, and the open reader shows it at the end while following,
     * else at the place to keep (a reload's) or where it was. Matches are dropped: they were found in
     * the text before.
     */
    static AppState changed(Reading reading, AppState state, Msg.Changed msg) {
        if (msg.entry() < 0 || msg.entry() >= state.entries().size()
                || !state.entries().get(msg.entry()).path().equals(msg.path())) {
            return state;
        }
        List<LibraryDocument> entries = new java.util.ArrayList<>(state.entries());
        entries.set(msg.entry(), msg.row());
        AppState updated = state.withEntries(entries);
        updated = msg.note().isEmpty() ? updated : updated.withMessage(Sanitizer.line(msg.note()));
        ReaderState reader = updated.reader();
        if (reader == null || reader.entry() != msg.entry() || !msg.row().readable()) {
            return updated;
        }
        Place place = msg.keep() != null ? msg.keep() : ReadingPositions.placeOf(reader);
        TextSnapshot snapshot = msg.row().text();
        Geometry geometry = Geometry.reader(updated.size(), updated.numbers(), updated.measure(),
                snapshot.numbering().estimatedTotal(snapshot.text().estimatedParagraphs()));
        AppState reopened = updated.withSearch(null).withReader(reading.open(msg.entry(), snapshot, geometry));
        if (updated.following()) {
            return reading.bottom(reopened);
        }
        return sameRow(reading.goTo(reopened, place), reader, updated.geometry().bodyRows());
    }

    /**
     * The current paragraph on the screen row it was on before, so the text does not jump under
     * the eyes when a file grows or is read again (where the lines above it are laid out).
     */
    private static AppState sameRow(AppState there, ReaderState before, int rows) {
        ReaderState reader = there.reader();
        if (!reader.window().laidOutWhole() || reader.current() != before.current() || before.current() == 0) {
            return there;
        }
        int row = before.firstLineOf(before.current()) - before.top();
        int top = ListState.clamp(reader.firstLineOf(reader.current()) - row, 0, reader.maxTop(rows));
        return there.withReader(reader.withTop(top));
    }
}
