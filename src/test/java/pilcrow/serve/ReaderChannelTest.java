package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.channel.RequestHandler.Result;
import org.junit.jupiter.api.Test;

/** Issue 16: a PTY request refused for its terminal type says why in the log, sanitised and cut. */
class ReaderChannelTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void aTerminalTypeLongerThanAnyNameIsRefusedWithItsReasonLogged() throws Exception {
        ReaderChannel channel = (ReaderChannel) ReaderChannel.factory(lines::add).createChannel(null);
        String term = "\u001b]2;PWNED\u0007" + "t".repeat(100_000);

        Result result = channel.handlePtyReqParsed(term, 80, 24, 0, 0, Map.of());

        assertThat(result).isEqualTo(Result.ReplyFailure);
        assertThat(lines).hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("PTY request refused: TERM of 100010 characters, longer than any terminal's name (64): "
                + "^[]2;PWNED^Gttt").contains(" more)");
        assertThat(line.length()).isLessThan(ServerLog.MAX_FIELD_CHARS + 150);
        ServerLogTest.assertNoControls(line);
    }
}
