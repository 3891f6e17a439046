package pilcrow.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import pilcrow.core.text.TextMeasure;
import pilcrow.view.Frame;
import pilcrow.view.Style;

/**
 * Copies frames to a Lanterna {@link Terminal}, sending only the cells that changed since the last
 * frame. It places the cursor itself instead of trusting Lanterna's screen, which measures combining
 * marks and emoji wrongly: after any grapheme whose width terminals may disagree on, the next cell
 * gets an explicit cursor move, so one odd character can never shift the rest of a line.
 */
public final class FrameWriter {

    private final Terminal terminal;
    private final TextMeasure measure;
    private Frame shown;

    public FrameWriter(Terminal terminal, TextMeasure measure) {
        this.terminal = terminal;
        this.measure = measure;
    }

    /** Forgets what the terminal shows, so the next frame is drawn whole (Ctrl-L, a resize). */
    public void invalidate() {
        shown = null;
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
        if (whole) {
            terminal.resetColorAndSGR();
            terminal.clearScreen();
        }
        Style current = null;
        int cursorX = -1;
        int cursorY = -1;
        for (int y = 0; y < frame.rows(); y++) {
            for (int x = 0; x < frame.columns(); x++) {
                String text = frame.text(x, y);
                Style style = frame.style(x, y);
                if (Frame.CONTINUATION.equals(text) || (!whole && unchanged(frame, x, y))
                        || (whole && " ".equals(text) && style.equals(Style.PLAIN))) {
                    continue;
                }
                if (x != cursorX || y != cursorY) {
                    terminal.setCursorPosition(x, y);
                }
                if (!style.equals(current)) {
                    apply(style);
                    current = style;
                }
                terminal.putString(text);
                cursorX = trustedWidth(text) ? x + measure.graphemeWidth(text, 0) : -1;
                cursorY = y;
            }
        }
        terminal.resetColorAndSGR();
        terminal.flush();
        shown = frame;
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
        if (style.color() != Style.Color.DEFAULT) {
            terminal.setForegroundColor(ansi(style.color()));
        }
    }

    private static TextColor ansi(Style.Color color) {
        return switch (color) {
            case BLUE -> TextColor.ANSI.BLUE;
            case CYAN -> TextColor.ANSI.CYAN;
            case GREEN -> TextColor.ANSI.GREEN;
            case MAGENTA -> TextColor.ANSI.MAGENTA;
            case YELLOW -> TextColor.ANSI.YELLOW;
            case RED -> TextColor.ANSI.RED;
            case DEFAULT -> TextColor.ANSI.DEFAULT;
        };
    }
}
