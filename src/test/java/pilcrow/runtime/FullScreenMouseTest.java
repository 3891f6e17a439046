package pilcrow.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.source.Library;
import pilcrow.store.Settings;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.terminal.TerminalSession;
import pilcrow.testing.Fixtures;

/** The mouse setting reaches the terminal of a session (a served one here): on only when asked, off at the end. */
class FullScreenMouseTest {

    private static final String MOUSE_ON = "\u001b[?1000h\u001b[?1006h";
    private static final String MOUSE_OFF = "\u001b[?1006l\u001b[?1000l";

    @TempDir
    Path data;

    /** What the session wrote, from opening to closing, with the user quitting at once. */
    private String sessionOutput(Settings settings) throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard, 4096);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        keyboard.write("Q".getBytes(UTF_8));
        keyboard.flush();
        Library library = Library.of("test", List.of(new Fixtures.InMemorySource("a.txt", "Alpha.".getBytes(UTF_8))));
        try (TerminalSession session = TerminalSession.openStreams(input, screen, "xterm-256color", 80, 24)) {
            assertThat(FullScreen.runOn(session, library, false, false, settings, new JLineTextMeasure(),
                    () -> Store.open(data, Clock.systemUTC()))).as("quit").isTrue();
        } finally {
            keyboard.close();
        }
        return screen.toString(UTF_8);
    }

    @Test
    void theMouseIsOffByDefault() throws Exception {
        assertThat(sessionOutput(Settings.defaults())).doesNotContain(MOUSE_ON).doesNotContain("\u001b[?1000");
    }

    @Test
    void mouseOnIsReportedFromTheStartAndTurnedOffAtTheEnd() throws Exception {
        String output = sessionOutput(Settings.defaults().withFlag("mouse", "on"));
        assertThat(output).contains(MOUSE_ON);
        assertThat(output.lastIndexOf(MOUSE_OFF)).isGreaterThan(output.indexOf(MOUSE_ON))
                .isLessThan(output.lastIndexOf("\u001b[?1049l"));
    }
}
