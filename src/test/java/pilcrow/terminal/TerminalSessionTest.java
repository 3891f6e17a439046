package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalSessionTest {
    private static final long WAIT_MILLIS = 5_000;

    private StreamTerminalFixture fixture;
    private TerminalSession session;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new StreamTerminalFixture();
    }

    @AfterEach
    void tearDown() throws IOException {
        if (session != null) {
            session.close();
        }
        fixture.close();
    }

    private void open() throws IOException {
        session = TerminalSession.openStreams(
                fixture.channelInput, fixture.channelOutput, "xterm-256color", 90, 20);
    }

    @Test
    void keysTypedAreQueuedForTheUiThread() throws Exception {
        open();

        fixture.type("x\r");

        assertThat(session.pollKey(WAIT_MILLIS)).isEqualTo(new KeyStroke('x', false, false));
        assertThat(session.pollKey(WAIT_MILLIS)).isEqualTo(new KeyStroke(KeyType.Enter));
    }

    @Test
    void startsTheScreenWithoutQueryingTheClient() throws Exception {
        open();

        assertThat(fixture.eventually(() -> fixture.output().contains("\u001b[?25l"))).isTrue();
        // Nothing may ask the client anything: its answers would arrive as typed keys.
        assertThat(fixture.output()).startsWith("\u001b[?1049h").doesNotContain("\u001b[c", "\u001b[6n");
    }

    @Test
    void pollKeyTimesOutWithNull() throws Exception {
        open();

        assertThat(session.pollKey(20)).isNull();
    }

    @Test
    void windowChangeWakesTheUiThreadAndResizesTheScreen() throws Exception {
        open();
        assertThat(session.size()).isEqualTo(new TerminalSize(90, 20));

        session.windowChanged(132, 43);

        KeyStroke wake = assertTimeoutPreemptively(Duration.ofMillis(WAIT_MILLIS), () -> session.pollKey(60_000));
        assertThat(wake).isNull();
        assertThat(session.pollResize()).contains(new TerminalSize(132, 43));
        assertThat(session.size()).isEqualTo(new TerminalSize(132, 43));
        assertThat(session.pollResize()).isEmpty();
    }

    @Test
    void closeLeavesTheAlternateScreenAndEndsInputForGood() throws Exception {
        open();
        assertThat(fixture.eventually(() -> fixture.output().contains("\u001b[?1049h"))).isTrue();

        session.close();
        session.close();

        assertThat(fixture.eventually(() -> fixture.output().contains("\u001b[?1049l"))).isTrue();
        assertThat(session.pollKey(WAIT_MILLIS).getKeyType()).isEqualTo(KeyType.EOF);
        assertThat(session.pollKey(WAIT_MILLIS).getKeyType()).isEqualTo(KeyType.EOF);
    }

    @Test
    void forceCloseSavesFirstThenClosesOnce() throws Exception {
        open();
        java.util.concurrent.atomic.AtomicInteger saves = new java.util.concurrent.atomic.AtomicInteger();
        session.beforeForcedClose(saves::incrementAndGet);

        session.forceClose();
        session.forceClose();

        assertThat(saves).hasValue(1);
        assertThat(fixture.eventually(() -> fixture.output().contains("\u001b[?1049l"))).isTrue();
        assertThat(session.pollKey(WAIT_MILLIS).getKeyType()).isEqualTo(KeyType.EOF);
    }

    @Test
    void aFloodOfKeysWaitsInsteadOfQueueingWithoutBound() throws Exception {
        open();
        // More keys than the queue holds, and nobody taking them: the reader thread must wait.
        Thread typist = new Thread(() -> {
            try {
                fixture.type("j".repeat(TerminalSession.MAX_QUEUED_KEYS * 16));
                Thread.sleep(60_000); // a pipe whose writer thread ends reads as failed: stay
            } catch (IOException | InterruptedException closed) {
                // the session closed under the typist, or the test is over
            }
        });
        typist.setDaemon(true);
        typist.start();
        Thread.sleep(500);
        assertThat(typist.isAlive()).as("the typist waits: the queue is full").isTrue();

        int taken = 0;
        KeyStroke key;
        while ((key = session.pollKey(200)) != null && key.getKeyType() != KeyType.EOF) {
            taken++;
        }
        assertThat(taken).isEqualTo(TerminalSession.MAX_QUEUED_KEYS * 16); // nothing was dropped
        typist.interrupt();
        session.close();
        assertThat(session.pollKey(WAIT_MILLIS).getKeyType()).isEqualTo(KeyType.EOF);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"dumb", "dumb-color"})
    void dumbOrMissingTermIsReportedAndTheStreamsAreLeftAlone(String termType) {
        assertThatThrownBy(() -> TerminalSession.openStreams(
                        fixture.channelInput, fixture.channelOutput, termType, 80, 24))
                .isInstanceOf(DumbTerminalException.class);
        assertThat(fixture.channelOutput.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "screen-256color", "xterm", "screen"})
    void theUsualTypesHaveColours(String termType) throws Exception {
        TerminalSession.useBundledDescription(termType);
        session = TerminalSession.openStreams(fixture.channelInput, fixture.channelOutput, termType, 80, 24);
        assertThat(session.hasColors()).isTrue();
    }

    @Test
    void aTypeJLineDescribesIsTakenFromItsDescriptionNotFromInfocmp() {
        // A type no other test opens, so nothing has been cached for it yet in this JVM.
        String type = "rxvt-unicode-256color";
        assumeThat(org.jline.utils.InfoCmp.getLoadedInfoCmp(type)).isNull();
        TerminalSession.useBundledDescription(type);
        assertThat(org.jline.utils.InfoCmp.getLoadedInfoCmp(type))
                .isEqualTo(org.jline.utils.InfoCmp.getDefaultInfoCmp(type));
    }

    @Test
    void aTypeJLineDoesNotDescribeIsLeftToTheSystem() {
        TerminalSession.useBundledDescription("vt100");
        assertThat(org.jline.utils.InfoCmp.getLoadedInfoCmp("vt100")).isNull();
    }

    @Test
    void aTerminalPreparedWithoutATtyIsDumbEveryTimeItIsOpenedAndClosesQuietly() throws Exception {
        // The test JVM has no tty: the system terminal JLine builds is a dumb one.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (TerminalSession.Prepared prepared = TerminalSession.prepareSystem()) {
                assertThatThrownBy(prepared::open).isInstanceOf(DumbTerminalException.class);
                // The reader falls back to the line mode, asking again on the way: the same answer.
                assertThatThrownBy(prepared::open).isInstanceOf(DumbTerminalException.class);
            }
            TerminalSession.prepareSystem().close(); // never opened: closed without a word
        });
    }
}
