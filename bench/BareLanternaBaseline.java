import static java.nio.charset.StandardCharsets.UTF_8;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * BENCHMARK BASELINE ONLY, never part of pilcrow (it lives in bench/, in the default package, and
 * bench/first-paint.sh compiles it against target/pilcrow.jar into bench/out/): the time a bare
 * Lanterna program takes to paint one line through Lanterna's own terminal (UnixTerminal, which
 * runs stty in a shell and installs JVM-wide handlers, reasons pilcrow does not use it). The
 * script compares pilcrow's first paint of the document list with this program's time to "hello".
 * Quits on any key.
 */
public final class BareLanternaBaseline {
    private BareLanternaBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Terminal unixTerminal = new DefaultTerminalFactory(System.out, System.in, UTF_8).createTerminal();
        Screen screen = new TerminalScreen(unixTerminal);
        screen.startScreen();
        screen.newTextGraphics().putString(0, 0, "hello");
        screen.refresh();
        screen.readInput();
        screen.stopScreen();
    }
}
