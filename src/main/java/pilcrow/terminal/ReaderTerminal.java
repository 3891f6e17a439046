package pilcrow.terminal;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.util.Optional;
import pilcrow.app.Msg;
import pilcrow.core.text.TextMeasure;
import pilcrow.view.Frame;

/**
 * What the UI loop ({@link FullScreenReader}) needs from its terminal: what arrives, in order, and
 * somewhere to draw. A {@link TerminalSession} in production ({@link #on}); tests give a scripted
 * one, so the loop runs without a tty, threads or waiting.
 */
public interface ReaderTerminal {

    /** The size the UI works with: the size at the last {@link #pollResize}. */
    TerminalSize size();

    /** The new size if the terminal was resized since the last call, else empty. */
    Optional<TerminalSize> pollResize() throws IOException;

    /**
     * The next key typed or message posted, in the order they arrived, waiting up to {@code millis}.
     *
     * @return null when nothing arrived in time or a resize is waiting for {@link #pollResize}; a
     *     typed key of type EOF, from then on, once input has ended
     */
    Arrival next(long millis) throws InterruptedException;

    /** Queues a message for the UI thread behind what already arrived; from any thread, never waits. */
    void post(Msg msg);

    /** Shows the frame (only what changed since the last one). */
    void draw(Frame frame) throws IOException;

    /** Forgets what the terminal shows, so the next frame is drawn whole (Ctrl-L). */
    void forgetShown();

    /**
     * Hands the terminal back to the shell and stops the process until the shell continues it
     * (Ctrl-Z, then fg); false, doing nothing, where the terminal is not this process's to give
     * back (a server's session).
     */
    default boolean suspend() {
        return false;
    }

    /**
     * The UI loop's terminal on a session, drawing through a {@link FrameWriter}.
     *
     * @param hyperlinks the setting: on, off, or auto (the terminal's TERM decides)
     */
    static ReaderTerminal on(TerminalSession session, TextMeasure measure, String hyperlinks) {
        FrameWriter writer = new FrameWriter(session.terminal(), measure,
                Hyperlinks.wanted(hyperlinks, session.terminal().type()));
        return new ReaderTerminal() {
            @Override
            public TerminalSize size() {
                return session.size();
            }

            @Override
            public Optional<TerminalSize> pollResize() throws IOException {
                return session.pollResize();
            }

            @Override
            public Arrival next(long millis) throws InterruptedException {
                return session.next(millis);
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
        };
    }
}
