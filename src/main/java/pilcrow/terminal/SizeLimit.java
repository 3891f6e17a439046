package pilcrow.terminal;

/**
 * The largest terminal the reader draws on. A size comes from outside (the local tty, an SSH
 * client's PTY request, window change or env) and sizes per-cell buffers, so it is clamped where it
 * enters: a client claiming 30000x30000 gets a 1000x500 screen, not an OutOfMemoryError. Larger than
 * any real screen (a 8K display at a 4-pixel font is under 2000 columns; 1000 is already beyond
 * what anyone reads).
 */
public final class SizeLimit {

    public static final int MAX_COLUMNS = 1000;
    public static final int MAX_ROWS = 500;

    private SizeLimit() {
    }

    /** Columns as drawn: at most {@link #MAX_COLUMNS}; zero or less stays as it is (unknown). */
    public static int columns(int columns) {
        return Math.min(columns, MAX_COLUMNS);
    }

    /** Rows as drawn: at most {@link #MAX_ROWS}; zero or less stays as it is (unknown). */
    public static int rows(int rows) {
        return Math.min(rows, MAX_ROWS);
    }
}
