package pilcrow.serve;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.Map;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.session.ServerSession;
import pilcrow.core.text.Sanitizer;
import pilcrow.terminal.DumbTerminalException;
import pilcrow.terminal.TerminalSession;
import pilcrow.work.Workers;

/**
 * One SSH session's shell: the reader for the user whose key signed, on the channel's streams, on a
 * thread of its own ({@link #start} must return at once). TERM and the size come from the client's
 * PTY request, a window change is passed on as a resize, and Enter arrives as the client sends it
 * (CR; the terminal's line discipline turns it into LF for Lanterna). A failure here ends this
 * session only.
 */
final class ReaderShell implements Command {

    private static final int OUTPUT_BUFFER = 16 * 1024;


    private final ReaderServer server;
    private final SessionApp app;
    // Set by MINA before start(), read by the session's thread it starts (Thread.start publishes them).
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    // Read by the server's watch thread and by MINA's destroy() as well as the session's thread.
    private volatile TerminalSession terminal;
    private volatile String ending;
    private volatile ServerSession session;
    private volatile ChannelSession channel;
    private volatile long lastKeyNanos = System.nanoTime();

    ReaderShell(ReaderServer server, SessionApp app) {
        this.server = server;
        this.app = app;
    }

    @Override
    public void setInputStream(InputStream in) {
        // Only bytes on the channel are keys; keepalives and window changes never come this way.
        this.in = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                lastKeyNanos = System.nanoTime();
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    lastKeyNanos = System.nanoTime();
                }
                return n;
            }
        };
    }

    @Override
    public void setOutputStream(OutputStream out) {
        // A frame is many small writes (escape sequences, runs of text): gathered here, it leaves
        // as one SSH packet when the frame is flushed instead of as a trickle of tiny ones.
        // Closing the terminal closes what it writes to; the channel stays open for a last line
        // (why the session ended) until the exit callback closes it.
        this.out = new KeptOpen(new BufferedOutputStream(out, OUTPUT_BUFFER));
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // Everything goes to the terminal; an error is one line on the output.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        session = channel.getSession();
        this.channel = channel;
        Identity identity = SignedKeyAuth.of(session).orElse(null);
        if (identity == null) {
            // Cannot happen after MINA's authentication; refuse rather than guess who this is.
            throw new IOException("session without a signed identity");
        }
        Workers.thread("pilcrow-session-" + Sanitizer.line(identity.name()),
                () -> run(env, server.userFolder(identity)));
    }

    private void run(Environment env, Path userFolder) {
        int status = 0;
        String how = "quit";
        server.register(this);
        try {
            Map<String, String> vars = env.getEnv();
            if (!vars.containsKey(Environment.ENV_COLUMNS) || !vars.containsKey(Environment.ENV_TERM)) {
                how = "no terminal";
                status = app.withoutTerminal(in, out, userFolder);
                return;
            }
            try {
                terminal = TerminalSession.openStreams(in, out, vars.get(Environment.ENV_TERM),
                        number(vars.get(Environment.ENV_COLUMNS)), number(vars.get(Environment.ENV_LINES)));
            } catch (DumbTerminalException e) {
                how = "dumb terminal";
                status = 1;
                say(cannotShowTheReader(String.valueOf(vars.get(Environment.ENV_TERM))));
                return;
            }
            env.addSignalListener((channel, signal) -> {
                TerminalSession open = terminal;
                if (open != null) {
                    open.windowChanged(number(vars.get(Environment.ENV_COLUMNS)), number(vars.get(Environment.ENV_LINES)));
                }
            }, Signal.WINCH);
            if (server.stopping()) {
                terminal.forceClose();
            }
            try (TerminalSession open = terminal) {
                how = app.fullScreen(open, userFolder) ? "quit" : "disconnected";
            }
            String why = ending;
            if (SessionWatch.IDLE.equals(why) || SessionWatch.REVOKED.equals(why)) {
                say(SessionWatch.message(why, server.idleTimeout()) + "\r\n"); // after the screen is put back
            }
        } catch (Exception | Error e) {
            how = "failed: " + ServerLog.field(e.getClass().getSimpleName() + " " + e.getMessage());
            status = 1;
        } finally {
            ending = ending == null ? how : ending;
            ChannelEndings endings = session.getAttribute(ReaderServer.ENDINGS);
            if (endings != null) {
                endings.ended(channel.getChannelId(), ending); // this channel's own reason, beside the others'
            }
            server.unregister(this);
            exit.onExit(status);
        }
    }

    /** What a client whose terminal cannot draw the reader (TERM=dumb) is told: where the line mode is. */
    static String cannotShowTheReader(String term) {
        return "pilcrow: this terminal (TERM=" + ServerLog.field(term, ReaderChannel.MAX_TERM_CHARS)
                + ") cannot show the reader; connect with ssh -T for the line mode\r\n";
    }

    private void say(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Ends the session from another thread, keeping the reader's position first. */
    void stop(String why) {
        if (ending == null) {
            ending = why;
        }
        TerminalSession open = terminal;
        boolean watched = SessionWatch.IDLE.equals(why) || SessionWatch.REVOKED.equals(why);
        if (open != null) {
            open.forceClose();
        } else if (watched && channel != null) {
            channel.close(false); // the line mode: no screen to put back, closing the channel ends it
        }
    }

    /**
     * Ends the session when it has been idle too long or its key was removed; for the server's
     * watch, once a second.
     */
    void watch(long nowNanos, Duration idleTimeout, Predicate<PublicKey> revoked) {
        if (ending != null) {
            return;
        }
        PublicKey key = session == null ? null : session.getAttribute(SignedKeyAuth.KEY);
        String why = SessionWatch.reasonToEnd(Duration.ofNanos(nowNanos - lastKeyNanos), idleTimeout,
                key != null && revoked.test(key));
        if (why != null) {
            stop(why);
        }
    }

    /** MINA: the channel is closing (the client went away, a timeout, the server stopping). */
    @Override
    public void destroy(ChannelSession channel) {
        stop("disconnected");
    }

    /** An output stream whose close only flushes: the channel is closed by MINA, after the last line. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
