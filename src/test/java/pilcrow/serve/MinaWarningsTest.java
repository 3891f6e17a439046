package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MINA logs through slf4j: its warnings and errors reach the server's log, sanitised and cut. */
class MinaWarningsTest {

    private static final String HOSTILE = "SSH-2.0-\u001b]0;owned\u0007\u009b2J\u202e";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    /** A logger under org.apache.sshd, as MINA's classes have. */
    private final Logger mina = LoggerFactory.getLogger("org.apache.sshd.common.session.helpers.AbstractSession");

    /**
     * Stands in for the root logger's console handler (stderr): whatever reaches it would reach
     * the operator's terminal raw.
     */
    private final List<LogRecord> atRoot = new CopyOnWriteArrayList<>();
    private final Handler rootConsole = new Handler() {
        @Override
        public void publish(LogRecord record) {
            atRoot.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void aConsoleHandlerAtTheRoot() {
        java.util.logging.Logger.getLogger("").addHandler(rootConsole);
    }

    @AfterEach
    void removeIt() {
        java.util.logging.Logger.getLogger("").removeHandler(rootConsole);
    }

    @Test
    void aWarningLoggedUnderAServerClassReachesTheLogSanitisedAndNeverTheConsole() {
        // MINA's ChannelSession logs under the subclass's name: pilcrow.serve.ReaderChannel.
        Logger channel = LoggerFactory.getLogger(ReaderChannel.class);
        try (MinaWarnings installed = MinaWarnings.install(lines::add)) {
            channel.warn("handleExec({}) No command factory for command: {}", "ChannelSession[id=0]",
                    "x" + HOSTILE + "y".repeat(100 * 1024));
        }

        assertThat(atRoot).as("records reaching the root's console handler").isEmpty();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("sshd warning: handleExec(ChannelSession[id=0]) No command factory for command: x"
                + "SSH-2.0-^[]0;owned^G").contains(" more)");
        assertThat(lines.get(0).length()).isLessThanOrEqualTo(ServerLog.MAX_LINE_CHARS);
        ServerLogTest.assertNoControls(lines.get(0));
    }

    @Test
    void aWarningFromAnyOtherLibraryAlsoGoesOnlyToTheLog() {
        try (MinaWarnings installed = MinaWarnings.install(lines::add)) {
            java.util.logging.Logger.getLogger("org.example.elsewhere").warning("odd \u001b[2J thing");
        }

        assertThat(atRoot).isEmpty();
        assertThat(lines).containsExactly("log warning: odd ^[[2J thing");
    }

    @Test
    void outsideServeNothingIsWrittenAnywhere() {
        java.util.logging.Logger held = MinaWarnings.off();

        LoggerFactory.getLogger(ReaderChannel.class).warn("x" + HOSTILE);
        java.util.logging.Logger.getLogger("org.example.elsewhere").severe("y" + HOSTILE);

        assertThat(atRoot).as("records reaching the root's console handler").isEmpty();
    }

    @Test
    void aWarningAboutASessionNotLoggedInIsCountedNotLogged() {
        List<String> counted = new CopyOnWriteArrayList<>();
        try (MinaWarnings installed = MinaWarnings.install(lines::add)) {
            installed.countBeforeLogin(counted::add);
            for (int i = 0; i < 31; i++) {
                mina.warn("exceptionCaught({})[state={}] {}: {}", "ServerSessionImpl[null@/127.0.0.1:" + (40000 + i) + "]",
                        "Opened", "SshException", "Incorrect identification (bad line ending) " + HOSTILE,
                        new IOException("Incorrect identification"));
            }
            mina.warn("exceptionCaught({})[state={}] {}: {}", "ServerSessionImpl[ivy@/127.0.0.1:41000]", "Opened",
                    "IOException", "Connection reset");
        }

        assertThat(counted).hasSize(31).containsOnly("exceptionCaught (IOException)");
        assertThat(lines).containsExactly("sshd warning: exceptionCaught(ServerSessionImpl[ivy@/127.0.0.1:41000])"
                + "[state=Opened] IOException: Connection reset");
    }

    @Test
    void aWarningReachesTheLogAsOneSanitisedBoundedLine() {
        try (MinaWarnings installed = MinaWarnings.install(lines::add)) {
            mina.warn("doReadIdentification({}) invalid line: {}", "Nio2Session[/127.0.0.1:40000]",
                    HOSTILE + "z".repeat(200 * 1024));
        }

        assertThat(lines).hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("sshd warning: doReadIdentification(Nio2Session[/127.0.0.1:40000]) invalid line: "
                + "SSH-2.0-^[]0;owned^G<9B>2J<U+202E>zzz").contains(" more)");
        assertThat(line.length()).isLessThanOrEqualTo(ServerLog.MAX_LINE_CHARS);
        ServerLogTest.assertNoControls(line);
    }

    @Test
    void anErrorWithItsExceptionIsOneLineWithoutTheStackTrace() {
        try (MinaWarnings installed = MinaWarnings.install(lines::add)) {
            mina.error("exceptionCaught(" + "x" + ")", new IOException("Connection reset\n\tat evil\u001b[31m"));
        }

        assertThat(lines).containsExactly("sshd error: exceptionCaught(x) (IOException: Connection reset^J at evil^[[31m)");
    }

    @Test
    void infoAndDebugStayOut() {
        try (MinaWarnings installed = MinaWarnings.install(lines::add)) {
            mina.info("Session created");
            mina.debug("kex done");
            assertThat(mina.isDebugEnabled()).isFalse();
        }

        assertThat(lines).isEmpty();
    }

    @Test
    void onceClosedNothingMoreArrives() {
        MinaWarnings.install(lines::add).close();

        mina.warn("after the server stopped");

        assertThat(lines).isEmpty();
    }
}
