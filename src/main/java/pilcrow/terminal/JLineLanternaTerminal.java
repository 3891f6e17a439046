package pilcrow.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.NonBlockingInputStream;
import org.jline.utils.NonBlockingPumpInputStream;

/**
 * A Lanterna terminal that draws through a JLine {@link Terminal}, so JLine alone owns the tty
 * (its settings, its SIGWINCH handler and its input), whether that is the local system terminal
 * or a stream-backed one serving an SSH channel.
 *
 * <p>Creating it puts the JLine terminal into raw mode; {@link #close()} leaves the alternate
 * screen, restores the settings found at creation and stops all further output. It does not close
 * the JLine terminal, which belongs to the caller.
 */
public final class JLineLanternaTerminal extends ANSITerminal {

    /** Used when JLine knows no size, as over {@code ssh -T}; Lanterna cannot draw on 0x0. */
    private static final TerminalSize FALLBACK_SIZE = new TerminalSize(80, 24);

    /** How long a lone Esc waits to be sure it is one, in Lanterna's units of 250 ms. */
    private static final int ESCAPE_TIMEOUT_UNITS = 1;

    private final Terminal jline;
    private final SealableOutputStream output;
    private final Attributes originalAttributes;
    private final SignalHandler previousWinchHandler;
    private boolean closed;
    /** Mouse reports were asked for ({@link #reportMouse}): every way out turns them off again. */
    private boolean mouseReported;

    /**
     * Button-event tracking (1000: presses, releases and the wheel, not every motion as 1003 would)
     * in SGR encoding (1006: decimal cells, no limit at column 223, plain ASCII).
     */
    static final String MOUSE_ON = "\u001b[?1000h\u001b[?1006h";
    static final String MOUSE_OFF = "\u001b[?1006l\u001b[?1000l";

    public JLineLanternaTerminal(Terminal jline) {
        this(jline, new SealableOutputStream(jline.output()));
    }

    private JLineLanternaTerminal(Terminal jline, SealableOutputStream output) {
        super(readyInput(jline.input()), output, StandardCharsets.UTF_8);
        this.jline = jline;
        this.output = output;
        this.originalAttributes = enterRawMode(jline);
        // Wait up to one unit (250 ms) for the rest of an escape sequence that arrives in pieces,
        // as over SSH; Lanterna's default of none reads a split arrow key as Esc, '[' and 'A'.
        getInputDecoder().setTimeoutUnits(ESCAPE_TIMEOUT_UNITS);
        // Always: a report that arrives anyway (a program before left the mouse on) is read as
        // one, not typed as keys.
        getInputDecoder().addProfile(SgrMouseReport.PROFILE);
        this.previousWinchHandler = jline.handle(Signal.WINCH, signal -> onResized(findTerminalSize()));
    }

    private static Attributes enterRawMode(Terminal jline) {
        Attributes original = jline.enterRawMode();
        Attributes raw = jline.getAttributes();
        // Lanterna decodes Enter only from '\n', and an SSH client or tmux sends '\r'.
        raw.setInputFlag(InputFlag.ICRNL, true);
        // Ctrl-C must reach the UI as a key (it means quit there), never as SIGINT. JLine 4.5's raw
        // mode clears ISIG already; JLine 3's did not, and this design depends on it.
        raw.setLocalFlag(LocalFlag.ISIG, false);
        jline.setAttributes(raw);
        return original;
    }

    /** JLine already knows the size; Lanterna's default would query the cursor and wait up to 5 s. */
    @Override
    protected TerminalSize findTerminalSize() {
        Size size = jline.getSize();
        if (size.getColumns() <= 0 || size.getRows() <= 0) {
            return FALLBACK_SIZE;
        }
        return new TerminalSize(SizeLimit.columns(size.getColumns()), SizeLimit.rows(size.getRows()));
    }

    /**
     * Writes the string encoded as a whole. Lanterna encodes char by char, which splits surrogate
     * pairs and, through {@code Charset.encode(..).array()}, sends the encoder's spare byte: a NUL
     * after every two-byte character such as 'ü'. Control characters are dropped, as Lanterna does.
     */
    @Override
    public void putString(String string) throws IOException {
        StringBuilder printable = new StringBuilder(string.length());
        for (char c : string.toCharArray()) {
            if (TerminalTextUtils.isPrintableCharacter(c)) {
                printable.append(c);
            }
        }
        writeToTerminal(printable.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void putCharacter(char c) throws IOException {
        putString(String.valueOf(c));
    }

    /** Faint text (SGR 2), which Lanterna's SGR set lacks. */
    public void enableDim() throws IOException {
        writeToTerminal((byte) 0x1b, (byte) '[', (byte) '2', (byte) 'm');
    }

    /**
     * Begins an OSC 8 hyperlink to {@code uri} (printable ASCII, percent-encoded by the caller), or
     * ends the one open with "".
     */
    public void hyperlink(String uri) throws IOException {
        byte[] bytes = ("\u001b]8;;" + uri + "\u001b\\").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        writeToTerminal(bytes);
    }

    /** The terminal's TERM, as JLine was given it (a served session's is the client's). */
    public String type() {
        return jline.getType();
    }

    /** Clears from the cursor to the end of its line (EL): one sequence instead of a run of spaces. */
    public void eraseToEndOfLine() throws IOException {
        writeToTerminal((byte) 0x1b, (byte) '[', (byte) 'K');
    }

    /**
     * Hands the terminal back and stops the process until it is continued: the alternate screen
     * left, the cursor shown and the tty's own modes back, then SIGTSTP sent to this process (the
     * launcher execs java, so it is the shell's job); after {@code fg}, raw mode and the alternate
     * screen again. Only this process, not its group: a server never gets here.
     */
    public synchronized void suspend() throws IOException {
        handedOver(JLineLanternaTerminal::stopUntilContinued);
    }

    /**
     * Runs {@code meanwhile} with the terminal as the shell had it (the alternate screen left, the
     * cursor shown, the tty's own modes), then takes it back: for Ctrl-Z, and for the editor
     * {@code v} runs. The caller keeps its own key reader off the input meanwhile.
     */
    public synchronized void handedOver(Runnable meanwhile) throws IOException {
        if (closed) {
            return;
        }
        Attributes raw = jline.getAttributes();
        handBack();
        try {
            meanwhile.run();
        } finally {
            jline.setAttributes(raw);
            takeBack();
        }
    }

    /** The screen as the shell had it while another program has the terminal: mouse off, main screen, tty modes. */
    void handBack() throws IOException {
        stopMouseReports();
        resetColorAndSGR();
        setCursorVisible(true);
        exitPrivateMode();
        flush();
        jline.setAttributes(originalAttributes);
    }

    /**
     * Whether input waits to be read, looked at for up to {@code millis} without taking it: the
     * system terminal's key reader asks before each read, so that it can stand aside while another
     * program has the terminal. True at the end of input, so that the read sees it.
     */
    public boolean inputWithin(long millis) throws IOException {
        if (!(jline.input() instanceof NonBlockingInputStream input) || input instanceof NonBlockingPumpInputStream) {
            return true; // a stream terminal's peek takes the byte (see readyInput): read as before
        }
        return input.peek(millis) != NonBlockingInputStream.READ_EXPIRED;
    }

    /** The screen taken again once continued (the tty's raw modes are set by the caller). */
    void takeBack() throws IOException {
        enterPrivateMode();
        setCursorVisible(false);
        if (mouseReported) {
            writeToTerminal(MOUSE_ON.getBytes(StandardCharsets.US_ASCII));
        }
        flush();
    }

    /**
     * Has the terminal report the mouse (the wheel, clicks) until it is closed; suspending turns it
     * off while the shell has the terminal. Off unless asked: with it on, selecting text takes Shift.
     */
    public synchronized void reportMouse() throws IOException {
        if (closed || mouseReported) {
            return;
        }
        mouseReported = true;
        writeToTerminal(MOUSE_ON.getBytes(StandardCharsets.US_ASCII));
        flush();
    }

    private void stopMouseReports() throws IOException {
        if (mouseReported) {
            writeToTerminal(MOUSE_OFF.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * Sends SIGTSTP to this process and returns once it is continued. Through {@code kill}: the
     * JDK raises a signal only to a Java handler of it, and a handler would keep the process
     * running. Without job control (or kill) the process is never stopped and goes on at once.
     */
    private static void stopUntilContinued() {
        try {
            new ProcessBuilder("kill", "-TSTP", String.valueOf(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // no kill to run: carry on as if continued
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Idempotent. Safe to call from a shutdown hook while another thread is still drawing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stopMouseReports(); // first: a shell would get the reports as typed text
            resetColorAndSGR();
            setCursorVisible(true);
            super.close(); // leaves the alternate screen
            flush();
        } finally {
            output.seal();
            jline.setAttributes(originalAttributes);
            jline.handle(Signal.WINCH, previousWinchHandler);
        }
    }

    /**
     * JLine's input with an {@code available()} that tells the truth. Lanterna reads the rest of an
     * escape sequence or UTF-8 character only while its reader is {@code ready()}, which asks
     * {@code available()}, and most JLine inputs answer 0 although bytes wait. The pump stream of
     * JLine's {@code ExternalTerminal} (stream-backed, exec provider) answers right, and its peek
     * would consume the byte, so it is used as it is; the others get {@link PeekingInputStream}.
     */
    private static InputStream readyInput(InputStream jlineInput) {
        boolean answersRight = jlineInput instanceof NonBlockingPumpInputStream;
        if (jlineInput instanceof NonBlockingInputStream && !answersRight) {
            return new PeekingInputStream((NonBlockingInputStream) jlineInput);
        }
        return jlineInput;
    }

    /**
     * Answers {@code available()} with a peek, which keeps the byte for the next read. Reads with
     * timeouts only: on the system terminal a timed peek hands the tty to JLine's pump thread, and
     * a read without timeout may then read the tty alongside it (seen in tmux as an arrow key
     * arriving as '[' then Alt-A).
     */
    static final class PeekingInputStream extends InputStream {
        private static final long PEEK_MILLIS = 1;
        private static final long READ_SLICE_MILLIS = 1_000;
        private final NonBlockingInputStream in;

        PeekingInputStream(NonBlockingInputStream in) {
            this.in = in;
        }

        @Override
        public int available() throws IOException {
            return in.peek(PEEK_MILLIS) >= 0 ? 1 : 0;
        }

        @Override
        public int read() throws IOException {
            int c;
            do {
                c = in.read(READ_SLICE_MILLIS);
            } while (c == NonBlockingInputStream.READ_EXPIRED);
            return c;
        }

        /** One byte at a time, as JLine's own streams do; the decoder asks available() for more. */
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }
    }

    /**
     * Output that can be switched off for good: once the terminal is restored, a late repaint from
     * the UI thread must not draw over the shell. Closing it only seals it, because the JLine
     * terminal owns the stream underneath.
     */
    static final class SealableOutputStream extends FilterOutputStream {
        private volatile boolean sealed;

        SealableOutputStream(OutputStream out) {
            super(out);
        }

        void seal() {
            sealed = true;
        }

        @Override
        public void write(int b) throws IOException {
            if (!sealed) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!sealed) {
                out.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!sealed) {
                out.flush();
            }
        }

        @Override
        public void close() {
            seal();
        }
    }
}
