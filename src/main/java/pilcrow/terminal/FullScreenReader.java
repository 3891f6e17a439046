package pilcrow.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.KeyInput;
import pilcrow.app.Msg;
import pilcrow.app.Next;
import pilcrow.core.text.TextMeasure;
import pilcrow.search.BackgroundSearch;
import pilcrow.view.View;

/**
 * The UI loop for one terminal: wait for a key or a resize, turn it into a message, update, carry
 * out the effects, draw. Everything happens on the calling thread; other threads only queue keys
 * and resizes in the {@link TerminalSession}.
 */
public final class FullScreenReader {

    /** How long a wait for a key lasts before the loop looks for a resize again. */
    static final long POLL_MILLIS = 200;
    /** After this long without a key, the reading position is saved (if it moved). */
    static final long IDLE_MILLIS = 3000;

    private final TerminalSession session;
    private final App app;
    private final View view;
    private final FrameWriter writer;
    /** Effects this loop does not carry out itself (saving to the data folder), and their answers. */
    private final java.util.function.Function<Effect, java.util.List<Msg>> others;
    /** Messages from background work (search results), for the UI thread to take in. */
    private final Queue<Msg> posted = new ConcurrentLinkedQueue<>();
    /** The state after the last message, for a signal's thread to save from (see {@link #latest}). */
    private volatile AppState latest;
    /**
     * A key is being handled and drawn, or the first screens are being made (until the loop first
     * waits for a key): background work that can wait (an index) waits.
     */
    private volatile boolean busy = true;

    /** @param others carries out the effects that are not about the terminal or searching */
    public FullScreenReader(TerminalSession session, TextMeasure measure, boolean colors,
                            java.util.function.Function<Effect, java.util.List<Msg>> others) {
        this.others = others;
        this.session = session;
        this.app = new App(measure);
        this.view = new View(measure, colors);
        this.writer = new FrameWriter(session.terminal(), measure);
    }

    /**
     * Runs until the user quits or input ends; returns the last state.
     *
     * @param openFirst       open the first document at once (one file was named, as with less)
     * @param afterFirstPaint starts what the first screen does not need (reading the data folder,
     *                        indexing), once it is up; what it finds arrives through {@link #post}
     */
    public AppState run(AppState initial, boolean openFirst, Runnable afterFirstPaint)
            throws IOException, InterruptedException {
        try (BackgroundSearch searches = new BackgroundSearch(this::post)) {
            TerminalSize size = session.size();
            AppState state = app.update(initial, new Msg.Resize(size.getColumns(), size.getRows())).state();
            if (openFirst) {
                state = apply(state, new Msg.Open(0), searches);
            }
            writer.draw(view.render(state));
            afterFirstPaint.run();
            long lastKey = System.nanoTime();
            boolean idleNoted = false;
            while (!state.quitting()) {
                busy = false;
                KeyStroke stroke = session.pollKey(POLL_MILLIS);
                busy = stroke != null;
                if (stroke != null && stroke.getKeyType() == KeyType.EOF) {
                    break;
                }
                AppState before = state;
                for (Msg msg = posted.poll(); msg != null; msg = posted.poll()) {
                    state = apply(state, msg, searches);
                }
                Msg msg = message(stroke);
                if (msg instanceof Msg.Key) {
                    lastKey = System.nanoTime();
                    idleNoted = false;
                } else if (msg == null && !idleNoted && System.nanoTime() - lastKey > IDLE_MILLIS * 1_000_000) {
                    msg = new Msg.Idle();
                    idleNoted = true;
                }
                if (msg != null) {
                    state = apply(state, msg, searches);
                }
                if (!state.quitting() && state != before) {
                    writer.draw(view.render(state));
                }
            }
            // Input ended (a signal closed the terminal, the tty went away): keep the place.
            Effect.SavePosition unsaved = App.unsavedPosition(state);
            if (unsaved != null) {
                others.apply(unsaved);
            }
            return state;
        }
    }

    /**
     * Whether a key is being handled right now. A background job that only makes things better
     * later (building an index) pauses while it is, so the key gets the cores.
     */
    public boolean busy() {
        return busy;
    }

    /** Hands the UI loop a message from another thread (search results, index progress). */
    public void post(Msg msg) {
        posted.add(msg);
        session.wakeUp();
    }

    /**
     * Updates the state with one message and carries out the effects. What the data folder answers
     * (the bookmarks after a save) is taken in at once, so the screen never shows the moment between.
     */
    private AppState apply(AppState state, Msg msg, BackgroundSearch searches) {
        AppState result = update(state, msg, searches);
        latest = result;
        return result;
    }

    /**
     * The state as of the last message handled; safe from any thread. A signal handler saves the
     * reading position from it when the UI loop will not get to.
     */
    public AppState latest() {
        return latest;
    }

    private AppState update(AppState state, Msg msg, BackgroundSearch searches) {
        Next next = app.update(state, msg);
        AppState result = next.state();
        for (Effect effect : next.effects()) {
            if (effect instanceof Effect.FullRepaint) {
                writer.invalidate();
            } else if (effect instanceof Effect.RememberSearch || effect instanceof Effect.AddBookmark
                    || effect instanceof Effect.DeleteBookmark || effect instanceof Effect.EditNote
                    || effect instanceof Effect.SavePosition) {
                for (Msg answer : others.apply(effect)) {
                    result = apply(result, answer, searches);
                }
            } else {
                searches.run(effect);
            }
        }
        return result;
    }

    /** A key, a resize that is waiting, or nothing to do. */
    private Msg message(KeyStroke stroke) throws IOException {
        if (stroke == null) {
            return session.pollResize()
                    .map(size -> (Msg) new Msg.Resize(size.getColumns(), size.getRows()))
                    .orElse(null);
        }
        KeyInput key = KeyStrokes.toInput(stroke);
        return key == null ? null : new Msg.Key(key);
    }
}
