package pilcrow.app;

import java.util.Set;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * The jump history, as the state machine keeps it ({@link JumpList}): a jump ({@code :N}, {@code g},
 * {@code G}, find, a bookmark, a link followed, a library hit, opening a document) records where it left; Ctrl-O
 * and Ctrl-I walk back and forth through those places, across documents, as in vim; {@code ''}
 * goes to the place before the last jump, as in less. Scrolling is not a jump.
 */
final class Jumping {

    /** The actions that jump when they move the reader (the same keys in a list only select). */
    static final Set<Action> JUMPS = Set.of(Action.TOP, Action.BOTTOM, Action.FIND_NEXT, Action.FIND_PREVIOUS,
            Action.NEXT_BOOKMARK, Action.PREVIOUS_BOOKMARK, Action.OPEN, Action.FOLLOW_LINK);

    private Jumping() {
    }

    /**
     * The step {@code next} with {@code from} recorded, when it took the reader elsewhere (another
     * document, another place, or on its way to a paragraph not indexed yet); else as it was.
     */
    static Next noted(ReaderState from, Next next) {
        ReaderState to = next.state().reader();
        boolean moved = from != null && to != null && (to.entry() != from.entry()
                || !ReadingPositions.placeOf(to).equals(ReadingPositions.placeOf(from))
                || to.window().pending() > from.window().pending());
        return moved ? new Next(recorded(next.state(), from), next.effects()) : next;
    }

    /** The history without the places in the document at {@code path} (it cannot be opened). */
    static AppState forgetting(AppState state, String path) {
        JumpList list = state.jumps();
        for (int i = list.jumps().size() - 1; i >= 0; i--) {
            if (list.jumps().get(i).path().equals(path)) {
                list = list.without(i);
            }
        }
        return state.withJumps(list);
    }

    /** The state with {@code from} recorded as a place a jump left. */
    static AppState recorded(AppState state, ReaderState from) {
        return from == null ? state : state.withJumps(state.jumps().recorded(spot(state, from)));
    }

    /** Ctrl-O: the place the jump before left, the current one kept for Ctrl-I. */
    static AppState back(Reading reading, AppState state) {
        return walk(reading, state, state.jumps().walkingFrom(spot(state, state.reader())), -1);
    }

    /** Ctrl-I (Tab): the place Ctrl-O came back from. */
    static AppState forward(Reading reading, AppState state) {
        return walk(reading, state, state.jumps(), 1);
    }

    /**
     * {@code ''} (a second {@code '} in the bookmarks list): the place before the last jump. It is a
     * jump itself, so {@code ''} again comes back.
     */
    static AppState beforeLastJump(Reading reading, AppState state, ScreenState closed) {
        Jump previous = state.jumps().previous();
        AppState shut = state.withShown(closed);
        if (previous == null) {
            return shut.withMessage("No jump yet: '' goes back to where the last one left");
        }
        String gone = goneReason(state, previous);
        if (gone != null) {
            return shut.withMessage(skipped(previous, gone));
        }
        return recorded(arrive(reading, shut, previous), state.reader());
    }

    /**
     * One step along the history, skipping (and forgetting) places in documents that went away,
     * with a note naming the last one skipped.
     */
    private static AppState walk(Reading reading, AppState state, JumpList jumps, int step) {
        Jump here = spot(state, state.reader());
        JumpList list = jumps;
        String note = "";
        for (int target = list.index() + step; target >= 0 && target < list.jumps().size();
             target = list.index() + step) {
            Jump jump = list.jumps().get(target);
            if (entryOf(state, jump.path()) < 0 && jump.path().startsWith("/")) {
                // A file opened with :e before a folder replaced the library: the edge opens it again.
                throw new Reading.Detour(msg -> new Effect.OpenPath(jump.path(), null, "", msg));
            }
            String gone = goneReason(state, jump);
            if (gone == null) {
                return arrive(reading, state, jump).withJumps(list.at(target, here)).withMessage(note);
            }
            note = skipped(jump, gone);
            list = list.without(target);
        }
        return state.withJumps(list).withMessage(note.isEmpty() ? step < 0 ? "No earlier jump" : "No later jump" : note);
    }

    /** The reader on {@code jump}'s document, at its place; the document is known to be there. */
    private static AppState arrive(Reading reading, AppState state, Jump jump) {
        AppState opened = reading.open(state, entryOf(state, jump.path()), false);
        return reading.goTo(opened, jump.place());
    }

    /** Why {@code jump}'s document cannot be opened now, or null when it can. */
    private static String goneReason(AppState state, Jump jump) {
        int entry = entryOf(state, jump.path());
        if (entry < 0) {
            return "no longer in the library";
        }
        LibraryDocument row = state.entries().get(entry);
        return row.readable() ? null : row.problem();
    }

    private static String skipped(Jump jump, String reason) {
        return "Skipped " + Sanitizer.line(jump.path()) + ": " + Sanitizer.line(reason);
    }

    private static int entryOf(AppState state, String path) {
        for (int i = 0; i < state.entries().size(); i++) {
            if (state.entries().get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the reader is, as a history entry. */
    private static Jump spot(AppState state, ReaderState reader) {
        return new Jump(state.entries().get(reader.entry()).path(), ReadingPositions.placeOf(reader));
    }
}
