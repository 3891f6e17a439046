package pilcrow.serve;

import java.util.function.Consumer;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * MINA SSHD's own warnings and errors, in the server's log. MINA logs through slf4j, bound to
 * java.util.logging (slf4j-jdk14); this handler takes what is logged under {@code org.apache.sshd}
 * at WARNING (slf4j's warn) and above (error) and hands it to the server's log as one line each:
 * the message and the exception's class and message, never a stack trace, sanitised and cut by
 * {@link ServerLog}, since a message may quote what a client sent (its version line, a
 * disconnect reason). Anything below stays out, and MINA does not build its debug messages.
 *
 * <p>java.util.logging's loggers are process-wide: installed by {@code pilcrow serve} for the
 * server's life and closed when it stops. Every other run leaves MINA's logger off
 * ({@link #off}), so nothing from it can reach a user's terminal.
 */
public final class MinaWarnings extends Handler implements AutoCloseable {

    static final String LOGGER = "org.apache.sshd";

    /** Held while installed: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private final Logger mina = Logger.getLogger(LOGGER);
    private final Consumer<String> log;
    private final Formatter text = new SimpleFormatter();

    private MinaWarnings(Consumer<String> log) {
        this.log = log;
        setLevel(Level.WARNING);
    }

    /** From now until {@link #close}, MINA's warnings and errors go to {@code log}, and nowhere else. */
    public static MinaWarnings install(Consumer<String> log) {
        MinaWarnings handler = new MinaWarnings(log);
        handler.mina.setUseParentHandlers(false); // not also to stderr through the root's console handler
        handler.mina.setLevel(Level.WARNING);
        handler.mina.addHandler(handler);
        return handler;
    }

    /**
     * MINA's logger switched off and cut from the root's console handler (stderr): for every run
     * but serve's. Returns the logger, for the caller to hold (see {@link #mina}).
     */
    public static Logger off() {
        Logger mina = Logger.getLogger(LOGGER);
        mina.setUseParentHandlers(false);
        mina.setLevel(Level.OFF);
        return mina;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String kind = record.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
        StringBuilder line = new StringBuilder("sshd ").append(kind).append(": ")
                .append(ServerLog.field(text.formatMessage(record)));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            line.append(" (").append(ServerLog.field(thrown.getClass().getSimpleName() + ": " + thrown.getMessage())).append(')');
        }
        log.accept(line.toString());
    }

    @Override
    public void flush() {
    }

    /** MINA's warnings are off again (the server stopped). */
    @Override
    public void close() {
        mina.removeHandler(this);
        mina.setLevel(Level.OFF);
    }
}
