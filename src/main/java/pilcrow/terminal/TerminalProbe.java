package pilcrow.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.nativ.CLibrary;

/**
 * Cheap questions about the process's own terminal, asked without taking it over: is standard
 * output a terminal, and how wide is it. Used by the plain command-line output.
 */
public final class TerminalProbe {

    private static final int STDOUT = 1;

    private TerminalProbe() {
    }

    /** Whether standard output is a terminal (not a pipe or a file). */
    public static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    /** Whether standard input is a terminal (not a pipe, a file or /dev/null). */
    public static boolean stdinIsTerminal() {
        return isTerminal(0);
    }

    private static boolean isTerminal(int descriptor) {
        Path fd = Path.of("/proc/self/fd/" + descriptor);
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** The width of the terminal on standard output, else {@code COLUMNS}, else {@code fallback}. */
    public static int columns(Map<String, String> env, int fallback) {
        try {
            CLibrary.WinSize size = new CLibrary.WinSize();
            if (CLibrary.ioctl(STDOUT, CLibrary.TIOCGWINSZ, size) == 0 && size.ws_col > 0) {
                return size.ws_col;
            }
        } catch (LinkageError | RuntimeException e) {
            // No native library for this platform: fall through to the environment.
        }
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", ""));
            return columns > 0 ? columns : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
