package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** MINA logs through slf4j: its warnings and errors reach the server's log, sanitised and cut. */
class MinaWarningsTest {

    private static final String HOSTILE = "SSH-2.0-\u001b]0;owned\u0007\u009b2J\u202e";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    /** A logger under org.apache.sshd, as MINA's classes have. */
    private final Logger mina = LoggerFactory.getLogger("org.apache.sshd.common.session.helpers.AbstractSession");

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
