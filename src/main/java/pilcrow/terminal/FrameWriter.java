package pilcrow.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import pilcrow.core.text.TextMeasure;
import pilcrow.view.Frame;
import pilcrow.view.Style;

/**
 * Copies frames to a Lanterna {@link Terminal}, sending only the cells that changed since the last
 * frame. It places the cursor itself instead of trusting Lanterna's screen, which measures combining
 * marks and emoji wrongly: after any grapheme whose width terminals may disagree on, the next cell
 * gets an explicit cursor move, so one odd character can never shift the rest of a line; its cells
 * are blanked before it is drawn and the cell after it is drawn again, so a terminal that measures
 * it narrower or wider than we do shows no cell of the previous screen.
 */
public final class FrameWriter {

    /** A cursor move costs 6-8 bytes: gaps of unchanged cells shorter than this are rewritten. */
    static final int GAP_WORTH_BRIDGING = 6;

    private final Terminal terminal;
    private final TextMeasure measure;
    private Frame shown;
    /** Where the last draw left the cursor ({@link Frame#cursorX}), or -1 when not known. */
    private int parkedX = -1;
    private int parkedY = -1;

    /** Whether links are written as OSC 8 hyperlinks (the terminal is known to take them). */
    private final boolean hyperlinks;
    /** The hyperlink open on the terminal, or null. */
    private String openLink;

    public FrameWriter(Terminal terminal, TextMeasure measure) {
        this(terminal, measure, false);
    }

    public FrameWriter(Terminal terminal, TextMeasure measure, boolean hyperlinks) {
        this.terminal = terminal;
        this.measure = measure;
        this.hyperlinks = hyperlinks && terminal instanceof JLineLanternaTerminal;
    }

    /** Forgets what the terminal shows, so the next frame is drawn whole (Ctrl-L, a resize). */
    public void invalidate() {
        shown = null;
        parkedX = -1;
        parkedY = -1;
    }

    /**
     * Draws a frame. Holds the terminal's lock, the one its {@code close()} takes, so a repaint never
     * interleaves with the restore that a signal can start from another thread.
     */
    public void draw(Frame frame) throws IOException {
        synchronized (terminal) {
            drawLocked(frame);
        }
    }

    private void drawLocked(Frame frame) throws IOException {
        boolean whole = shown == null || shown.columns() != frame.columns() || shown.rows() != frame.rows();
        // Where the cursor is: where the last draw left it, unless clearing or scrolling moved it.
        boolean parked = !whole;
        if (whole) {
            terminal.resetColorAndSGR();
            terminal.clearScreen();
        } else {
            parked = !scrollIfShifted(frame);
        }
        Style current = null;
        int cursorX = parked ? parkedX : -1;
        int cursorY = parked ? parkedY : -1;
        for (int y = 0; y < frame.rows(); y++) {
            int blankFrom = blankTail(frame, y);
            boolean erase = !whole && blankFrom < frame.columns() && blankTail(shown, y) > blankFrom
                    && terminal instanceof JLineLanternaTerminal;
            int end = erase ? blankFrom : frame.columns();
            // The cell after a grapheme of disputed width, drawn again even if unchanged: a
            // terminal that drew the grapheme wider than we measure has drawn over it.
            int redrawAt = -1;
            for (int x = 0; x < end; x++) {
                String text = frame.text(x, y);
                Style style = frame.style(x, y);
                if (Frame.CONTINUATION.equals(text) || (whole && " ".equals(text) && style.equals(Style.PLAIN))) {
                    continue;
                }
                if (!whole && x != redrawAt && unchanged(frame, x, y)
                        && !cheaperToRewrite(frame, x, y, end, x == cursorX && y == cursorY, current)) {
                    continue;
                }
                if (x != cursorX || y != cursorY) {
                    terminal.setCursorPosition(x, y);
                }
                if (!style.equals(current)) {
                    apply(style);
                    current = style;
                }
                int width = measure.graphemeWidth(text, 0);
                if (!whole && width > 1 && !trustedWidth(text)) {
                    blankCells(x, y, width);
                }
                terminal.putString(text);
                cursorX = trustedWidth(text) ? x + width : -1;
                redrawAt = trustedWidth(text) ? redrawAt : x + Math.max(1, width);
                cursorY = y;
            }
            if (erase) {
                if (blankFrom != cursorX || y != cursorY) {
                    terminal.setCursorPosition(blankFrom, y);
                }
                if (!Style.PLAIN.equals(current)) {
                    terminal.resetColorAndSGR();
                    linkTo(null);
                    current = Style.PLAIN;
                }
                ((JLineLanternaTerminal) terminal).eraseToEndOfLine();
                cursorX = -1; // EL leaves the cursor where it was, but keep it simple: move next time
            }
        }
        if (frame.cursorX() != cursorX || frame.cursorY() != cursorY) {
            // Left where the view says the reader is: screen readers and braille displays follow it.
            terminal.setCursorPosition(frame.cursorX(), frame.cursorY());
        }
        parkedX = frame.cursorX();
        parkedY = frame.cursorY();
        terminal.resetColorAndSGR();
        linkTo(null);
        terminal.flush();
        shown = frame;
    }

    /**
     * Blanks the cells a wide grapheme of disputed width (an emoji with VS16, a ZWJ sequence, a
     * flag) is to take, then puts the cursor back at its first. A terminal that draws it narrower
     * than we measure then shows blanks after it, as on a fresh screen, rather than what the
     * previous screen had there; one that draws it as wide covers them.
     */
    private void blankCells(int x, int y, int width) throws IOException {
        terminal.putString(" ".repeat(width));
        terminal.setCursorPosition(x, y);
    }

    /**
     * When most of the new frame is the shown one moved up or down a few rows (a line or half a page
     * scrolled), has the terminal scroll that band instead of redrawing it: a few bytes instead of
     * a screenful, which is what a slow SSH link feels. The cells that still differ are sent after.
     */
    private boolean scrollIfShifted(Frame frame) throws IOException {
        if (!(terminal instanceof Scrollable scrollable)) {
            return false;
        }
        Shift best = Shift.find(shown, frame);
        if (best == null) {
            return false;
        }
        terminal.resetColorAndSGR();
        scrollable.scrollLines(best.firstRow(), best.lastRow(), best.distance());
        shown = shown.scrolled(best.firstRow(), best.lastRow(), best.distance());
        return true;
    }

    /**
     * A band of rows to scroll by {@code distance} (up when positive), found by comparing rows
     * (nearly equal counts: see {@link #NEARLY_SAME}).
     * Worth it only when the moved rows outnumber, by a screen-sized margin, the rows that would
     * match without scrolling.
     */
    record Shift(int firstRow, int lastRow, int distance) {

        /**
         * A row moved when at most this many of its cells differ: the margin's marks (the current
         * paragraph's bar) change as the text scrolls, and are sent as cells after the scroll.
         */
        static final int NEARLY_SAME = 4;

        static Shift find(Frame before, Frame after) {
            int rows = after.rows();
            Shift best = null;
            int bestScore = 4; // scrolling must save redrawing more than two rows
            for (int distance = -rows / 2; distance <= rows / 2; distance++) {
                if (distance == 0) {
                    continue;
                }
                int run = 0;
                int score = 0;
                for (int y = 0; y <= rows; y++) {
                    int from = y + distance;
                    int differ = y < rows && from >= 0 && from < rows
                            ? after.rowDifference(y, before, from, NEARLY_SAME) : NEARLY_SAME + 1;
                    if (differ <= NEARLY_SAME) {
                        run++;
                        // Rows that come out exact count double; rows already right without scrolling are lost.
                        score += (differ == 0 ? 2 : 1) - (after.sameRow(y, before, y) ? 2 : 0);
                        continue;
                    }
                    if (run > 0 && score > bestScore) {
                        int first = y - run;
                        int last = y - 1;
                        // The scrolled region spans the rows moved from and to.
                        best = distance > 0 ? new Shift(first, last + distance, distance)
                                : new Shift(first + distance, last, distance);
                        bestScore = score;
                    }
                    run = 0;
                    score = 0;
                }
            }
            return best;
        }
    }

    /** Where the row's trailing plain blanks start (the row's width when it ends in text). */
    private static int blankTail(Frame frame, int y) {
        int x = frame.columns();
        while (x > 0 && " ".equals(frame.text(x - 1, y)) && Style.PLAIN.equals(frame.style(x - 1, y))) {
            x--;
        }
        return x;
    }

    /**
     * An unchanged cell is worth sending again when the cursor is on it anyway, in the style already
     * set, and a changed cell follows within a few cells: rewriting the gap costs fewer bytes than
     * the cursor move (ESC [ row ; col H) that skipping it would need.
     */
    private boolean cheaperToRewrite(Frame frame, int x, int y, int end, boolean cursorHere, Style current) {
        if (!cursorHere || !frame.style(x, y).equals(current) || !trustedWidth(frame.text(x, y))) {
            return false;
        }
        for (int next = x + 1; next < Math.min(end, x + GAP_WORTH_BRIDGING); next++) {
            if (!trustedWidth(frame.text(next, y)) || !frame.style(next, y).equals(current)) {
                return false;
            }
            if (!unchanged(frame, next, y)) {
                return true;
            }
        }
        return false;
    }

    private boolean unchanged(Frame frame, int x, int y) {
        return frame.text(x, y).equals(shown.text(x, y)) && frame.style(x, y).equals(shown.style(x, y));
    }

    /** Plain characters below the wide and combining ranges: every terminal agrees on one cell. */
    private static boolean trustedWidth(String grapheme) {
        return grapheme.length() == 1 && grapheme.charAt(0) < 0x0300;
    }

    private void apply(Style style) throws IOException {
        terminal.resetColorAndSGR();
        if (style.bold()) {
            terminal.enableSGR(SGR.BOLD);
        }
        if (style.reverse()) {
            terminal.enableSGR(SGR.REVERSE);
        }
        if (style.underline()) {
            terminal.enableSGR(SGR.UNDERLINE);
        }
        if (style.dim() && terminal instanceof JLineLanternaTerminal jline) {
            jline.enableDim();
        }
        if (style.italic()) {
            terminal.enableSGR(SGR.ITALIC);
        }
        if (style.color() != Style.Color.DEFAULT) {
            terminal.setForegroundColor(ansi(style.color()));
        }
        if (style.background() != Style.Color.DEFAULT) {
            terminal.setBackgroundColor(ansi(style.background()));
        }
        linkTo(style.link());
    }

    /** Opens the hyperlink to {@code uri} (null: none), closing the one open, when hyperlinks are on. */
    private void linkTo(String uri) throws IOException {
        if (!hyperlinks || java.util.Objects.equals(uri, openLink)) {
            return;
        }
        ((JLineLanternaTerminal) terminal).hyperlink(uri == null ? "" : uri);
        openLink = uri;
    }

    private static TextColor ansi(Style.Color color) {
        return switch (color) {
            case BLACK -> TextColor.ANSI.BLACK;
            case RED -> TextColor.ANSI.RED;
            case GREEN -> TextColor.ANSI.GREEN;
            case YELLOW -> TextColor.ANSI.YELLOW;
            case BLUE -> TextColor.ANSI.BLUE;
            case MAGENTA -> TextColor.ANSI.MAGENTA;
            case CYAN -> TextColor.ANSI.CYAN;
            case WHITE -> TextColor.ANSI.WHITE;
            case BRIGHT_BLACK -> TextColor.ANSI.BLACK_BRIGHT;
            case BRIGHT_RED -> TextColor.ANSI.RED_BRIGHT;
            case BRIGHT_GREEN -> TextColor.ANSI.GREEN_BRIGHT;
            case BRIGHT_YELLOW -> TextColor.ANSI.YELLOW_BRIGHT;
            case BRIGHT_BLUE -> TextColor.ANSI.BLUE_BRIGHT;
            case BRIGHT_MAGENTA -> TextColor.ANSI.MAGENTA_BRIGHT;
            case BRIGHT_CYAN -> TextColor.ANSI.CYAN_BRIGHT;
            case BRIGHT_WHITE -> TextColor.ANSI.WHITE_BRIGHT;
            case DEFAULT -> TextColor.ANSI.DEFAULT;
        };
    }
}
