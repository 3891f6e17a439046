package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs on both kinds of stream-backed JLine terminal, whose input streams differ. */
class JLineLanternaTerminalTest {
    private static final String ENTER_ALTERNATE_SCREEN = "\u001b[?1049h";
    private static final String LEAVE_ALTERNATE_SCREEN = "\u001b[?1049l";
    private static final String CURSOR_POSITION_QUERY = "\u001b[6n";

    private StreamTerminalFixture fixture;
    private Terminal jline;
    private JLineLanternaTerminal terminal;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new StreamTerminalFixture();
    }

    @AfterEach
    void tearDown() throws IOException {
        if (terminal != null) {
            terminal.close();
        }
        if (jline != null) {
            jline.close();
        }
        fixture.close();
    }

    private void open(String provider) throws IOException {
        jline = fixture.jline(provider, 100, 30);
        terminal = new JLineLanternaTerminal(jline);
    }

    /** The local terminal's size comes through here too: a huge one must not size any buffer. */
    @org.junit.jupiter.api.Test
    void aHugeTerminalIsClampedToTheDocumentedMaximum() throws Exception {
        jline = fixture.jline("exec", 46341, 30000);
        terminal = new JLineLanternaTerminal(jline);

        assertThat(terminal.getTerminalSize())
                .isEqualTo(new TerminalSize(SizeLimit.MAX_COLUMNS, SizeLimit.MAX_ROWS));
        assertThat(SizeLimit.MAX_COLUMNS).isEqualTo(1000);
        assertThat(SizeLimit.MAX_ROWS).isEqualTo(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void typedBytesArriveAsKeyStrokes(String provider) throws Exception {
        open(provider);

        fixture.type("a\r\u001b[A\u001b[6~é€\u0003");

        assertThat(readKeys(7)).containsExactly(
                new KeyStroke('a', false, false),
                new KeyStroke(KeyType.Enter),
                new KeyStroke(KeyType.ArrowUp),
                new KeyStroke(KeyType.PageDown),
                new KeyStroke('é', false, false),
                new KeyStroke('€', false, false),
                new KeyStroke('c', true, false));
    }

    /**
     * Lanterna's decoder waits for the rest of an escape sequence only as many 250 ms units as it
     * is told, and is told none by default: an arrow key split across two SSH packets then reads
     * as Esc, '[' and 'A'. One unit: a lone Esc is a key after a quarter of a second. (Checked
     * here as configuration: a test of the wait itself would race the clock.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void waitsAShortTimeForTheRestOfAnEscapeSequence(String provider) throws Exception {
        open(provider);

        assertThat(terminal.getInputDecoder().getTimeoutUnits()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void reportsJLinesSizeWithoutQueryingTheCursor(String provider) throws Exception {
        open(provider);

        assertThat(terminal.getTerminalSize()).isEqualTo(new TerminalSize(100, 30));
        terminal.flush();
        assertThat(fixture.output()).doesNotContain(CURSOR_POSITION_QUERY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void deliversJLinesWindowChangeAsResize(String provider) throws Exception {
        open(provider);
        BlockingQueue<TerminalSize> resizes = new LinkedBlockingQueue<>();
        terminal.addResizeListener((resized, size) -> resizes.add(size));

        jline.setSize(Size.of(120, 40));
        jline.raise(Signal.WINCH);

        assertThat(resizes.poll(5, TimeUnit.SECONDS)).isEqualTo(new TerminalSize(120, 40));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void screenOutputReachesTheStreamAsUtf8(String provider) throws Exception {
        open(provider);
        TerminalScreen screen = new TerminalScreen(terminal);

        screen.startScreen();
        screen.newTextGraphics().putString(0, 0, "hello ünï");
        screen.refresh();

        assertThat(fixture.eventually(() -> fixture.output().contains("ünï")))
                .as(() -> "output: " + fixture.output())
                .isTrue();
        assertThat(fixture.output()).startsWith(ENTER_ALTERNATE_SCREEN).contains("hello").doesNotContain("\0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void keepsSurrogatePairsWhole(String provider) throws Exception {
        open(provider);

        terminal.putString("smile \uD83D\uDE00.");
        terminal.flush();

        assertThat(fixture.eventually(() -> fixture.output().contains("smile \uD83D\uDE00.")))
                .as(() -> "output: " + fixture.output())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void putCharacterSendsNoSpareByte(String provider) throws Exception {
        open(provider);

        terminal.putCharacter('<');
        terminal.putCharacter('ü');
        terminal.putCharacter('>');
        terminal.flush();

        assertThat(fixture.eventually(() -> fixture.output().contains(">")))
                .as(() -> "output: " + fixture.output())
                .isTrue();
        assertThat(fixture.output()).contains("<ü>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "exec"})
    void closeRestoresAttributesAndSilencesOutput(String provider) throws Exception {
        jline = fixture.jline(provider, 100, 30);
        String before = jline.getAttributes().toString();
        terminal = new JLineLanternaTerminal(jline);
        terminal.enterPrivateMode();

        terminal.close();
        terminal.putString("late");
        terminal.flush();

        assertThat(jline.getAttributes().toString()).isEqualTo(before);
        // A marker written after "late" straight to the JLine terminal, which stays open: once it
        // has come through, "late" would have come before it, in order, had it been written.
        jline.output().write("SENTINEL".getBytes(StandardCharsets.UTF_8));
        jline.output().flush();
        assertThat(fixture.eventually(() -> fixture.output().contains("SENTINEL")))
                .as(() -> "output: " + fixture.output())
                .isTrue();
        assertThat(fixture.output()).contains(LEAVE_ALTERNATE_SCREEN).doesNotContain("late");
    }

    /** Ctrl-Z's two halves (the stop between them is a signal to the whole JVM, not run here). */
    @org.junit.jupiter.api.Test
    void suspendingTurnsMouseReportsOffForTheShellAndOnAgainAfter() throws Exception {
        open("exec");
        terminal.enterPrivateMode();
        terminal.reportMouse();

        terminal.handBack();
        assertThat(fixture.eventually(() -> fixture.output().contains(LEAVE_ALTERNATE_SCREEN))).isTrue();
        String handedBack = fixture.output();
        assertThat(handedBack.lastIndexOf(JLineLanternaTerminal.MOUSE_OFF))
                .isGreaterThan(handedBack.lastIndexOf(JLineLanternaTerminal.MOUSE_ON))
                .isLessThan(handedBack.lastIndexOf(LEAVE_ALTERNATE_SCREEN));

        terminal.takeBack();
        assertThat(fixture.eventually(() -> fixture.output().split(java.util.regex.Pattern.quote(
                JLineLanternaTerminal.MOUSE_ON), -1).length == 3)).as("turned on a second time").isTrue();
        String taken = fixture.output().substring(handedBack.length());
        assertThat(taken.indexOf(JLineLanternaTerminal.MOUSE_ON)).isGreaterThan(taken.indexOf(ENTER_ALTERNATE_SCREEN));
    }

    private List<KeyStroke> readKeys(int count) throws Exception {
        List<KeyStroke> keys = new ArrayList<>();
        long deadline = System.nanoTime() + StreamTerminalFixture.PATIENCE.toNanos();
        while (keys.size() < count && System.nanoTime() < deadline) {
            KeyStroke key = terminal.pollInput();
            if (key == null) {
                Thread.sleep(5);
            } else {
                keys.add(key);
            }
        }
        return keys;
    }
}
