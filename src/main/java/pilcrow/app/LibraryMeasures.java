package pilcrow.app;

import java.util.ArrayList;
import java.util.List;
import pilcrow.library.LibraryDocument;

/**
 * A large library's list filling in: measurements from the background pass replace pending rows'
 * file names and blank counts. When the pass is over, bookmarks whose document was not found by
 * its path are placed again, now that every document's fingerprint is known.
 */
public final class LibraryMeasures {

    private LibraryMeasures() {
    }

    static Next measured(AppState state, Msg.Measured msg) {
        List<LibraryDocument> entries = new ArrayList<>(state.entries());
        for (Measurement m : msg.measured()) {
            if (m.entry() >= 0 && m.entry() < entries.size()) {
                entries.set(m.entry(), entries.get(m.entry()).measuredAs(m.summary(), m.problem()));
            }
        }
        AppState next = state.withEntries(entries);
        if (msg.done() >= msg.total() && !next.marks().isEmpty()) {
            return Bookmarking.place(next, next.marks());
        }
        return Next.of(next);
    }

    /** How many rows still wait for their counts. */
    public static int pending(List<LibraryDocument> entries) {
        int pending = 0;
        for (LibraryDocument entry : entries) {
            if (!entry.measured()) {
                pending++;
            }
        }
        return pending;
    }
}
