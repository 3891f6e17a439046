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
            default -> state;
        });
    }
}
