package pilcrow.app;

import java.util.Optional;

/**
 * The one way every list on screen moves its selection (the documents, a library search's
 * matches, the bookmarks): a row, a page of {@code rows} or to either end, the selection clamped to
 * the list and kept in view. The keys are {@link KeyMap#listMoves}.
 */
final class SelectableList {

    private SelectableList() {
    }

    /** The list moved by {@code action}, or empty when the action is not a list move. */
    static Optional<ListState> moved(ListState list, Action action, int rows) {
        int selected = list.selected();
        int page = Math.max(1, rows);
        return switch (action) {
            case LINE_DOWN -> Optional.of(list.select(selected + 1, rows));
            case LINE_UP -> Optional.of(list.select(selected - 1, rows));
            case PAGE_DOWN -> Optional.of(list.select(selected + page, rows));
            case PAGE_UP -> Optional.of(list.select(selected - page, rows));
            case TOP -> Optional.of(list.select(0, rows));
            case BOTTOM -> Optional.of(list.select(list.visible().size() - 1, rows));
            default -> Optional.empty();
        };
    }
}
