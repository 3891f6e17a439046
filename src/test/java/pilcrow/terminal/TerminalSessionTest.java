package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"dumb", "dumb-color"})
    void dumbOrMissingTermIsReportedAndTheStreamsAreLeftAlone(String termType) {
        assertThatThrownBy(() -> TerminalSession.openStreams(
                        fixture.channelInput, fixture.channelOutput, termType, 80, 24))
                .isInstanceOf(DumbTerminalException.class);
        assertThat(fixture.channelOutput.size()).isZero();
    }
}
