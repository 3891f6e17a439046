package pilcrow.app;

import java.util.List;
import java.util.Locale;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * {@code v}: the open document in the user's editor at the current paragraph, then read again and
 * shown at the same place. The state machine only asks ({@link Effect.Edit}) and takes the text
 * back ({@link Msg.Edited}); the edge runs the editor. Text from a pipe and a file inside a {@code
 * .gz} or an EPUB are not plain files an editor could change.
 */
final class Editing {

    static final String NOT_A_PLAIN_FILE = "Not a plain file: v edits a file as it is on disk";

    private Editing() {
    }

    static Next request(AppState state) {
        ReaderState reader = state.reader();
        LibraryDocument row = state.entries().get(reader.entry());
        String lower = row.path().toLowerCase(Locale.ROOT);
        if (row.piped() || lower.endsWith(".gz") || lower.endsWith(".epub") || !row.path().startsWith("/")) {
            return Next.of(state.withMessage(NOT_A_PLAIN_FILE));
        }
        int paragraph = Math.max(0, reader.current());
        long offset = row.readOnDemand() && paragraph > 0 ? reader.window().numbering().placeOf(paragraph) : -1;
        return Next.of(state, new Effect.Edit(row.path(), paragraph, offset));
    }

    /** The document read again: in its row, and shown from the same paragraph when it is open. */
    static AppState edited(Reading reading, AppState state, Msg.Edited msg) {
        int entry = Opening.entryOf(state, msg.path());
        if (entry < 0) {
            return state;
        }
        if (!msg.row().readable()) {
            return state.withMessage("cannot read " + Sanitizer.line(msg.path()) + " again: "
                    + Sanitizer.line(msg.row().problem()));
        }
        List<LibraryDocument> entries = new java.util.ArrayList<>(state.entries());
        entries.set(entry, msg.row());
        AppState updated = state.withEntries(entries);
        ReaderState reader = updated.reader();
        if (reader == null || reader.entry() != entry) {
            return updated;
        }
        Place place = ReadingPositions.placeOf(reader);
        AppState reopened = reading.open(updated.withReader(null), entry, false);
        return reading.goTo(reopened, place).withMessage("Read again after editing");
    }
}
