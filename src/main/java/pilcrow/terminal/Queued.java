package pilcrow.terminal;

import com.googlecode.lanterna.input.KeyStroke;
import pilcrow.app.Msg;

/** Something for the UI thread, queued in the order it arrived: a key typed or a message posted. */
public sealed interface Queued {

    /** A key from the terminal; of type EOF once input has ended. */
    record Typed(KeyStroke key) implements Queued {
    }

    /** A message another thread posted (search results, index progress, the data folder opened). */
    record Posted(Msg msg) implements Queued {
    }
}
