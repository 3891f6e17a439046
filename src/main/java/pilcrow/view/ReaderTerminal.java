package pilcrow.view;

import java.io.IOException;
import java.util.Optional;
import pilcrow.app.Msg;
import pilcrow.app.Size;

/**
 * What the UI loop ({@code runtime.FullScreenReader}) needs from its terminal, in the app's own
 * types: what arrives, in order, and somewhere to draw. The terminal package implements it on a
 * session; tests give a scripted one, so the loop runs without a tty, threads or waiting.
 */
public interface ReaderTerminal {

    /** The size the UI works with: the size at the last {@link #pollResize}. */
    Size size();

    /** The new size if the terminal was resized since the last call, else empty. */
    Optional<Size> pollResize() throws IOException;

    /**
     * The next key typed or message posted, in the order they arrived, waiting up to {@code millis}.
     *
     * @return null when nothing arrived in time or a resize is waiting for {@link #pollResize};
     *     {@link Arrival.Ended}, from then on, once input has ended
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

    /** Something for the UI loop, taken in the order it arrived. */
    sealed interface Arrival {

        /** A key or a mouse action typed: its message, or null for a key that means nothing here. */
        record Typed(Msg msg) implements Arrival {
        }

        /** A message another thread posted (search results, index progress, the data folder opened). */
        record Posted(Msg msg) implements Arrival {
        }

        /** Input has ended: the terminal closed, or the session did. */
        record Ended() implements Arrival {
        }
    }
}
