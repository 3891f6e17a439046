package pilcrow.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import java.io.IOException;
import java.util.Optional;
import pilcrow.app.KeyInput;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.core.text.TextMeasure;
import pilcrow.view.Frame;
import pilcrow.view.ReaderTerminal;

/**
 * The UI loop's terminal on a {@link TerminalSession}, drawing through a {@link FrameWriter}: Lanterna's
 * keys and sizes become the app's messages and sizes here, so the loop knows no terminal library.
 */
public final class SessionReaderTerminal implements ReaderTerminal {

    private final TerminalSession session;
    private final FrameWriter writer;

    /** @param hyperlinks the setting: on, off, or auto (the terminal's TERM decides) */
    public SessionReaderTerminal(TerminalSession session, TextMeasure measure, String hyperlinks) {
        this.session = session;
        this.writer = new FrameWriter(session.terminal(), measure,
                Hyperlinks.wanted(hyperlinks, session.terminal().type()));
    }

    /** A key as the loop takes it: EOF ends input, a mouse report is a mouse action, any other key a key. */
    public static Arrival typed(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF) {
            return new Arrival.Ended();
        }
        if (key instanceof MouseAction mouse) {
            return new Arrival.Typed(KeyStrokes.toMouse(mouse));
        }
        KeyInput input = KeyStrokes.toInput(key);
        return new Arrival.Typed(input == null ? null : new Msg.Key(input));
    }

    @Override
    public Size size() {
        return sizeOf(session.size());
    }

    @Override
    public Optional<Size> pollResize() throws IOException {
        return session.pollResize().map(SessionReaderTerminal::sizeOf);
    }

    @Override
    public Arrival next(long millis) throws InterruptedException {
        Queued queued = session.next(millis);
        if (queued instanceof Queued.Posted posted) {
            return new Arrival.Posted(posted.msg());
        }
        return queued == null ? null : typed(((Queued.Typed) queued).key());
    }

    @Override
    public void post(Msg msg) {
        session.post(msg);
    }

    @Override
    public void draw(Frame frame) throws IOException {
        writer.draw(frame);
    }

    @Override
    public void forgetShown() {
        writer.invalidate();
    }

    @Override
    public boolean suspend() {
        return session.suspend();
    }

    private static Size sizeOf(TerminalSize size) {
        return new Size(size.getColumns(), size.getRows());
    }
}
