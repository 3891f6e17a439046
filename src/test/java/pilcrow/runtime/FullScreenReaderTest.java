package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static pilcrow.runtime.ScriptedTerminal.enter;
import static pilcrow.runtime.ScriptedTerminal.key;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.core.doc.Document;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * The UI loop, on a scripted terminal with a fake clock: the idle save, the order in which keys
 * and posted messages are taken in, and the busy flag that background work defers to. Nothing
 * sleeps: time passes only when the script says the loop's wait ran out.
 */
class FullScreenReaderTest {

    /** Waits that make up the idle time exactly (the save comes only after more than that). */
    private static final int WAITS_IN_IDLE_TIME = (int) (FullScreenReader.IDLE_MILLIS / FullScreenReader.POLL_MILLIS);

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document seed = Fixtures.seed();
    private final ScriptedTerminal terminal = new ScriptedTerminal();
    /** The saves of reading positions the loop asked for, in order. */
    private final List<Save> saves = new ArrayList<>();

    /** A save and when it was asked for: the fake clock, and whether input had already ended. */
    private record Save(Effect.SavePosition effect, long atNanos, boolean afterInputEnded) {
    }

    private FullScreenReader reader() {
        return new FullScreenReader(terminal, measure, pilcrow.view.Theme.MONOCHROME, this::dataFolder, terminal::nanoTime,
                post -> NO_SEARCHES);
    }

    /** These tests start no search: one that did would fail here, not go nowhere. */
    private static final FullScreenReader.Searches NO_SEARCHES = new FullScreenReader.Searches() {
        @Override
        public void run(Effect.Search search) {
            throw new AssertionError("no search expected: " + search);
        }

        @Override
        public void close() {
        }
    };

    private List<Msg> dataFolder(Effect.Save effect) {
        if (effect instanceof Effect.SavePosition save) {
            saves.add(new Save(save, terminal.nanoTime(), terminal.inputEnded()));
        }
        return List.of();
    }

    private AppState run(FullScreenReader reader, Runnable afterFirstPaint) throws Exception {
        return reader.run(Fixtures.state(new Size(0, 0), seed), false, afterFirstPaint);
    }

    /** The save the app asks for after these keys, at the terminal's size. */
    private Effect.SavePosition placeAfter(String keys) {
        AppState state = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), seed)).run(keys).state();
        return App.unsavedPosition(state);
    }

    @Test
    void moreThanThreeSecondsWithoutAKeySaveTheReadingPosition() throws Exception {
        long start = terminal.nanoTime();
        terminal.then(enter(), key('}'), key('}')).quiet(WAITS_IN_IDLE_TIME + 4);

        run(reader(), () -> { });

        Effect.SavePosition expected = placeAfter("ENTER } }");
        assertThat(expected).isNotNull();
        assertThat(saves).hasSize(1);
        Save save = saves.get(0);
        assertThat(save.effect()).isEqualTo(expected);
        assertThat(save.afterInputEnded()).as("saved while the loop still ran").isFalse();
        long idleMillis = (save.atNanos() - start) / 1_000_000;
        assertThat(idleMillis).isGreaterThan(FullScreenReader.IDLE_MILLIS)
                .isLessThanOrEqualTo(FullScreenReader.IDLE_MILLIS + FullScreenReader.POLL_MILLIS);
    }

    /** Ctrl-Z: a local terminal is handed back and drawn whole after; a server's session says it cannot. */
    @Test
    void ctrlZSuspendsWhereTheTerminalCanBeHandedBackAndSaysSoWhereNot() throws Exception {
        List<String> statusLines = new ArrayList<>();
        terminal.onDraw(frame -> statusLines.add(frame.toText().lines().reduce((a, b) -> b).orElse("")));
        terminal.then(enter(), new com.googlecode.lanterna.input.KeyStroke('z', true, false));
        run(reader(), () -> { });
        assertThat(terminal.suspended).isZero();
        assertThat(statusLines).anyMatch(line -> line.contains("Ctrl-Z does nothing here"));

        terminal.suspendable = true;
        int forgotten = terminal.forgotten;
        terminal.then(enter(), new com.googlecode.lanterna.input.KeyStroke('z', true, false));
        run(reader(), () -> { });
        assertThat(terminal.suspended).isEqualTo(1);
        assertThat(terminal.forgotten).as("the whole screen drawn after fg").isGreaterThan(forgotten);
    }

    /** Reports decoded by the terminal reach update: a double click on the first row opens it, the wheel scrolls. */
    /** A served session (no following or reading again set up): T and R each say in one line that they do nothing. */
    @Test
    void tAndRSayTheyDoNothingWhereNoFileIsFollowedOrReadAgain() throws Exception {
        List<String> statusLines = new ArrayList<>();
        terminal.onDraw(frame -> statusLines.add(frame.toText().lines().reduce((a, b) -> b).orElse("")));
        terminal.then(enter(), key('T'));
        AppState afterT = run(reader(), () -> { });
        assertThat(afterT.following()).isFalse();
        assertThat(statusLines).anyMatch(line -> line.contains("T does nothing here"));
        terminal.then(enter(), key('R'));
        run(reader(), () -> { });
        assertThat(statusLines).anyMatch(line -> line.contains("R does nothing here"));
    }

    @Test
    void mouseActionsTypedBecomeMouseMessages() throws Exception {
        com.googlecode.lanterna.TerminalPosition firstRow = new com.googlecode.lanterna.TerminalPosition(4, 2);
        terminal.then(
                new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.CLICK_DOWN, 1, firstRow),
                new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.CLICK_RELEASE, 1, firstRow),
                new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.CLICK_DOWN, 1, firstRow),
                new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.SCROLL_DOWN, 5, firstRow));

        AppState last = run(reader(), () -> { });

        assertThat(last.screen()).isEqualTo(AppState.Screen.READER);
        assertThat(last.reader().top()).isEqualTo(3);
    }

    @Test
    void aQuitWhileChangesAreNotSavedIsHeldOnceAndSaysWhy() throws Exception {
        List<String> holds = new ArrayList<>();
        FullScreenReader reader = reader().holdingQuit(() -> {
            String reason = holds.isEmpty() ? "1 bookmark change not saved: no space left on device" : null;
            holds.add(String.valueOf(reason));
            return reason;
        });
        List<String> statusLines = new ArrayList<>();
        terminal.onDraw(frame -> statusLines.add(frame.toText().lines().reduce((a, b) -> b).orElse("")));
        terminal.then(key('Q'), key('j'), key('Q'), key('j'));

        AppState last = run(reader, () -> { });

        assertThat(holds).as("asked at each quit").hasSize(2);
        assertThat(last.quitting()).as("the second quit went").isTrue();
        assertThat(statusLines).anyMatch(line -> line.contains("1 bookmark change not saved: no space left"));
        assertThat(terminal.inputEnded()).as("the j after the second Q was never read").isFalse();
    }

    @Test
    void threeSecondsOrLessSaveNothingUntilInputEnds() throws Exception {
        terminal.then(enter(), key('}'), key('}')).quiet(WAITS_IN_IDLE_TIME);

        run(reader(), () -> { });

        assertThat(saves).extracting(Save::afterInputEnded).containsExactly(true);
        assertThat(saves.get(0).effect()).isEqualTo(placeAfter("ENTER } }"));
    }

    @Test
    void aKeyStartsTheIdleTimeAgain() throws Exception {
        terminal.then(enter(), key('}')).quiet(WAITS_IN_IDLE_TIME - 1)
                .then(key('}')).quiet(WAITS_IN_IDLE_TIME - 1);

        run(reader(), () -> { });

        assertThat(saves).extracting(Save::afterInputEnded).containsExactly(true);
    }

    @Test
    void keysAndPostedMessagesAreTakenInTheOrderTheyArrived() throws Exception {
        // A notice sets the status line; a key clears it: each step leaves a mark of its own.
        FullScreenReader reader = reader();
        List<String> messages = new ArrayList<>();
        terminal.onNext(wait -> {
            if (reader.latest() != null) {
                messages.add(reader.latest().message());
            }
        });
        terminal.then(new Msg.Notice("one"), key('j'), new Msg.Notice("two"), new Msg.Notice("three"), key('j'),
                new Msg.Notice("four"));

        run(reader, () -> { });

        assertThat(messages).containsExactly("one", "", "two", "three", "", "four");
    }

    @Test
    void aMessagePostedFromAnotherThreadComesAfterTheKeysAlreadyTyped() throws Exception {
        FullScreenReader reader = reader();
        terminal.then(key('j'), key('j'));

        AppState last = run(reader, () -> onAnotherThread(thread -> reader.post(new Msg.Notice("indexed"))));

        // Taken in before the keys, it would have been cleared by them.
        assertThat(last.message()).isEqualTo("indexed");
    }

    private static void onAnotherThread(Consumer<Thread> action) {
        Thread thread = new Thread(() -> action.accept(Thread.currentThread()), "poster");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void busyWhileTheFirstScreensAreMadeAndWhileAKeyIsHandledNeverWhileWaiting() throws Exception {
        FullScreenReader reader = reader();
        List<Boolean> busyWhileWaiting = new ArrayList<>();
        List<Boolean> busyWhileDrawing = new ArrayList<>();
        List<Boolean> busyAfterFirstPaint = new ArrayList<>();
        terminal.onNext(wait -> busyWhileWaiting.add(reader.busy()))
                .onDraw(frame -> busyWhileDrawing.add(reader.busy()));
        terminal.then(key('j'), new Msg.Notice("from the index"), ScriptedTerminal.QUIET, enter(),
                new Msg.Notice("found"), ScriptedTerminal.QUIET);

        run(reader, () -> busyAfterFirstPaint.add(reader.busy()));

        assertThat(busyAfterFirstPaint).containsExactly(true);
        // The first screen, the key j, the notice, Enter (opening the document), the second notice.
        assertThat(busyWhileDrawing).containsExactly(true, true, false, true, false);
        assertThat(busyWhileWaiting).isNotEmpty().containsOnly(false);
    }

    @Test
    void busyWhileASearchTheUserStartedRunsSoTheIndexYieldsToIt() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean searching = new java.util.concurrent.atomic.AtomicBoolean();
        FullScreenReader reader = new FullScreenReader(terminal, measure, pilcrow.view.Theme.MONOCHROME, this::dataFolder,
                terminal::nanoTime, post -> new FullScreenReader.Searches() {
                    @Override
                    public void run(Effect.Search search) {
                        throw new AssertionError("no search expected: " + search);
                    }

                    @Override
                    public boolean running() {
                        return searching.get();
                    }

                    @Override
                    public void close() {
                    }
                });
        List<Boolean> busyWhileWaiting = new ArrayList<>();
        // A search runs during every other wait for a key: busy says so then, and only then.
        terminal.onNext(wait -> {
            busyWhileWaiting.add(reader.busy());
            searching.set(!searching.get());
            busyWhileWaiting.add(reader.busy());
        });
        terminal.quiet(2);

        run(reader, () -> { });

        assertThat(busyWhileWaiting).hasSizeGreaterThanOrEqualTo(4).startsWith(false, true, true, false);
    }

    @Test
    void postedMessagesInARowAreDrawnOnceWithoutWaitingBetween() throws Exception {
        List<String> statusLines = new ArrayList<>();
        terminal.onDraw(frame -> {
            String[] rows = frame.toText().split("\n");
            statusLines.add(rows[rows.length - 1].strip());
        });
        terminal.then(new Msg.Notice("one"), new Msg.Notice("two"), new Msg.Notice("three"), ScriptedTerminal.QUIET);

        run(reader(), () -> { });

        assertThat(statusLines).hasSize(2);
        assertThat(statusLines.get(1)).contains("three");
        // The first wait is the loop's poll; the rest look for more without waiting.
        assertThat(terminal.waits).startsWith(FullScreenReader.POLL_MILLIS, 0L, 0L, 0L);
    }

    @Test
    void bookmarksSavedElsewhereAreTakenInWithinASecondWithoutAKey() throws Exception {
        terminal.then(enter()).quiet(WAITS_IN_IDLE_TIME + 2);
        List<Long> asked = new ArrayList<>();
        String path = Fixtures.state(new Size(80, 24), seed).entries().get(0).path();
        pilcrow.app.Mark elsewhere = new pilcrow.app.Mark("0badcafe", path, "", 3, "", "", 1);
        long start = terminal.nanoTime();
        AppState last = run(reader().watching(() -> {
            asked.add(terminal.nanoTime());
            // Another pilcrow saves a bookmark 1 s in: the next look answers with it.
            return asked.size() == 1 + 1000 / FullScreenReader.POLL_MILLIS
                    ? List.of(new Msg.MarksChanged(List.of(elsewhere), false)) : List.of();
        }), () -> { });

        assertThat(last.marks()).extracting(pilcrow.app.Mark::id).containsExactly("0badcafe");
        assertThat(asked).as("asked after the key and after every wait").hasSizeGreaterThan(WAITS_IN_IDLE_TIME);
        long atMillis = (asked.get((int) (1000 / FullScreenReader.POLL_MILLIS)) - start) / 1_000_000;
        assertThat(atMillis).as("no more than a second in").isLessThanOrEqualTo(1000);
    }

    /**
     * A large library's row is read by the loop (the app asks with an effect), and the read is
     * taken in before the next draw: the frame after Enter is the document, as when update read it.
     */
    @Test
    void aRowReadForTheAppIsShownInTheFrameAfterTheKey() throws Exception {
        List<String> frames = new ArrayList<>();
        terminal.onDraw(frame -> frames.add(frame.toText()));
        terminal.then(enter(), ScriptedTerminal.QUIET);
        List<pilcrow.library.LibraryDocument> rows = List.of(pilcrow.library.LibraryDocument.lazy(seed.name(), null, () -> pilcrow.library.LibraryDocument.of(seed)));

        AppState last = reader().run(AppState.initial("test", rows, new Size(0, 0)), false, () -> { });

        assertThat(last.screen()).isEqualTo(AppState.Screen.READER);
        assertThat(frames).hasSize(2);
        assertThat(frames.get(1)).contains(seed.title());
    }
}
