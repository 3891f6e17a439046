package pilcrow.runtime;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.terminal.SessionReaderTerminal;
import pilcrow.view.Frame;
import pilcrow.view.ReaderTerminal;

/**
 * A terminal for the UI loop that hands it a script, one step a call to {@link #next}, and keeps a
 * fake clock: a {@link #QUIET} step is a wait that runs out, and moves the clock by as long as the
 * loop said it would wait. Nothing sleeps and nothing depends on how fast the machine is. When the
 * script runs out, input ends, which ends the loop. Keys are scripted as Lanterna's and taken as the
 * session's adapter takes them ({@link SessionReaderTerminal#typed}).
 *
 * <p>The script is the queue a real session keeps: what it holds has arrived, in that order, and a
 * {@link #post} (from any thread) goes behind it.
 */
final class ScriptedTerminal implements ReaderTerminal {

    /** A step in which nothing arrives: the loop's wait runs out. */
    static final Object QUIET = new Object();

    private final ConcurrentLinkedDeque<Object> script = new ConcurrentLinkedDeque<>();
    private final Size size = new Size(80, 24);
    private volatile long nanos = 1_000_000_000L;
    private volatile boolean inputEnded;
    /** Called at the start of each {@link #next}, before the step is taken: tests look at the reader there. */
    private Consumer<Long> onNext = waitMillis -> { };
    /** Called at each draw, with the frame. */
    private Consumer<Frame> onDraw = frame -> { };
    final List<Long> waits = new ArrayList<>();
    int forgotten;

    static KeyStroke key(char character) {
        return new KeyStroke(character, false, false);
    }

    static KeyStroke enter() {
        return new KeyStroke(KeyType.Enter);
    }

    /** Appends steps: a {@link KeyStroke} typed, a {@link Msg} posted, or {@link #QUIET}. */
    ScriptedTerminal then(Object... steps) {
        for (Object step : steps) {
            if (!(step instanceof KeyStroke || step instanceof Msg || step == QUIET)) {
                throw new IllegalArgumentException("not a step: " + step);
            }
            script.addLast(step);
        }
        return this;
    }

    /** Appends {@code count} quiet steps. */
    ScriptedTerminal quiet(int count) {
        for (int i = 0; i < count; i++) {
            script.addLast(QUIET);
        }
        return this;
    }

    ScriptedTerminal onNext(Consumer<Long> action) {
        this.onNext = action;
        return this;
    }

    ScriptedTerminal onDraw(Consumer<Frame> action) {
        this.onDraw = action;
        return this;
    }

    /** The fake clock, in nanoseconds: give {@code terminal::nanoTime} to the reader. */
    long nanoTime() {
        return nanos;
    }

    boolean inputEnded() {
        return inputEnded;
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public Optional<Size> pollResize() {
        return Optional.empty();
    }

    @Override
    public Arrival next(long millis) {
        waits.add(millis);
        onNext.accept(millis);
        Object step = script.pollFirst();
        if (step == null) {
            inputEnded = true;
            return new Arrival.Ended();
        }
        if (step == QUIET) {
            nanos += millis * 1_000_000;
            return null;
        }
        return step instanceof Msg msg ? new Arrival.Posted(msg) : SessionReaderTerminal.typed((KeyStroke) step);
    }

    @Override
    public void post(Msg msg) {
        script.addLast(msg);
    }

    @Override
    public void draw(Frame frame) {
        onDraw.accept(frame);
    }

    @Override
    public void forgetShown() {
        forgotten++;
    }

    /** Whether this terminal can be handed back (a local one) when Ctrl-Z asks; a server's cannot. */
    boolean suspendable;
    int suspended;

    @Override
    public boolean suspend() {
        if (suspendable) {
            suspended++;
        }
        return suspendable;
    }
}
