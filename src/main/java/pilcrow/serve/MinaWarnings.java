package pilcrow.serve;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * MINA SSHD's own warnings and errors, in the server's log. MINA logs through slf4j, bound to
 * java.util.logging (slf4j-jdk14); this handler sits on the root logger, in place of its console
 * handler (stderr), and takes what is logged at WARNING (slf4j's warn) and above (error), under
 * any name: MINA logs under the names of our subclasses of its classes too
 * ({@code pilcrow.serve.ReaderChannel}), quoting what a client sent (an exec command). Each record
 * goes to the server's log as one line:
 * the message and the exception's class and message, never a stack trace, sanitised and cut by
 * {@link ServerLog}, since a message may quote what a client sent (its version line, a
 * disconnect reason). Anything below stays out, and MINA does not build its debug messages.
 *
 * <p>java.util.logging's loggers are process-wide: installed by {@code pilcrow serve} for the
 * server's life and closed when it stops. Every other run leaves MINA's logger off and the root
 * without a handler ({@link #off}), so nothing logged can reach a user's terminal.
 */
public final class MinaWarnings extends Handler implements AutoCloseable {

    static final String LOGGER = "org.apache.sshd";
    /**
     * How MINA names a session in its messages ({@code ServerSessionImpl[USER@/ADDRESS:PORT]}):
     * the user is {@code null} until the session has logged in.
     */
    private static final Pattern SESSION_NOT_LOGGED_IN = Pattern.compile("Session\\w*\\[null@");
    /** The method MINA names at the start of a message: {@code exceptionCaught(...)}. */
    private static final Pattern METHOD = Pattern.compile("^([A-Za-z]{1,40})\\(");

    /** Held while installed: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private final Logger mina = Logger.getLogger(LOGGER);
    private final Logger root = Logger.getLogger("");
    private final Consumer<String> log;
    private final Formatter text = new SimpleFormatter();
    /** Where warnings about sessions that have not logged in are counted, by kind; until set, logged. */
    private volatile Consumer<String> beforeLogin;

    private MinaWarnings(Consumer<String> log) {
        this.log = log;
        setLevel(Level.WARNING);
    }

    /** From now until {@link #close}, MINA's warnings and errors go to {@code log}, and nowhere else. */
    public static MinaWarnings install(Consumer<String> log) {
        MinaWarnings handler = new MinaWarnings(log);
        removeHandlers(handler.root); // the console handler (stderr): nothing is written raw
        handler.mina.setLevel(Level.WARNING);
        handler.mina.setUseParentHandlers(true);
        handler.root.addHandler(handler);
        return handler;
    }

    /**
     * From now, a warning about a session that has not logged in goes to {@code counter} as its
     * kind (MINA's method, the exception's class) instead of a line of its own: a flood of
     * malformed connections is summed up with them ({@link RefusalLog#warned}).
     */
    public void countBeforeLogin(Consumer<String> counter) {
        this.beforeLogin = counter;
    }

    /**
     * MINA's logger switched off and the root's console handler (stderr) removed, so no library
     * writes to the terminal through java.util.logging: for every run but serve's. Returns MINA's
     * logger, for the caller to hold (see {@link #mina}).
     */
    public static Logger off() {
        Logger mina = Logger.getLogger(LOGGER);
        mina.setUseParentHandlers(false);
        mina.setLevel(Level.OFF);
        removeHandlers(Logger.getLogger(""));
        return mina;
    }

    private static void removeHandlers(Logger logger) {
        for (Handler handler : logger.getHandlers()) {
            logger.removeHandler(handler);
        }
    }

    /** "sshd" for MINA and the server's own classes built on it; "log" for any other library. */
    private static String source(LogRecord record) {
        String name = record.getLoggerName() == null ? "" : record.getLoggerName();
        return name.startsWith(LOGGER) || name.startsWith("pilcrow.serve") ? "sshd" : "log";
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = text.formatMessage(record);
        Consumer<String> counter = beforeLogin;
        if (counter != null && SESSION_NOT_LOGGED_IN.matcher(message).find()) {
            counter.accept(kindOf(message, record.getThrown()));
            return;
        }
        String kind = record.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
        StringBuilder line = new StringBuilder(source(record)).append(' ').append(kind).append(": ")
                .append(ServerLog.field(message));
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            line.append(" (").append(ServerLog.field(thrown.getClass().getSimpleName() + ": " + thrown.getMessage())).append(')');
        }
        log.accept(line.toString());
    }

    /** Names only MINA chose (a method, an exception class), never what a client sent. */
    private static String kindOf(String message, Throwable thrown) {
        Matcher method = METHOD.matcher(message);
        String kind = method.find() ? method.group(1) : "other";
        return thrown == null ? kind : kind + " (" + thrown.getClass().getSimpleName() + ")";
    }

    @Override
    public void flush() {
    }

    /** MINA's warnings are off again (the server stopped). */
    @Override
    public void close() {
        root.removeHandler(this);
        mina.setUseParentHandlers(false);
        mina.setLevel(Level.OFF);
    }
}
