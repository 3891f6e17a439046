package pilcrow.app;

/** A terminal's size in cells; never negative (a 0x0 terminal is allowed and draws nothing). */
public record Size(int columns, int rows) {

    public Size {
        columns = Math.max(0, columns);
        rows = Math.max(0, rows);
    }
}
