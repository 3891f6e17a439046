package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static pilcrow.testing.Waits.eventually;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.OSUtils;

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

    /** Keys that arrive together, as over SSH: Lanterna reads ESC and the next byte as one Alt key. */
    @Test
    void anEscapeFollowedAtOnceByAPrintableKeyIsTwoKeys() throws Exception {
        open();

        fixture.type("\u001b/x\u001bQ\u001bé");

        assertThat(pollKeys(7)).containsExactly(
                new KeyStroke(KeyType.Escape),
                new KeyStroke('/', false, false),
                new KeyStroke('x', false, false),
                new KeyStroke(KeyType.Escape),
                new KeyStroke('Q', false, false),
                new KeyStroke(KeyType.Escape),
                new KeyStroke('é', false, false));
    }

    @Test
    void anEscapeFollowedAtOnceByAControlKeyIsTwoKeys() throws Exception {
        open();

        fixture.type("\u001b\u0003\u001b\r\u001b\t\u001b\u007f\u001b\u001b");

        assertThat(pollKeys(10)).containsExactly(
                new KeyStroke(KeyType.Escape),
                new KeyStroke('c', true, false),
                new KeyStroke(KeyType.Escape),
                new KeyStroke(KeyType.Enter),
                new KeyStroke(KeyType.Escape),
                new KeyStroke(KeyType.Tab),
                new KeyStroke(KeyType.Escape),
                new KeyStroke(KeyType.Backspace),
                new KeyStroke(KeyType.Escape),
                new KeyStroke(KeyType.Escape));
    }

    @Test
    void aLoneEscapeIsAKeyOnceNothingFollowsIt() throws Exception {
        open();

        fixture.type("\u001b");

        assertThat(session.pollKey(WAIT_MILLIS)).isEqualTo(new KeyStroke(KeyType.Escape));
    }

    @Test
    void anEscapeSequenceThatArrivesWholeIsStillOneKey() throws Exception {
        open();

        fixture.type("\u001b[A\u001b[B\u001b[6~q");

        assertThat(pollKeys(4)).containsExactly(
                new KeyStroke(KeyType.ArrowUp),
                new KeyStroke(KeyType.ArrowDown),
                new KeyStroke(KeyType.PageDown),
                new KeyStroke('q', false, false));
    }

    private java.util.List<KeyStroke> pollKeys(int count) throws InterruptedException {
        java.util.List<KeyStroke> keys = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(session.pollKey(WAIT_MILLIS));
        }
        return keys;
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
    void aClientsHugeSizeIsClampedAtOpenAndAtEveryWindowChange() throws Exception {
        session = TerminalSession.openStreams(
                fixture.channelInput, fixture.channelOutput, "xterm-256color", 30000, 30000);
        assertThat(session.size()).isEqualTo(new TerminalSize(SizeLimit.MAX_COLUMNS, SizeLimit.MAX_ROWS));

        session.windowChanged(120, 46341);
        assertThat(session.pollResize()).contains(new TerminalSize(120, SizeLimit.MAX_ROWS));

        session.windowChanged(Integer.MAX_VALUE, 40);
        assertThat(session.pollResize()).contains(new TerminalSize(SizeLimit.MAX_COLUMNS, 40));
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
    void theMouseIsNotReportedUnlessAsked() throws Exception {
        open();
        session.close();

        assertThat(fixture.eventually(() -> fixture.output().contains("\u001b[?1049l"))).isTrue();
        assertThat(fixture.output()).doesNotContain("\u001b[?1000h").doesNotContain("\u001b[?1006");
    }

    @Test
    void mouseReportsAskedForAreTurnedOffOnCloseBeforeTheScreenIsLeft() throws Exception {
        open();
        session.reportMouse();
        assertThat(fixture.eventually(() -> fixture.output().contains("\u001b[?1000h\u001b[?1006h"))).isTrue();

        session.forceClose();

        assertThat(fixture.eventually(() -> fixture.output().contains("\u001b[?1049l"))).isTrue();
        String output = fixture.output();
        String afterOn = output.substring(output.indexOf("\u001b[?1006h"));
        assertThat(afterOn).contains("\u001b[?1006l\u001b[?1000l");
        assertThat(afterOn.indexOf("\u001b[?1000l")).isLessThan(afterOn.indexOf("\u001b[?1049l"));
    }

    @Test
    void anSgrMouseReportArrivesAsOneMouseAction() throws Exception {
        open();

        fixture.type("\u001b[<0;3;4Mq");

        KeyStroke click = session.pollKey(WAIT_MILLIS);
        assertThat(click).isInstanceOf(com.googlecode.lanterna.input.MouseAction.class);
        assertThat(((com.googlecode.lanterna.input.MouseAction) click).getPosition())
                .isEqualTo(new com.googlecode.lanterna.TerminalPosition(2, 3));
        assertThat(session.pollKey(WAIT_MILLIS)).isEqualTo(new KeyStroke('q', false, false));
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
        // Far more keys than the queue and the buffers before it hold (the pipe's 4 KiB, JLine's
        // pump, Lanterna's decoder; 16 KiB all fit in them), and nobody taking them.
        int flood = TerminalSession.MAX_QUEUED_KEYS * 64;
        CountDownLatch testOver = new CountDownLatch(1);
        AtomicBoolean allTyped = new AtomicBoolean();
        Thread typist = new Thread(() -> {
            try {
                fixture.type("j".repeat(flood));
                allTyped.set(true);
                testOver.await(); // a pipe whose writer thread has ended reads as failed: stay
            } catch (IOException | InterruptedException closed) {
                // the session closed under the typist, or the test is over
            }
        }, "typist");
        typist.setDaemon(true);
        typist.start();
        try {
            // The positive sign of the bound: the reader thread parked, waiting for room in the
            // queue. An unbounded queue never makes it wait, so this never comes.
            assertThat(eventually(TerminalSessionTest::keyReaderWaitsForRoom))
                    .as("the key reader waits for room in the queue").isTrue();
            assertThat(allTyped).as("the typist is held up too: the flood is not all taken in").isFalse();

            assertThat(takeKeys(flood)).as("keys taken, nothing dropped").isEqualTo(flood);
        } finally {
            testOver.countDown();
        }
        session.close();
        assertThat(session.pollKey(WAIT_MILLIS).getKeyType()).isEqualTo(KeyType.EOF);
    }

    /** Whether a key reader thread is parked inside {@code TerminalSession.queue}: the queue is full. */
    private static boolean keyReaderWaitsForRoom() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().equals("pilcrow-keys"))
                .map(java.util.Map.Entry::getValue)
                .anyMatch(stack -> stack.length > 0 && stack[0].getMethodName().equals("park")
                        && Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(TerminalSession.class.getName())
                                && frame.getMethodName().equals("queue")));
    }

    /**
     * Takes keys until {@code expected} have come (or input ends, or a generous deadline passes):
     * a short gap while the reader catches up is not the end of the keys.
     */
    private int takeKeys(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int taken = 0;
        while (taken < expected && System.nanoTime() < deadline) {
            KeyStroke key = session.pollKey(200);
            if (key != null && key.getKeyType() == KeyType.EOF) {
                break;
            }
            if (key != null) {
                taken++;
            }
        }
        return taken;
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

    /**
     * A client names its TERM (serve): a valid-looking name JLine carries no description of made
     * JLine run {@code infocmp -x TERM} and then {@code infocmp TERM}, two processes a connection.
     * JLine runs the program named in {@code OSUtils.INFOCMP_COMMAND}; here a script that counts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pilcrow-no-such-term", "tmux-256color", "vt100"})
    void aStreamTerminalRunsNoInfocmpWhateverTheClientsTerm(String termType, @TempDir Path temp) throws Exception {
        Path runs = temp.resolve("runs");
        Path counting = temp.resolve("infocmp");
        Files.writeString(counting, "#!/bin/sh\necho \"$@\" >> '" + runs + "'\nexit 1\n");
        counting.toFile().setExecutable(true);
        String infocmp = OSUtils.INFOCMP_COMMAND;
        OSUtils.INFOCMP_COMMAND = counting.toString();
        try {
            session = TerminalSession.openStreams(fixture.channelInput, fixture.channelOutput, termType, 80, 24);
        } finally {
            OSUtils.INFOCMP_COMMAND = infocmp;
        }

        assertThat(runs).doesNotExist();
        assertThat(session.hasColors()).isTrue();
    }

    /**
     * JLine's exec provider, asked for by name or loaded with the default list, runs
     * {@code test -t 1} and {@code tty} (OSUtils.TEST_COMMAND, TTY_COMMAND) for every terminal it
     * builds, streams included: two processes per served session. Here those commands are scripts
     * that write down each run. First the control: a terminal over streams built through JLine's
     * exec provider is seen by the scripts (so their silence afterwards is not a probe that went
     * deaf after a JLine upgrade); then the session's terminal, which must start none.
     */
    @Test
    void aStreamTerminalStartsNoProcess(@TempDir Path temp) throws Exception {
        Path runs = temp.resolve("runs");
        String test = OSUtils.TEST_COMMAND;
        String tty = OSUtils.TTY_COMMAND;
        String stty = OSUtils.STTY_COMMAND;
        OSUtils.TEST_COMMAND = countingScript(temp, "test", runs);
        OSUtils.TTY_COMMAND = countingScript(temp, "tty", runs);
        OSUtils.STTY_COMMAND = countingScript(temp, "stty", runs);
        try {
            try (Terminal throughExec = TerminalBuilder.builder().system(false).provider("exec")
                    .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
                    .type("xterm-256color").build()) {
                assertThat(runs).as("the exec provider's probes, seen by the scripts").exists();
            }
            Files.delete(runs);

            session = TerminalSession.openStreams(fixture.channelInput, fixture.channelOutput, "xterm-256color", 80, 24);
        } finally {
            OSUtils.TEST_COMMAND = test;
            OSUtils.TTY_COMMAND = tty;
            OSUtils.STTY_COMMAND = stty;
        }

        assertThat(runs).as("processes started by the session's terminal").doesNotExist();
        assertThat(session.hasColors()).isTrue();
    }

    private static String countingScript(Path folder, String name, Path runs) throws Exception {
        Path script = folder.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"" + name + " $@\" >> '" + runs + "'\nexit 1\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script.toString();
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
