package pilcrow.serve;

import java.io.PrintWriter;
import java.util.function.Consumer;
import pilcrow.core.text.Sanitizer;

/**
 * The server's log: one line per event, on the stream the operator reads (a terminal, a journal,
 * a file). Much of what it tells comes from clients (a key's comment, an exception's message
 * naming what a client sent, MINA's warnings quoting a version line), so every line is sanitised
 * and cut to {@link #MAX_LINE_CHARS} here, at the one place lines are written: nothing steers the
 * operator's terminal, and a client sending 200 KB cannot make the log grow by 200 KB. A value
 * from a client is best cut to its own size with {@link #field} too, so that what follows it in
 * the line (how the connection ended) is still seen.
 */
public final class ServerLog implements Consumer<String> {

    /** The longest line written, as shown (a visible form such as {@code ^[} counts its characters). */
    static final int MAX_LINE_CHARS = 1000;
    /** What a client chose, quoted in a line: a terminal type, a message, an exception's text. */
    public static final int MAX_FIELD_CHARS = 200;

    private final PrintWriter out;

    public ServerLog(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void accept(String line) {
        String shown = field(line, MAX_LINE_CHARS);
        synchronized (out) {
            out.println(shown);
            out.flush();
        }
    }

    /** {@code value} as a log may show it: see {@link #field(CharSequence, int)}, cut at {@link #MAX_FIELD_CHARS}. */
    public static String field(CharSequence value) {
        return field(value, MAX_FIELD_CHARS);
    }

    /**
     * {@code value} sanitised (controls, bidi controls made visible) and, when longer than
     * {@code max} characters as shown, cut there with {@code …(N more)}: N more characters as
     * they would have been shown. Never cut inside a character (a surrogate pair).
     */
    public static String field(CharSequence value, int max) {
        String shown = Sanitizer.line(value);
        if (shown.length() <= max) {
            return shown;
        }
        int cut = Character.isLowSurrogate(shown.charAt(max)) ? max - 1 : max;
        return shown.substring(0, cut) + "…(" + (shown.length() - cut) + " more)";
    }
}
