package pilcrow.app;

import java.util.Optional;

/** The document list's update ({@link PlainScreen#LIST}). Its rows, filter and selection ({@link ListState}) outlive it. */
final class ListScreen {

    private ListScreen() {
    }

    static Next act(Reading reading, AppState state, Action action) {
        Optional<ListState> moved = SelectableList.moved(state.list(), action, Geometry.listRows(state.size()));
        if (moved.isPresent()) {
            return Next.of(state.withList(moved.get()));
        }
        return Next.of(switch (action) {
            case OPEN -> reading.open(state, state.list().selectedEntry(), true);
            case FILTER -> state.withPrompt(Prompt.of(Prompt.Kind.FILTER).withText(state.list().filter(), 0));
            case CLEAR_FILTER -> state.withList(state.list().filtered("", state.entries()));
            case BOOKMARKS -> Bookmarking.openList(state, -1);
            case JUMP_BACK -> backToTheDocumentLeft(reading, state);
            case COMMAND_PROMPT -> state.withPrompt(Prompt.of(Prompt.Kind.COMMAND));
            default -> state;
        });
    }

    /**
     * Ctrl-O in the list, as vim's from a file list: the document left, at its place (the reader
     * outlives a visit to the list). Going there is not a jump: nothing is recorded.
     */
    private static AppState backToTheDocumentLeft(Reading reading, AppState state) {
        ReaderState left = state.reader();
        return left == null ? state.withMessage("No earlier jump") : reading.open(state, left.entry(), false);
    }
}
