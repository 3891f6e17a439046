package pilcrow.view;

import java.util.Arrays;
import pilcrow.core.text.Clip;
import pilcrow.core.text.TextMeasure;

/**
 * A screen's worth of cells, drawn by the view and copied to a terminal by an adapter. Each cell
 * holds one grapheme cluster (so "e + accent" or a flag is one cell's text) and a style; the cell
 * after a wide grapheme holds {@link #CONTINUATION}. Drawing clips at the edges and never splits
 * a wide grapheme: one that would straddle the right edge is drawn as a space.
 */
public final class Frame {

    /** The text of the right half of a wide grapheme: the terminal fills it, nothing is drawn. */
    public static final String CONTINUATION = "";

    private final int columns;
    private final int rows;
    private final String[] text;
    private final Style[] styles;
    private final TextMeasure measure;
    /** Where the terminal's cursor is left: what a screen reader or braille display follows. */
    private int cursorX;
    private int cursorY;

    public Frame(int columns, int rows, TextMeasure measure) {
        this.columns = Math.max(0, columns);
        this.rows = Math.max(0, rows);
        this.measure = measure;
        this.text = new String[this.columns * this.rows];
        this.styles = new Style[this.columns * this.rows];
        Arrays.fill(text, " ");
        Arrays.fill(styles, Style.PLAIN);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The cursor's column once the frame is drawn (0 unless the view placed it). */
    public int cursorX() {
        return cursorX;
    }

    /** The cursor's row once the frame is drawn. */
    public int cursorY() {
        return cursorY;
    }

    /**
     * Where the terminal's cursor is to be left: the place a screen reader reads from (the selected
     * row, the current paragraph, the prompt's text). Kept inside the frame.
     */
    public void placeCursor(int x, int y) {
        cursorX = Math.max(0, Math.min(x, columns - 1));
        cursorY = Math.max(0, Math.min(y, rows - 1));
    }

    public String text(int x, int y) {
        return text[y * columns + x];
    }

    public Style style(int x, int y) {
        return styles[y * columns + x];
    }

    /**
     * Draws {@code s} from column {@code x} of row {@code y}, no further than column {@code limit}
     * (exclusive). Returns the column after the last cell drawn. Control characters, which the
     * sanitizer should already have removed, are drawn as '?' rather than sent.
     */
    public int put(int x, int y, String s, Style style, int limit) {
        int end = Math.min(limit, columns);
        if (y < 0 || y >= rows) {
            return x;
        }
        int column = x;
        for (int i = 0; i < s.length() && column < end; ) {
            int length = Math.min(s.length() - i, measure.graphemeLength(s, i));
            String grapheme = s.substring(i, i + length);
            int width = measure.graphemeWidth(s, i);
            i += length;
            if (width == 0) {
                if (Character.isISOControl(grapheme.codePointAt(0))) {
                    grapheme = "?";
                    width = 1;
                } else {
                    continue;
                }
            }
            if (column + width > end) {
                set(column, y, " ", style);
                column++;
                break;
            }
            if (column >= 0) {
                set(column, y, grapheme, style);
                if (width == 2) {
                    set(column + 1, y, CONTINUATION, style);
                }
            }
            column += width;
        }
        return column;
    }

    public int put(int x, int y, String s, Style style) {
        return put(x, y, s, style, columns);
    }

    /**
     * Like {@link #put(int, int, String, Style, int)}, but text that does not fit ends in an
     * ellipsis, so a cut title or path is seen to be cut.
     */
    public int putClipped(int x, int y, String s, Style style, int limit) {
        int end = Math.min(limit, columns);
        if (x + measure.width(s) <= end) {
            return put(x, y, s, style, end);
        }
        int column = put(x, y, s, style, end - 1);
        for (int c = column; c < end - 1; c++) {
            set(c, y, " ", style);
        }
        return put(end - 1, y, ELLIPSIS, style, end);
    }

    static final String ELLIPSIS = Clip.ELLIPSIS;

    /**
     * Draws text that may not fit by keeping its end: {@code …/bash/CHANGES.gz}. For paths, whose
     * last parts tell most.
     */
    public int putClippedLeft(int x, int y, String s, Style style, int limit) {
        int end = Math.min(limit, columns);
        return x >= end ? x : put(x, y, Clip.keepEnd(s, end - x, measure), style, end);
    }

    /**
     * A copy of this frame as a terminal shows it after scrolling rows {@code firstRow..lastRow}
     * (inclusive) by {@code distance}: up when positive, down when negative; the rows scrolled in
     * are blank, as the terminal clears them.
     */
    public Frame scrolled(int firstRow, int lastRow, int distance) {
        Frame copy = new Frame(columns, rows, measure);
        System.arraycopy(text, 0, copy.text, 0, text.length);
        System.arraycopy(styles, 0, copy.styles, 0, styles.length);
        for (int y = firstRow; y <= lastRow; y++) {
            int from = y + distance;
            if (from >= firstRow && from <= lastRow) {
                System.arraycopy(text, from * columns, copy.text, y * columns, columns);
                System.arraycopy(styles, from * columns, copy.styles, y * columns, columns);
            } else {
                copy.clearRow(y);
            }
        }
        return copy;
    }

    /**
     * How many cells of row {@code y} differ from row {@code otherY} of {@code other}, counting no
     * further than {@code limit + 1}.
     */
    public int rowDifference(int y, Frame other, int otherY, int limit) {
        if (other.columns != columns) {
            return columns;
        }
        int differ = 0;
        for (int x = 0; x < columns && differ <= limit; x++) {
            int i = y * columns + x;
            int j = otherY * columns + x;
            if (!text[i].equals(other.text[j]) || !styles[i].equals(other.styles[j])) {
                differ++;
            }
        }
        return differ;
    }

    /** Whether row {@code y} of this frame shows the same cells as row {@code otherY} of {@code other}. */
    public boolean sameRow(int y, Frame other, int otherY) {
        if (other.columns != columns) {
            return false;
        }
        return Arrays.equals(text, y * columns, (y + 1) * columns, other.text, otherY * columns, (otherY + 1) * columns)
                && Arrays.equals(styles, y * columns, (y + 1) * columns, other.styles, otherY * columns, (otherY + 1) * columns);
    }

    /** Blanks a row: spaces in the plain style. */
    public void clearRow(int y) {
        if (y >= 0 && y < rows) {
            Arrays.fill(text, y * columns, (y + 1) * columns, " ");
            Arrays.fill(styles, y * columns, (y + 1) * columns, Style.PLAIN);
        }
    }

    /** Gives one cell a new style, keeping its text (a highlighted letter). */
    public void restyle(int x, int y, Style style) {
        if (x >= 0 && x < columns && y >= 0 && y < rows) {
            styles[y * columns + x] = style;
        }
    }

    /** Paints a style over cells, keeping their text (a selected row, the status bar). */
    public void fill(int x, int y, int width, Style style) {
        if (y < 0 || y >= rows) {
            return;
        }
        for (int column = Math.max(0, x); column < Math.min(columns, x + width); column++) {
            styles[y * columns + column] = style;
        }
    }

    private void set(int x, int y, String grapheme, Style style) {
        text[y * columns + x] = grapheme;
        styles[y * columns + x] = style;
    }

    /** The frame as text, one line a row, trailing spaces removed: what golden files hold. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < columns; x++) {
                line.append(text(x, y));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
