package pilcrow.terminal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * BENCHMARK BASELINE ONLY, never used by pilcrow: the time a bare Lanterna program takes to
 * paint one line through Lanterna's own terminal (UnixTerminal, which runs stty in a shell and
 * installs JVM-wide handlers, reasons this design does not use it). Compare its time to "hello"
 * with {@link TerminalDemo}'s. Quits on any key.
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
