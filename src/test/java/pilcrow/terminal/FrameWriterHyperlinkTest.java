package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.LinkKeysTest;
import pilcrow.app.Size;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.Frame;
import pilcrow.view.View;

/**
 * OSC 8 hyperlinks as the bytes written (tmux 3.3a drops them on screen, so the bytes are what can
 * be checked): the external links of a page written inside OSC 8 when hyperlinks are on, their
 * URLs sanitized; none at all when they are off (TERM=vt100, dumb, or not on the allow-list).
 */
class FrameWriterHyperlinkTest {

    private static final String OSC8 = "\u001b]8;;";
    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final StreamTerminalFixture fixture;
    private Terminal jline;

    FrameWriterHyperlinkTest() throws IOException {
        fixture = new StreamTerminalFixture();
    }

    @AfterEach
    void close() throws IOException {
        if (jline != null) {
            jline.close();
        }
        fixture.close();
    }

    /** The bytes written for the first screen of LinkKeysTest's page of links. */
    private String written(boolean hyperlinks) throws Exception {
        jline = fixture.jline("exec", 80, 24);
        JLineLanternaTerminal terminal = new JLineLanternaTerminal(jline);
        AppState state = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), LinkKeysTest.links()))
                .run("ENTER").state();
        Frame frame = new View(measure, true).render(state);
        new FrameWriter(terminal, measure, hyperlinks).draw(frame);
        assertThat(fixture.eventually(() -> fixture.output().contains("nothing"))).isTrue();
        return fixture.output();
    }

    @Test
    void anExternalLinkIsWrittenInsideOsc8WithItsUrlSanitized() throws Exception {
        String bytes = written(true);
        // The escape in the URL was made visible on entry ("^["); nothing in it can end the sequence.
        assertThat(bytes).contains(OSC8 + "https://example.com/a^[]8;;x\u001b\\a site");
        int site = bytes.indexOf("a site");
        assertThat(bytes.indexOf(OSC8 + "\u001b\\", site)).as("closed after its text")
                .isBetween(site, bytes.indexOf("and", site));
        assertThat(bytes).as("only http, https and mailto are hyperlinks").doesNotContain(OSC8 + "#install")
                .doesNotContain(OSC8 + "guide.md");
    }

    @Test
    void noOsc8IsWrittenWhenHyperlinksAreOff() throws Exception {
        assertThat(written(false)).contains("a site").doesNotContain("\u001b]8");
    }
}
