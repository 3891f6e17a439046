package pilcrow.runtime;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Next;
import pilcrow.app.Paths;
import pilcrow.app.Reads;
import pilcrow.app.Size;
import pilcrow.core.text.TextMeasure;
import pilcrow.view.ReaderTerminal;
import pilcrow.view.ReaderTerminal.Arrival;
import pilcrow.view.Theme;
import pilcrow.view.View;

/**
 * The UI loop for one terminal: wait for a key, a posted message or a resize, turn it into a
 * message, update, carry out the effects, draw. Everything happens on the calling thread; other
 * threads only queue keys, messages and resizes in the {@link ReaderTerminal}.
 */
public final class FullScreenReader {

    /** How long a wait for a key lasts before the loop looks for a resize again. */
    static final long POLL_MILLIS = 200;
    /** After this long without a key, the reading position is saved (if it moved). */
    static final long IDLE_MILLIS = 3000;

    /**
     * The searches a run starts, posting their results back: the runtime's background searches in
     * production, given by the composition so the UI loop does not know how searches are run.
     */
    public interface Searches extends AutoCloseable {
        void run(Effect.Search search);

        /**
         * Whether a search the user started is under way: background work that can wait (an index)
         * yields the cores to it, as it does to a key.
         */
        default boolean running() {
            return false;
        }

        @Override
        void close();
    }

    private final ReaderTerminal terminal;
    private final App app;
    private final View view;
    /** Effects this loop does not carry out itself (saving to the data folder), and their answers. */
    private final Function<Effect.Save, List<Msg>> others;
    /** Monotonic nanoseconds, for the idle save. */
    private final LongSupplier nanoTime;
    private final Function<Consumer<Msg>, Searches> startSearches;
    /** The state after the last message, for a signal's thread to save from (see {@link #latest}). */
    private volatile AppState latest;
    /**
     * A key is being handled and drawn, or the first screens are being made (until the loop first
     * waits for a key): background work that can wait (an index) waits.
     */
    private volatile boolean busy = true;
    /** The run's searches, while it runs: asked by {@link #busy} from background threads. */
    private volatile Searches searches;
    /** An {@link Effect.Quit} was carried out: the loop ends. */
    private boolean quitAsked;
    /** What changed in the data folder elsewhere (another pilcrow, the CLI); asked on each key and tick. */
    private Supplier<List<Msg>> changesElsewhere = List::of;
    /** Asked when the user quits: why to stay (changes not saved), or null to quit. */
    private Supplier<String> quitHold = () -> null;
    /** Writes the width and numbers into the settings file; answers with what failed. None by default (tests). */
    private Function<Effect.RememberLayout, List<Msg>> remember = effect -> List.of();
    /** Runs the user's editor ({@code v}) and reads the document again; none by default (a served session). */
    private Function<Effect.Edit, List<Msg>> editing = effect -> List.of(new Msg.Notice(NO_EDITOR));

    public static final String NO_EDITOR = "v does nothing here: a served session has no editor to run";

    public static final String NO_RELOAD = "R does nothing here: a served session reads a file once, when it is opened";
    public static final String NO_FOLLOWING = "T does nothing here: a served session does not follow a file as it grows";

    /** Reads a document again from its file ({@code R}); none by default (tests, a served session). */
    private Function<Effect.Reload, List<Msg>> reloads = effect -> List.of(new Msg.Notice(NO_RELOAD));
    /**
     * Looks at the followed document's file (a stat; a read when it changed), given the state:
     * asked on each key and each wait that ends with nothing while the state follows. By default
     * (a served session) nothing is followed, and following stops at once with one line why.
     */
    private Function<AppState, List<Msg>> growth = state -> List.of(new Msg.NotFollowed(NO_FOLLOWING));
    /** Carries out the reads the app asks for (a row's file, placing bookmarks), with their answers. */
    private Function<Effect.Read, List<Msg>> reads = effect -> List.of(Reads.answer(effect));

    /**
     * @param others        carries out the effects that save in the data folder
     * @param nanoTime      monotonic time in nanoseconds ({@code System::nanoTime}), for the idle save
     * @param startSearches starts a run's searches, given where they post their results
     */
    public FullScreenReader(ReaderTerminal terminal, TextMeasure measure, Theme theme,
                            Function<Effect.Save, List<Msg>> others, LongSupplier nanoTime,
                            Function<Consumer<Msg>, Searches> startSearches) {
        this.terminal = terminal;
        this.app = new App(measure);
        this.view = new View(measure, theme);
        this.others = others;
        this.nanoTime = nanoTime;
        this.startSearches = startSearches;
    }

    /**
     * Has a quit ask {@code hold} first: when it answers a message (changes wait to be saved), the
     * reader stays open and says it, and the next quit goes. Call before {@link #run}.
     */
    public FullScreenReader holdingQuit(Supplier<String> hold) {
        this.quitHold = hold;
        return this;
    }

    /**
     * Has the loop ask {@code changes} after each key and each wait that ends with nothing (every
     * {@value #POLL_MILLIS} ms), taking in what it answers: a stat of a file is cheap, and so
     * bookmarks saved by another pilcrow show within a second. Call before {@link #run}.
     */
    public FullScreenReader watching(Supplier<List<Msg>> changes) {
        this.changesElsewhere = changes;
        return this;
    }

    /** Has the loop write the width and numbers changed by key with {@code settings}. Call before {@link #run}. */
    public FullScreenReader remembering(Function<Effect.RememberLayout, List<Msg>> settings) {
        this.remember = settings;
        return this;
    }

    /**
     * Has the loop open paths ({@code :e}, links out of the library) through {@code paths}: the
     * local file system, or a served session's folders. Call before {@link #run}.
     */
    public FullScreenReader opening(Paths paths) {
        this.reads = effect -> List.of(Reads.answer(effect, paths));
        return this;
    }

    /**
     * Has the loop run the editor {@code v} asks for with {@code editor}, which hands the terminal
     * over while it runs and answers with the document read again. Only the local reader: a
     * served session keeps the default, a note. Call before {@link #run}.
     */
    public FullScreenReader editing(Function<Effect.Edit, List<Msg>> editor) {
        this.editing = editor;
        return this;
    }

    /**
     * Has the loop read documents again with {@code reload} ({@code R}), and, while the state
     * follows a document, ask {@code growth} for what changed in it after each key and each empty
     * wait (every {@value #POLL_MILLIS} ms: a stat, so no watcher thread a document). Call before {@link #run}.
     */
    public FullScreenReader following(Function<Effect.Reload, List<Msg>> reload, Function<AppState, List<Msg>> growth) {
        this.reloads = reload;
        this.growth = growth;
        return this;
    }

    /** Has the loop carry out the reads with {@code reads} instead (a test records them). */
    FullScreenReader reading(Function<Effect.Read, List<Msg>> reads) {
        this.reads = reads;
        return this;
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
        try (Searches searches = startSearches.apply(this::post)) {
            this.searches = searches;
            Size size = terminal.size();
            AppState state = app.update(initial, new Msg.Resize(size.columns(), size.rows())).state();
            if (openFirst) {
                state = apply(state, new Msg.Open(0), searches);
            }
            terminal.draw(view.render(state));
            AppState shown = state;
            afterFirstPaint.run();
            long lastKey = nanoTime.getAsLong();
            boolean idleNoted = false;
            while (!state.quitting() && !quitAsked) {
                busy = false;
                // Posted messages come in runs (search results, index progress): while one run is
                // being taken in, nothing is drawn and nothing waited for, as before a key.
                Arrival arrival = terminal.next(state == shown ? POLL_MILLIS : 0);
                busy = arrival instanceof Arrival.Typed;
                if (arrival instanceof Arrival.Ended) {
                    break;
                }
                Msg msg = message(arrival);
                if (msg instanceof Msg.Key || msg instanceof Msg.Mouse) {
                    lastKey = nanoTime.getAsLong();
                    idleNoted = false;
                } else if (msg == null && !idleNoted && nanoTime.getAsLong() - lastKey > IDLE_MILLIS * 1_000_000) {
                    msg = new Msg.Idle();
                    idleNoted = true;
                }
                boolean keyOrTick = msg == null || msg instanceof Msg.Key || msg instanceof Msg.Mouse || msg instanceof Msg.Idle;
                if (msg != null) {
                    state = apply(state, msg, searches);
                }
                if (keyOrTick) {
                    for (Msg change : changesElsewhere.get()) {
                        state = apply(state, change, searches);
                    }
                    if (state.following()) {
                        for (Msg change : growth.apply(state)) {
                            state = apply(state, change, searches);
                        }
                    }
                }
                boolean moreMayBePosted = arrival instanceof Arrival.Posted;
                if (!moreMayBePosted && !state.quitting() && state != shown) {
                    terminal.draw(view.render(state));
                    shown = state;
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
     * Whether a key is being handled right now, or a search the user started is running. A
     * background job that only makes things better later (building an index) pauses while it is,
     * so the key or the search gets the cores: a find started while a 1 GiB document is indexed
     * otherwise read the file side by side with the index, each at half speed.
     */
    public boolean busy() {
        Searches running = searches;
        return busy || (running != null && running.running());
    }

    /** Hands the UI loop a message from another thread (search results, index progress). */
    public void post(Msg msg) {
        terminal.post(msg);
    }

    /**
     * Updates the state with one message and carries out the effects. What the data folder and the
     * reads answer (the bookmarks after a save, a row's document) is taken in at once, so the
     * screen never shows the moment between.
     */
    private AppState apply(AppState state, Msg msg, Searches searches) {
        Next next = app.update(state, msg);
        AppState result = next.state();
        for (Effect effect : next.effects()) {
            result = carryOut(effect, result, searches);
        }
        latest = result;
        return result;
    }

    /**
     * Carries out one effect where its group goes; returns the state after its answers. A visitor,
     * so the compiler holds the loop to every group of {@link Effect}.
     */
    AppState carryOut(Effect effect, AppState state, Searches searches) {
        return effect.accept(new Effect.Visitor<>() {
            @Override
            public AppState fullRepaint(Effect.FullRepaint repaint) {
                terminal.forgetShown();
                return state;
            }

            @Override
            public AppState suspend(Effect.Suspend suspend) {
                if (!terminal.suspend()) {
                    String why = "Ctrl-Z does nothing here: a served session has no shell to go back to";
                    return apply(state, new Msg.Notice(why), searches);
                }
                terminal.forgetShown(); // the shell drew over the screen while it was stopped
                return state;
            }

            @Override
            public AppState save(Effect.Save save) {
                return answered(state, others.apply(save), searches);
            }

            @Override
            public AppState read(Effect.Read read) {
                return answered(state, reads.apply(read), searches);
            }

            @Override
            public AppState edit(Effect.Edit edit) {
                AppState after = answered(state, editing.apply(edit), searches);
                terminal.forgetShown(); // the editor drew over the screen
                return after;
            }

            @Override
            public AppState remember(Effect.RememberLayout layout) {
                return answered(state, remember.apply(layout), searches);
            }

            @Override
            public AppState reload(Effect.Reload reload) {
                return answered(state, reloads.apply(reload), searches);
            }

            @Override
            public AppState search(Effect.Search search) {
                searches.run(search);
                return state;
            }

            @Override
            public AppState quit(Effect.Quit quit) {
                String held = quitHold.get();
                if (held != null) {
                    return apply(state, new Msg.QuitHeld(held), searches);
                }
                quitAsked = true;
                return state;
            }
        });
    }

    private AppState answered(AppState state, List<Msg> answers, Searches searches) {
        AppState result = state;
        for (Msg answer : answers) {
            result = apply(result, answer, searches);
        }
        return result;
    }

    /** Whether an {@link Effect.Quit} has ended (or will end) the loop. */
    boolean quitAsked() {
        return quitAsked;
    }

    /**
     * The state as of the last message handled; safe from any thread. A signal handler saves the
     * reading position from it when the UI loop will not get to.
     */
    public AppState latest() {
        return latest;
    }

    /** A key, a posted message, a resize that is waiting, or nothing to do. */
    private Msg message(Arrival arrival) throws IOException {
        if (arrival instanceof Arrival.Posted posted) {
            return posted.msg();
        }
        if (arrival instanceof Arrival.Typed typed) {
            return typed.msg();
        }
        return terminal.pollResize()
                .map(resized -> (Msg) new Msg.Resize(resized.columns(), resized.rows()))
                .orElse(null);
    }
}
