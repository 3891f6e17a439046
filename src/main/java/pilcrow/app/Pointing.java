package pilcrow.app;

import pilcrow.core.layout.LayoutLine;
import pilcrow.core.text.TextMeasure;

/**
 * Where the mouse points, in the cells the view draws: which list row, which link of the reader's
 * text. The view draws the lists' rows from screen row {@value #FIRST_LIST_ROW} and the reader's
 * lines as {@link Geometry} places them, so both read the same layout.
 */
final class Pointing {

    /** Lists draw their first row under the title bar and the column names. */
    static final int FIRST_LIST_ROW = 2;
    /** Two clicks on the same row this close (ms) are a double click, as most desktops' default. */
    static final long DOUBLE_CLICK_MILLIS = 400;
    /** Lines the wheel scrolls the reader a notch, as less does. */
    static final int WHEEL_LINES = 3;

    private Pointing() {
    }

    /** The index (among the rows shown) of the row of {@code rows} drawn on screen row {@code row}; -1 for none. */
    static int rowAt(AppState state, ListState rows, int row) {
        int offset = row - FIRST_LIST_ROW;
        if (offset < 0 || offset >= Geometry.listRows(state.size())) {
            return -1;
        }
        int index = rows.top() + offset;
        return index < rows.visible().size() ? index : -1;
    }

    /** Whether a click on row {@code index} at {@code millis} is the second of a double click after {@code last}. */
    static boolean secondClick(Chrome.Click last, AppState.Screen screen, int index, long millis) {
        return last != null && last.screen() == screen && last.index() == index
                && millis >= last.millis() && millis - last.millis() <= DOUBLE_CLICK_MILLIS;
    }

    /** The link whose text is drawn in the cell at {@code column}, {@code row} of the reader; null for none. */
    static LinkSpot linkAt(AppState state, TextMeasure measure, int column, int row) {
        Geometry geometry = state.geometry();
        ReaderState reader = state.reader();
        int index = reader.top() + row;
        if (row < 0 || row >= geometry.bodyRows() || index >= reader.lines().size()) {
            return null;
        }
        LayoutLine line = reader.lines().get(index);
        int textStart = geometry.left() + geometry.gutter() + measure.width(line.prefix());
        int offset = charAt(line.text(), column - textStart, measure);
        if (offset < 0) {
            return null;
        }
        for (LinkSpot spot : LinkSpot.on(reader, index, index + 1)) {
            int[] chars = spot.charsOn(line);
            if (chars != null && offset >= chars[0] && offset < chars[1]) {
                return spot;
            }
        }
        return null;
    }

    /**
     * The char of {@code text} drawn in cell {@code cells} from its start, measured as the view
     * measures it (the width of everything before); -1 before or after the text.
     */
    static int charAt(String text, int cells, TextMeasure measure) {
        if (cells < 0) {
            return -1;
        }
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int next = text.offsetByCodePoints(i, 1);
            if (measure.width(text.substring(0, next)) > cells) {
                return i;
            }
        }
        return -1;
    }
}
