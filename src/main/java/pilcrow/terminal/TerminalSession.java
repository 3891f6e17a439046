package pilcrow.terminal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.Closeable;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.InfoCmp;
import pilcrow.app.Msg;
import pilcrow.work.Workers;

/**
 * One full-screen terminal: a JLine terminal that owns the tty, the Lanterna terminal that draws
 * and decodes keys through it ({@link #terminal()}, which {@link FrameWriter} draws on), and the
 * keys typed, queued for the UI thread.
 *
 * <p>Opening it enters raw mode and the alternate screen and hides the cursor. {@link #close()}
 * puts everything back. The local terminal's session closes itself when the JVM shuts down
 * (SIGTERM, SIGHUP) and on SIGINT from outside; a stream-backed one (an SSH channel) registers
 * nothing process-wide, and whoever serves it calls {@link #forceClose} instead. Once closed,
 * {@link #next} answers EOF, so the UI loop stops. Ctrl-C typed is not a signal here: it arrives
 * as a key.
 *
 * <p>Keys and resizes are read on other threads but handed over through {@link #next} and
 * {@link #pollResize}, so the UI thread does all the work. Messages other threads {@link #post}
 * join the keys in one queue, so the UI thread takes both in the order they arrived.
 */
public final class TerminalSession implements AutoCloseable {

    /** Queued to wake a waiting {@link #next} for a resize; never returned to the caller. */
    private static final KeyStroke WAKEUP = new KeyStroke(KeyType.Unknown);
    private static final KeyStroke END_OF_INPUT = new KeyStroke(KeyType.EOF);
    /**
     * Keys waiting for the UI thread, at most. A client pasting megabytes then waits (the SSH window
     * fills up) instead of the queue growing without bound.
     */
    static final int MAX_QUEUED_KEYS = 1024;
    private static final long OFFER_MILLIS = 100;

    private final Terminal jline;
    private final JLineLanternaTerminal terminal;
    private TerminalSize size;
    /**
     * Keys, posted messages and wake-ups, in the order they came. Unbounded, so a message is never
     * refused or waits (a shared index posts to every session); keys are bounded by {@link #keyRoom}.
     */
    private final BlockingQueue<Object> input = new LinkedBlockingQueue<>();
    /** Room for keys in {@link #input}: the key reader takes a permit a key, the UI thread gives it back. */
    private final Semaphore keyRoom = new Semaphore(MAX_QUEUED_KEYS);
    private final AtomicBoolean resizePending = new AtomicBoolean();
    private final Thread restoreOnExit = new Thread(this::forceClose, "pilcrow-terminal-restore");
    /** What to keep before the terminal is closed by a signal (the UI loop will not run again). */
    private volatile Runnable beforeForcedClose = () -> { };
    private volatile boolean inputEnded;
    private volatile boolean closed;
    /** Another program has the terminal ({@link #runOutside}): the key reader stands aside. */
    private volatile boolean handedOver;
    /** The controlling terminal, to look at its input queue; the key thread's alone. */
    private java.io.FileInputStream ttyProbe;
    private boolean ttyTried;
    /** Held while a key is read from the process's own terminal, and while it is handed over. */
    private final java.util.concurrent.locks.ReentrantLock readingKeys = new java.util.concurrent.locks.ReentrantLock();
    /** How long the key reader looks for input at a time (see {@link #nextKey}). */
    static final long KEY_LOOK_MILLIS = 100;
    /** How often the tty's input queue is looked at while waiting for a key: a key waits at most this long. */
    private static final long KEY_POLL_MILLIS = 10;
    /** The process's own terminal: it owns the JVM's shutdown hook and SIGINT, a stream session never. */
    private final boolean system;

    private TerminalSession(Terminal jline, JLineLanternaTerminal terminal, boolean system) throws IOException {
        this.jline = jline;
        this.terminal = terminal;
        this.system = system;
        this.size = terminal.getTerminalSize();
    }

    /**
     * The process's own JLine terminal, not yet started (nothing written, the tty's modes untouched);
     * a dumb one when TERM is dumb or there is no tty. For the full-screen reader and the line mode.
     */
    public static Terminal buildSystem() throws IOException {
        useBundledDescription(System.getenv("TERM"));
        // JNI alone first: with the default list JLine also tries its exec provider, which runs
        // `test -t 1` as a process on every start. Where JNI cannot serve (an unusual platform),
        // the default list, as before.
        Terminal jline = systemBuilder().provider("jni").build();
        if (isDumb(jline.getType()) && !isDumb(System.getenv("TERM"))) {
            jline.close();
            jline = systemBuilder().build();
        }
        return jline;
    }

    /**
     * Starts building the process's terminal on another thread. JLine takes 100-200 ms to build it
     * (its classes, its native library, the terminal's description); the caller reads the library
     * meanwhile, then {@link Prepared#open() opens} it, or closes it unused.
     */
    public static Prepared prepareSystem() {
        return new Prepared(false);
    }

    /**
     * As {@link #prepareSystem()}, for when standard input is not the terminal (a pipe: the
     * document) and standard output is: keys come from {@code /dev/tty}, the controlling terminal,
     * as less reads them. A dumb terminal when there is none.
     */
    public static Prepared prepareControllingTty() {
        return new Prepared(true);
    }

    /**
     * The controlling terminal ({@code /dev/tty}), not yet started. JLine's system terminal needs
     * standard input to be the tty; only its exec provider opens {@code /dev/tty} instead (its
     * modes are set through {@code stty}, a process each: a few milliseconds).
     */
    public static Terminal buildControllingTty() throws IOException {
        useBundledDescription(System.getenv("TERM"));
        return systemBuilder().devTty(true).provider("exec").build();
    }

    /** The process's terminal being built in the background (see {@link #prepareSystem()}). */
    public static final class Prepared implements AutoCloseable {
        private final CompletableFuture<Terminal> built = new CompletableFuture<>();
        private boolean opened;
        /** Why opening failed: a later call fails the same way (a dumb terminal stays dumb). */
        private IOException failure;

        private Prepared(boolean controllingTty) {
            Workers.thread("pilcrow-terminal-build", () -> {
                try {
                    built.complete(controllingTty ? buildControllingTty() : buildSystem());
                } catch (IOException | RuntimeException | Error e) {
                    built.completeExceptionally(e);
                }
            });
        }

        /**
         * Waits for the terminal, then starts the session on it; at most once.
         *
         * @throws DumbTerminalException when there is no tty or TERM is dumb; print plainly instead
         */
        public TerminalSession open() throws IOException {
            if (failure != null) {
                throw failure;
            }
            if (opened) {
                throw new IllegalStateException("the system terminal is opened once");
            }
            opened = true;
            try {
                return start(terminal(), true);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        private Terminal terminal() throws IOException {
            try {
                return built.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the terminal was made", e);
            } catch (ExecutionException e) {
                Throwable cause = Workers.checkedCause(e);
                throw cause instanceof IOException io ? io : new IOException(cause);
            }
        }

        /** Closes the terminal if it was never opened (it restores nothing: nothing was changed). */
        @Override
        public void close() throws IOException {
            if (!opened) {
                opened = true;
                try {
                    terminal().close();
                } catch (IOException | RuntimeException e) {
                    // It failed to build or to close: there is nothing of it to put back.
                }
            }
        }
    }

    private static TerminalBuilder systemBuilder() {
        return builder()
                .system(true)
                .dumb(true); // no tty: build a dumb terminal (reported below) rather than log a warning
    }

    /**
     * For the terminal types JLine carries a description of (xterm, xterm-256color, screen,
     * screen-256color, rxvt and a few more), has JLine use it rather than run {@code infocmp}, a
     * process, on every start (30-70 ms on a busy machine). We ask it only for the number of
     * colours, which those descriptions give as the system's do. Other types are looked up as
     * before. This fills JLine's process-wide cache of descriptions, which only ever holds a
     * type's one description, so sessions never see each other's.
     */
    static void useBundledDescription(String type) {
        if (type == null || type.isBlank() || InfoCmp.getLoadedInfoCmp(type) != null) {
            return;
        }
        String bundled = InfoCmp.getDefaultInfoCmp(type);
        if (bundled != null) {
            InfoCmp.setLoadedInfoCmp(type, bundled);
        }
    }

    /** What a stream terminal whose type JLine carries no description of is described as. */
    static final String FALLBACK_TYPE = "xterm";

    /**
     * The type a stream terminal (a remote client's) is built as: the client's TERM when JLine
     * carries its description, else {@link #FALLBACK_TYPE}. For any other name JLine would run
     * {@code infocmp -x TERM} and then {@code infocmp TERM}, two processes for every connection
     * that names a type the server does not know, and a cached description for each name a
     * client makes up. pilcrow reads only the number of colours, and xterm's eight are what
     * nearly every terminal of today has (Lanterna writes the same ANSI sequences for every type).
     */
    static String describedType(String termType) {
        return InfoCmp.getDefaultInfoCmp(termType) != null ? termType : FALLBACK_TYPE;
    }

    /**
     * Opens a terminal over streams, such as an SSH channel's. For a window change later, call
     * {@link #windowChanged}.
     *
     * @param termType the client's TERM; null when it sent none
     * @throws DumbTerminalException when termType is dumb or missing; the streams are left
     *     untouched for plain output
     */
    public static TerminalSession openStreams(
            InputStream in, OutputStream out, String termType, int columns, int rows) throws IOException {
        if (isDumb(termType)) {
            throw new DumbTerminalException(termType);
        }
        String described = describedType(termType);
        useBundledDescription(described);
        // JLine's ExternalTerminal, made directly: pure Java, writing straight to `out`. Through
        // TerminalBuilder, the jni provider opens an OS pty per session and pumps its output on
        // another thread (closing it drops what is not pumped yet: the client would never leave
        // the alternate screen), and for the exec provider, which builds this same terminal, the
        // builder checks on every build that it works by running `test -t 1` and `tty`: two
        // processes per session. No builder here, so nothing is checked and no process starts.
        Terminal jline = new ExternalTerminal(null, "pilcrow-session", described, in, out, UTF_8, UTF_8, UTF_8,
                Terminal.SignalHandler.SIG_DFL, false, null, Size.of(SizeLimit.columns(columns), SizeLimit.rows(rows)));
        return start(jline, false);
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder()
                .encoding(UTF_8)
                // Otherwise JLine 4.5 probes the terminal while building (device attributes, modes,
                // cursor reports around test emoji), painting on the screen and waiting for answers.
                .graphemeCluster(false);
    }

    private static TerminalSession start(Terminal jline, boolean system) throws IOException {
        JLineLanternaTerminal terminal = null;
        try {
            if (isDumb(jline.getType())) {
                throw new DumbTerminalException(jline.getType());
            }
            terminal = new JLineLanternaTerminal(jline);
            TerminalSession session = new TerminalSession(jline, terminal, system);
            session.begin();
            return session;
        } catch (IOException | RuntimeException e) {
            IOException closeFailure = closeInOrder(terminal, jline);
            if (closeFailure != null) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private static boolean isDumb(String termType) {
        return termType == null || termType.isBlank() || termType.startsWith(Terminal.TYPE_DUMB);
    }

    private void begin() throws IOException {
        if (system) {
            // JLine sets SIGINT to the OS default, which kills the JVM without running shutdown hooks
            // (seen with kill -INT); answer it as a quit instead. (SIGQUIT stays the JVM's thread dump.)
            jline.handle(Signal.INT, signal -> forceClose());
        }
        terminal.addResizeListener((resized, size) -> wakeForResize());
        terminal.enterPrivateMode(); // the alternate screen: the shell's text is back on exit
        terminal.setCursorVisible(false);
        terminal.flush();
        startKeyReader();
        // Last, so that a failed start leaves no hook behind. Until here, JLine's own shutdown
        // hook restores the tty settings of the system terminal. A server has many sessions and
        // one hook of its own, which closes them all.
        if (system) {
            Runtime.getRuntime().addShutdownHook(restoreOnExit);
        }
    }

    private void startKeyReader() {
        Workers.thread("pilcrow-keys", this::readKeys); // a daemon: it sits in a blocking read
    }

    private void readKeys() {
        try {
            KeyStroke key;
            do {
                key = nextKey();
                for (KeyStroke separate : KeyStrokes.separated(key)) {
                    queue(separate);
                }
            } while (key.getKeyType() != KeyType.EOF && !closed);
        } catch (IOException | RuntimeException | IOError e) {
            // the terminal was closed under the reader, or its channel failed
            try {
                queue(END_OF_INPUT);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next key read. The process's own terminal is never read while another program has it
     * ({@link #runOutside}): a key is taken only when one is there (Lanterna's own buffer first,
     * then the tty, looked at a tenth of a second at a time), under {@link #readingKeys}, which
     * {@code runOutside} waits for before it hands the terminal over.
     */
    private KeyStroke nextKey() throws IOException, InterruptedException {
        if (!system) {
            return terminal.readInput();
        }
        while (!closed) {
            readingKeys.lockInterruptibly();
            try {
                if (!handedOver) {
                    KeyStroke key = terminal.pollInput();
                    if (key != null) {
                        return key;
                    }
                    waitForInput();
                    continue;
                }
            } finally {
                readingKeys.unlock();
            }
            Thread.sleep(KEY_LOOK_MILLIS); // the input is another program's
        }
        return END_OF_INPUT;
    }

    /**
     * Waits up to {@link #KEY_LOOK_MILLIS} for a key on the tty without reading it: the input
     * queue's length (FIONREAD, through {@code available()} of our own {@code /dev/tty}), looked at
     * every few milliseconds. JLine's peek with a time limit leaves its reading thread blocked in a
     * read of the tty after the limit, and that read took a key typed into the editor {@code v}
     * runs (EditorInTmuxIT lost a letter). Without {@code /dev/tty}, JLine's peek as before.
     */
    private void waitForInput() throws IOException, InterruptedException {
        java.io.FileInputStream tty = ttyProbe();
        if (tty == null) {
            terminal.inputWithin(KEY_LOOK_MILLIS); // JLine's peek takes a byte into its own buffer
            return;
        }
        long until = System.nanoTime() + KEY_LOOK_MILLIS * 1_000_000;
        while (tty.available() == 0 && System.nanoTime() < until && !handedOver && !closed) {
            Thread.sleep(KEY_POLL_MILLIS);
        }
    }

    /** The controlling terminal, opened once to look at its input queue (never read); null without one. */
    private java.io.FileInputStream ttyProbe() {
        if (!ttyTried) {
            ttyTried = true;
            try {
                ttyProbe = new java.io.FileInputStream("/dev/tty");
            } catch (IOException | SecurityException e) {
                ttyProbe = null; // no controlling terminal: JLine's peek
            }
        }
        return ttyProbe;
    }

    /**
     * Runs {@code argv} (the user's editor) on this terminal, handed over as Ctrl-Z hands it to the
     * shell, and waits for it to end; the keys typed meanwhile are the program's. Only the
     * process's own terminal: a remote session has no program of the user's to run.
     *
     * @return the program's exit status
     * @throws IOException it could not be started (no such program), or this terminal is not the process's
     */
    public int runOutside(java.util.List<String> argv) throws IOException, InterruptedException {
        if (!system || closed) {
            throw new IOException("a served session cannot run a program");
        }
        int[] status = {-1};
        IOException[] failed = {null};
        handedOver = true;
        readingKeys.lockInterruptibly(); // a look at the input under way ends first
        readingKeys.unlock();
        try {
            terminal.handedOver(() -> {
                try {
                    Process process = new ProcessBuilder(argv).inheritIO().start();
                    status[0] = waitUninterrupted(process);
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
        } finally {
            dropKeysTakenMeanwhile();
            handedOver = false;
            wakeForResize(); // the window may have changed meanwhile
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return status[0];
    }

    /**
     * Drops what JLine's input pump read while the program ran: a read it had pending when the
     * terminal was handed over (Java cannot cancel one) may take one key typed for the program,
     * and that key must not then act in the reader.
     */
    private void dropKeysTakenMeanwhile() {
        try {
            while (terminal.pollInput() != null) {
                // typed for the editor, not for us
            }
        } catch (IOException e) {
            // the terminal failed: the key reader finds it closed on its next read
        }
    }

    /** The program's exit status, once it ended: the editor is the user's, never cut short by us. */
    private static int waitUninterrupted(Process process) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return process.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits while the queue holds {@link #MAX_QUEUED_KEYS} keys (the UI is behind), but never past
     * the session's close. Package-private: tests queue keys here as the key reader does.
     */
    void queue(KeyStroke key) throws InterruptedException {
        while (!keyRoom.tryAcquire(OFFER_MILLIS, MILLISECONDS)) {
            if (closed) {
                return;
            }
        }
        input.add(key);
    }

    /** Runs on JLine's signal thread: only note the resize and wake the UI thread. */
    private void wakeForResize() {
        if (resizePending.compareAndSet(false, true)) {
            input.add(WAKEUP);
        }
    }

    /** Whether colours should be used: the terminal's description says it has at least eight. */
    public boolean hasColors() {
        Integer colors = jline.getNumericCapability(InfoCmp.Capability.max_colors);
        return colors != null && colors >= 8;
    }

    /** Whether this is the process's own terminal (not a served session's): it can be handed to the user's programs. */
    public boolean isOwnTerminal() {
        return system;
    }

    /**
     * Has the terminal report the mouse ({@code --mouse}, {@code mouse = on}): the wheel and clicks
     * arrive as {@link com.googlecode.lanterna.input.MouseAction}s among the keys. Every way out
     * (close, a signal, the JVM's exit, Ctrl-Z) turns it off again with the rest of the screen.
     */
    public void reportMouse() throws IOException {
        terminal.reportMouse();
    }

    /** The terminal to draw on, on the UI thread. */
    public JLineLanternaTerminal terminal() {
        return terminal;
    }

    /** The size the UI works with: the size at the last {@link #pollResize}. */
    /**
     * Ctrl-Z: puts back the screen and tty modes the shell had and stops this process (SIGTSTP),
     * as less and vim do; once the shell's {@code fg} continues it, takes the terminal again (the
     * caller draws the whole screen). Only the process's own terminal: false for a remote one.
     */
    public boolean suspend() {
        if (!system || closed) {
            return false;
        }
        try {
            terminal.suspend();
        } catch (IOException e) {
            return false; // the terminal failed: the loop finds it closed on its next read
        }
        wakeForResize(); // the window may have changed while stopped
        return true;
    }

    public TerminalSize size() {
        return size;
    }

    /**
     * The next key typed or message posted, in the order they arrived, waiting up to {@code millis}.
     *
     * @return null on timeout or when a resize is waiting for {@link #pollResize}; a key of type
     *     EOF, from then on, once input has ended or the session is closed
     */
    public Queued next(long millis) throws InterruptedException {
        if (inputEnded) {
            return new Queued.Typed(END_OF_INPUT);
        }
        Object item = input.poll(millis, MILLISECONDS);
        if (item == null || item == WAKEUP) {
            return null;
        }
        if (item instanceof Msg msg) {
            return new Queued.Posted(msg);
        }
        KeyStroke key = (KeyStroke) item;
        keyRoom.release(); // one too many for the EOF close() queues: nothing is taken after it
        if (key.getKeyType() == KeyType.EOF) {
            inputEnded = true;
        }
        return new Queued.Typed(key);
    }

    /** {@link #next} for a caller that posts nothing (tests of the keys alone): the key or null. */
    KeyStroke pollKey(long millis) throws InterruptedException {
        Queued arrival = next(millis);
        if (arrival instanceof Queued.Posted) {
            throw new IllegalStateException("a message was posted: take it with next()");
        }
        return arrival == null ? null : ((Queued.Typed) arrival).key();
    }

    /**
     * Applies a pending resize to the screen, on the calling (UI) thread.
     *
     * @return the new size, or empty when the size has not changed since the last call
     */
    public Optional<TerminalSize> pollResize() throws IOException {
        resizePending.set(false);
        TerminalSize now = terminal.getTerminalSize();
        if (now.equals(size)) {
            return Optional.empty();
        }
        size = now;
        return Optional.of(now);
    }

    /** For a stream-backed session: the client's window changed (an SSH window-change request). */
    public void windowChanged(int columns, int rows) {
        jline.setSize(Size.of(SizeLimit.columns(columns), SizeLimit.rows(rows)));
        jline.raise(Signal.WINCH);
    }

    /** Queues a message for the UI thread behind the keys and messages before it; from any thread. */
    public void post(Msg msg) {
        input.add(msg);
    }

    /** Restores the terminal exactly as it was found. Idempotent; safe from any thread. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        inputEnded = true;
        input.add(END_OF_INPUT); // wakes a UI thread waiting in next()
        if (system) {
            forgetShutdownHook();
        }
        IOException failure = closeInOrder(terminal, jline);
        if (failure != null) {
            throw failure;
        }
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting and this close may be the hook itself; it has to run anyway.
        }
    }

    /**
     * Runs {@code action} when a signal (SIGHUP, SIGTERM, SIGINT), the JVM's exit or
     * {@link #forceClose} closes this session, before the terminal is restored: the place to save what must not be lost. It runs on
     * the signal's thread while the UI thread may still be working, so it must be thread-safe.
     */
    public void beforeForcedClose(Runnable action) {
        beforeForcedClose = action;
    }

    /**
     * Runs {@link #beforeForcedClose} (unless already closed), then closes; never throws. For what
     * ends a session from outside the UI thread: a signal, the JVM's exit, a server shutting down,
     * an SSH channel that went away.
     */
    public void forceClose() {
        try {
            if (!closed) {
                beforeForcedClose.run();
            }
        } catch (RuntimeException e) {
            // Saving failed; restoring the terminal matters more, and the store reports its own trouble.
        }
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException gone) {
            // After SIGHUP the tty may be gone: there is nothing left to restore.
        }
    }

    /**
     * Closes each resource even when an earlier one fails, so the tty settings are restored even if
     * leaving the alternate screen could not be written.
     *
     * @return the first failure, with any later ones suppressed in it; null when all closed
     */
    private static IOException closeInOrder(Closeable... resources) {
        IOException failure = null;
        for (Closeable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (IOException | RuntimeException | IOError e) {
                if (failure == null) {
                    failure = e instanceof IOException ? (IOException) e : new IOException(e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }
}
