package pilcrow.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import pilcrow.terminal.TerminalSession;

/** Serve tests with MINA's client: a served app that prints one line, and a session that reads it. */
final class LineSessions {

    /** What the app prints for each session. */
    static final String SERVED = "served\n";

    private LineSessions() {
    }

    /** Opens a session without a terminal on {@code session}, waits for it to end, returns what it printed. */
    static String run(ClientSession session, Duration bound) throws IOException {
        try (ChannelShell shell = session.createShellChannel()) {
            shell.setUsePty(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(bound);
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), bound);
            return out.toString(UTF_8);
        }
    }

    /** What a session runs here: one line, without a terminal. */
    static final class LineApp implements SessionApp {
        @Override
        public boolean fullScreen(TerminalSession terminal, Path userFolder) {
            throw new AssertionError("no terminal was asked for");
        }

        @Override
        public int withoutTerminal(InputStream in, OutputStream out, Path userFolder) throws IOException {
            out.write(SERVED.getBytes(UTF_8));
            out.flush();
            return 0;
        }
    }
}
