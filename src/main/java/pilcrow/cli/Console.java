package pilcrow.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.IntSupplier;
import pilcrow.core.text.TextMeasure;

/**
 * The process's side of the command line, passed in rather than read from statics so that tests
 * (and, later, SSH sessions) give each run its own streams and terminal facts.
 *
 * @param outIsTerminal standard output is a terminal: wrap to its width, highlight matches
 * @param interactive   standard input and output are both terminals: the full-screen reader can run
 * @param widthSource   the width to wrap to when no {@code --width} is given; asked only when
 *                      plain output needs it, so the full-screen path never pays for the probe
 * @param color         styling allowed (a terminal, and neither {@code NO_COLOR} nor {@code --no-color})
 * @param inputPiped    standard input is not a terminal (a pipe or a file): with nothing named, it is
 *                      the document, paged (keys from the controlling terminal) when standard output
 *                      is a terminal, else copied out as plain text, as less does
 */
public record Console(InputStream in, PrintWriter out, PrintWriter err, boolean outIsTerminal, boolean interactive,
                      IntSupplier widthSource,
                      boolean color, Map<String, String> env, TextMeasure measure, boolean inputPiped) {

    /** A console whose standard input is not piped to a terminal's reader (tests, SSH sessions). */
    public Console(InputStream in, PrintWriter out, PrintWriter err, boolean outIsTerminal, boolean interactive,
                   IntSupplier widthSource, boolean color, Map<String, String> env, TextMeasure measure) {
        this(in, out, err, outIsTerminal, interactive, widthSource, color, env, measure, false);
    }

    public int width() {
        return widthSource.getAsInt();
    }

    /** The one-line error format: {@code pilcrow: cannot open x: permission denied}. */
    public void error(String message) {
        err.println("pilcrow: " + pilcrow.core.text.Sanitizer.line(message));
        err.flush();
    }

    public Console withoutColor() {
        return new Console(in, out, err, outIsTerminal, interactive, widthSource, false, env, measure, inputPiped);
    }
}
