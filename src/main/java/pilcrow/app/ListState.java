package pilcrow.app;

/** The document list's selection and the first row shown. */
public record ListState(int selected, int top) {

    public static final ListState START = new ListState(0, 0);

    /** Selects {@code index} (clamped) and scrolls just enough to keep it in view. */
    public ListState select(int index, int count, int visibleRows) {
        int selected = clamp(index, 0, Math.max(0, count - 1));
        int top = this.top;
        if (selected < top) {
            top = selected;
        } else if (visibleRows > 0 && selected >= top + visibleRows) {
            top = selected - visibleRows + 1;
        }
        return new ListState(selected, clamp(top, 0, Math.max(0, count - Math.max(1, visibleRows))));
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
