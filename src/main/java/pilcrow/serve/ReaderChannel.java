package pilcrow.serve;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.sshd.client.future.DefaultOpenFuture;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.ChannelListener;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler.Result;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.channel.ChannelSession;
import pilcrow.core.text.Sanitizer;
import pilcrow.terminal.SizeLimit;

/**
 * A session channel that holds what a client sends to its bounds: it opens only within the
 * connection's {@link ChannelCaps} (refused alone beyond them, the connection going on), keeps only
 * the {@code env} requests {@link EnvRequests} allows, clamps the PTY's and window changes' sizes
 * and refuses a PTY request whose TERM is longer than any terminal's name.
 */
final class ReaderChannel extends ChannelSession {

    /** The connection's channel caps; set when the connection is admitted. */
    static final AttributeKey<ChannelCaps> CAPS = new AttributeKey<>();
    /** OpenSSH's MaxSessions default. */
    static final int MAX_PER_CONNECTION = 10;
    /** Longer than any terminal type's name (xterm-256color, screen.xterm-256color...). */
    static final int MAX_TERM_CHARS = 64;

    private final EnvRequests env = new EnvRequests();
    private final Consumer<String> log;
    private final AtomicBoolean holdsPlace = new AtomicBoolean();

    private ReaderChannel(Consumer<String> log) {
        this.log = log;
    }

    /** Makes session channels; {@code log} hears of each one refused. */
    static ChannelFactory factory(Consumer<String> log) {
        return new ChannelFactory() {
            @Override
            public String getName() {
                return "session";
            }

            @Override
            public Channel createChannel(Session session) {
                return new ReaderChannel(log);
            }
        };
    }

    @Override
    public OpenFuture open(long recipient, long rwSize, long packetSize, Buffer buffer) {
        ChannelCaps caps = getSession().getAttribute(CAPS);
        String refused = caps == null ? "not admitted" : caps.open();
        if (refused != null) {
            log.accept(Sanitizer.line("session channel refused: " + refused));
            DefaultOpenFuture failed = new DefaultOpenFuture(this, this);
            failed.setValue(new SshChannelOpenException(getChannelId(), SshConstants.SSH_OPEN_RESOURCE_SHORTAGE, refused));
            return failed;
        }
        holdsPlace.set(true);
        addChannelListener(new ChannelListener() {
            @Override
            public void channelClosed(Channel channel, Throwable reason) {
                if (holdsPlace.compareAndSet(true, false)) {
                    caps.close();
                }
            }
        });
        return super.open(recipient, rwSize, packetSize, buffer);
    }

    @Override
    protected Result handleEnvParsed(String name, String value) throws IOException {
        return env.accept(name, value) ? super.handleEnvParsed(name, value) : Result.ReplyFailure;
    }

    @Override
    protected Result handlePtyReqParsed(String term, int columns, int rows, int widthPixels, int heightPixels,
                                        Map<PtyMode, Integer> modes) throws IOException {
        if (term == null || term.length() > MAX_TERM_CHARS) {
            // The client only hears "PTY allocation request failed": the operator's log says why.
            log.accept("PTY request refused: " + (term == null ? "no TERM" : "TERM of " + term.length()
                    + " characters, longer than any terminal's name (" + MAX_TERM_CHARS + "): " + ServerLog.field(term)));
            return Result.ReplyFailure;
        }
        env.ptyRequested();
        return super.handlePtyReqParsed(term, SizeLimit.columns(columns), SizeLimit.rows(rows),
                widthPixels, heightPixels, modes);
    }

    @Override
    protected Result handleWindowChangeParsed(int columns, int rows, int widthPixels, int heightPixels)
            throws IOException {
        return super.handleWindowChangeParsed(SizeLimit.columns(columns), SizeLimit.rows(rows), widthPixels, heightPixels);
    }
}
