package pilcrow.app;

/**
 * Where things go on the screen for a size and the reader's settings. The app uses it to wrap and
 * scroll, the view to draw, so both agree on every row and column.
 *
 * @param textWidth the measure: columns of text per line
 * @param gutter    columns left of the text: the current-paragraph mark, and numbers when shown
 * @param left      first column of the gutter (the block is centred on wide terminals)
 * @param bodyRows  rows for the document; the last row is the status line
 */
public record Geometry(int textWidth, int gutter, int left, int bodyRows) {

    public static final int DEFAULT_MEASURE = 80;
    public static final int MIN_MEASURE = 20;
    public static final int MAX_MEASURE = 200;
    public static final int MEASURE_STEP = 10;
    /** The current-paragraph mark and a space. */
    static final int MARK_COLUMNS = 2;
    /** List screen: header, column titles, footer. */
    static final int LIST_CHROME_ROWS = 3;

    public static Geometry reader(Size size, boolean numbers, int measure, int paragraphCount) {
        int gutter = MARK_COLUMNS + (numbers ? numberColumns(paragraphCount) : 0);
        int textWidth = Math.max(1, Math.min(measure, size.columns() - gutter - 1));
        int left = Math.max(0, (size.columns() - gutter - textWidth) / 2);
        return new Geometry(textWidth, gutter, left, Math.max(0, size.rows() - 1));
    }

    /** "¶" and the widest number, and a space. */
    static int numberColumns(int paragraphCount) {
        return 1 + String.valueOf(Math.max(1, paragraphCount)).length() + 1;
    }

    public static int listRows(Size size) {
        return Math.max(0, size.rows() - LIST_CHROME_ROWS);
    }
}
