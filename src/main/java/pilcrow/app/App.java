package pilcrow.app;

import java.util.List;
import java.util.Optional;
import pilcrow.app.AppState.Screen;
import pilcrow.core.doc.Document;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.model.Numbering;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.TextMeasure;
import pilcrow.library.LibraryDocument;

/**
 * The reader's state machine: {@code update(state, msg) -> (state', effects)}. Pure: no I/O, no
 * threads, no clock; the same messages always give the same states, which is what the key-script
 * tests rely on. One instance serves one terminal; it holds nothing but the width measure.
 * It dispatches: a key or message goes to the screen's handler ({@link Reading}, {@link Finding},
 * {@link Bookmarking}), which is handed the {@link Reading} it needs and never the App back.
 */
public final class App {

    private final Reading reading;
    private final TextMeasure measure;

    public App(TextMeasure measure) {
        this.reading = new Reading(new DocumentLayout(measure));
        this.measure = measure;
    }

    public Next update(AppState state, Msg msg) {
        if (msg instanceof Msg.Loaded loaded) {
            return update(withRow(state, loaded), loaded.then());
        }
        if (msg instanceof Msg.PathOpened opened && opened.then() != null) {
            return reopened(state, opened);
        }
        try {
            return rememberingLayout(state, ReadingPositions.saveOnLeaving(state, dispatch(state, msg)));
        } catch (Reading.Detour detour) {
            // Reading a file is I/O: the edge does it, and its answer brings this message back.
            return Next.of(state, detour.readThen(msg));
        }
    }

    /**
     * A file the jump history needed is read again: listed, the message that needed it is handled
     * again and finds it; refused, its places are forgotten (so the walk does not stop there again)
     * and the message goes on to the next.
     */
    private Next reopened(AppState state, Msg.PathOpened opened) {
        if (opened.opened() instanceof Paths.Opened.File file) {
            return update(Opening.listed(state, file.row()), opened.then());
        }
        String why = opened.opened() instanceof Paths.Opened.Refused refused ? refused.why() : "now a folder";
        Next next = update(Jumping.forgetting(state, opened.typed()), opened.then());
        String skipped = "Skipped " + Sanitizer.line(opened.typed()) + ": " + Sanitizer.line(why);
        return next.state().message().isEmpty() || next.state().message().startsWith("No ")
                ? new Next(next.state().withMessage(skipped), next.effects()) : next;
    }

    /** The step, asking the edge to write the width and numbers into the settings file when they changed. */
    private static Next rememberingLayout(AppState before, Next next) {
        Preferences after = next.state().preferences();
        if (after.equals(before.preferences())) {
            return next;
        }
        List<Effect> effects = new java.util.ArrayList<>(next.effects());
        effects.add(new Effect.RememberLayout(after.numbers(), after.measure()));
        return new Next(next.state(), effects);
    }

    /**
     * The state with a row read by the edge in its place. A read row has no loader left, so the
     * message handled again finds it read and cannot ask for it twice.
     */
    private static AppState withRow(AppState state, Msg.Loaded loaded) {
        List<LibraryDocument> entries = new java.util.ArrayList<>(state.entries());
        if (loaded.entry() < entries.size() && entries.get(loaded.entry()).path().equals(loaded.row().path())) {
            entries.set(loaded.entry(), loaded.row());
        }
        return state.withEntries(entries);
    }

    /**
     * The save the open document's reading position needs now, or null: for the edge to carry out
     * when the process is told to stop (SIGHUP, SIGTERM) and no more messages will be handled.
     */
    public static Effect.SavePosition unsavedPosition(AppState state) {
        return ReadingPositions.unsaved(state);
    }

    private Next dispatch(AppState state, Msg msg) {
        if (msg instanceof Msg.Idle) {
            return ReadingPositions.idle(state);
        }
        if (msg instanceof Msg.Resize resize) {
            return Next.of(resized(state, new Size(resize.columns(), resize.rows())));
        }
        if (msg instanceof Msg.FindResults results) {
            return Next.of(Finding.results(reading, state, results));
        }
        if (msg instanceof Msg.Indexed indexed) {
            return Next.of(indexed(state, indexed));
        }
        if (msg instanceof Msg.Arrived arrived) {
            return Next.of(Following.arrived(reading, arrived(state, arrived), arrived.entry()));
        }
        if (msg instanceof Msg.Changed changed) {
            return Next.of(Following.changed(reading, state, changed));
        }
        if (msg instanceof Msg.QuitHeld held) {
            return Next.of(state.stayOpen().withMessage(Sanitizer.line(held.message())));
        }
        if (msg instanceof Msg.LibraryIndexing indexing) {
            return Next.of(state.withWorking(indexing.read() >= indexing.toRead() ? ""
                    : String.format(java.util.Locale.ROOT, "indexing %,d/%,d", indexing.read(), indexing.toRead())));
        }
        if (msg instanceof Msg.Notice notice) {
            return Next.of(state.withMessage(Sanitizer.line(notice.message())));
        }
        if (msg instanceof Msg.NotFollowed not) {
            return Next.of(state.withFollowing(false).withMessage(Sanitizer.line(not.message())));
        }
        if (msg instanceof Msg.LibraryResults results) {
            return Next.of(Finding.libraryResults(state, results));
        }
        if (msg instanceof Msg.SearchFailed failed) {
            return Next.of(Finding.failed(state, failed));
        }
        if (msg instanceof Msg.Measured measured) {
            return LibraryMeasures.measured(state, measured);
        }
        if (msg instanceof Msg.PathOpened opened) {
            return Opening.opened(reading, state, opened);
        }
        if (msg instanceof Msg.Edited edited) {
            return Next.of(Editing.edited(reading, state, edited));
        }
        if (msg instanceof Msg.Completed completed) {
            return Next.of(Opening.completed(state, completed));
        }
        if (msg instanceof Msg.Open open) {
            return Next.of(open(state, open.entry()));
        }
        if (msg instanceof Msg.DataLoaded data) {
            AppState loaded = state.withHistory(data.history()).withPlaces(data.places());
            if (untouched(loaded)) {
                // A file named on the command line was opened first.
                loaded = reading.resume(loaded, ReadingPositions.savedPlace(loaded, loaded.reader().entry()));
            }
            loaded = loaded.message().isEmpty() ? loaded.withMessage(data.warning()) : loaded;
            return Bookmarking.place(loaded, data.marks());
        }
        if (msg instanceof Msg.MarksChanged changed) {
            return Bookmarking.place(changed.saved() ? state.withMessage("Bookmark saved") : state, changed.marks());
        }
        if (msg instanceof Msg.MarksPlaced placed) {
            return Next.of(Bookmarking.placed(state, placed.marks()));
        }
        if (msg instanceof Msg.Mouse mouse) {
            return mouse(state, mouse);
        }
        return key(state, ((Msg.Key) msg).key());
    }

    // ---- the mouse ----

    /**
     * The wheel scrolls the reader or moves a list's selection; a click selects a list's row, and
     * a second on the same row soon after opens it (Enter's action); a click on a link follows it.
     * Anything else pointed at, and the mouse while a prompt is open, does nothing.
     */
    private Next mouse(AppState state, Msg.Mouse mouse) {
        boolean wheel = mouse.kind() != Msg.Mouse.Kind.PRESS;
        boolean down = mouse.kind() == Msg.Mouse.Kind.WHEEL_DOWN;
        if (state.help() != null) {
            int top = state.help().top() + (down ? Pointing.WHEEL_LINES : -Pointing.WHEEL_LINES);
            return Next.of(wheel ? state.withHelp(new AppState.Help(Math.max(0, top))) : state);
        }
        if (state.prompt() != null) {
            return Next.of(state);
        }
        AppState cleared = state.withMessage("");
        ListState rows = state.shown().rows(state);
        if (wheel) {
            return rows == null
                    ? Next.of(reading.scroll(cleared, state.reader().top() + (down ? Pointing.WHEEL_LINES : -Pointing.WHEEL_LINES)))
                    : act(cleared, down ? Action.LINE_DOWN : Action.LINE_UP);
        }
        if (rows == null) {
            LinkSpot link = Pointing.linkAt(state, measure, mouse.column(), mouse.row());
            return link == null ? Next.of(state) : act(cleared.withReader(state.reader().withLink(link)), Action.FOLLOW_LINK);
        }
        int index = Pointing.rowAt(state, rows, mouse.row());
        if (index < 0) {
            return Next.of(state);
        }
        if (Pointing.secondClick(state.chrome().click(), state.screen(), index, mouse.millis())) {
            return act(cleared.withClick(null), Action.OPEN);
        }
        AppState selected = state.shown().withRows(cleared, rows.select(index, Geometry.listRows(state.size())));
        return Next.of(selected.withClick(new Chrome.Click(state.screen(), index, mouse.millis())));
    }

    private Next key(AppState state, KeyInput key) {
        AppState cleared = state.withMessage("");
        if (state.help() != null) {
            return helpKey(cleared, key);
        }
        if (state.prompt() != null) {
            return promptKey(state, key);
        }
        KeyMap mode = state.shown().keys(state.keys());
        Optional<Action> action = mode.actionFor(key).or(() -> state.keys().global().actionFor(key));
        if (action.isEmpty()) {
            return Next.of(cleared.withMessage("Unknown key " + Sanitizer.line(key.label()) + " (press "
                    + helpKey(state.keys()) + " for help)"));
        }
        if (state.following() && !Following.KEEPS.contains(action.get())) {
            cleared = cleared.withFollowing(false); // any move stops following, as in less
        }
        if (action.get() == Action.GOTO_TYPED) { // the digit begins the number, as less takes 50%
            return Next.of(cleared.withPrompt(Prompt.of(Prompt.Kind.GOTO).withText(String.valueOf(key.ch()), 1)));
        }
        return act(cleared, action.get());
    }

    private Next act(AppState state, Action action) {
        switch (action) {
            case QUIT:
                return Next.of(state.quit(), new Effect.Quit());
            case HELP:
                return Next.of(state.withHelp(new AppState.Help(0)));
            case REPAINT:
                return Next.of(state, new Effect.FullRepaint());
            case SUSPEND:
                return Next.of(state, new Effect.Suspend());
            case LIBRARY_FIND:
                return state.screen() == Screen.RESULTS ? state.shown().act(reading, state, action)
                        : Finding.showResults(state);
            default:
                Next next = state.shown().act(reading, state, action);
                return Jumping.JUMPS.contains(action) ? Jumping.noted(state.reader(), next) : next;
        }
    }

    /** Opens entry {@code index} in the reader where it was left (saved, or still open behind the list). */
    private AppState open(AppState state, int index) {
        return reading.open(state, index, true);
    }

    /** A document open at its top, not yet moved in or searched. */
    private static boolean untouched(AppState state) {
        return state.screen() == Screen.READER && state.reader() != null && state.reader().top() == 0
                && state.reader().current() <= 1 && state.search() == null && state.prompt() == null;
    }

    // ---- the goto prompt ----

    /**
     * A key in a prompt. The message stays for Enter, so a note made while typing ("wrapped to the
     * top") is still read after it; any other key clears it.
     */
    private Next promptKey(AppState uncleared, KeyInput key) {
        Optional<Action> action = uncleared.keys().prompt().actionFor(key);
        if (action.isEmpty() && key.ctrl()) {
            action = uncleared.keys().global().actionFor(key);
        }
        boolean submit = action.isPresent() && action.get() == Action.PROMPT_SUBMIT;
        AppState state = submit ? uncleared : uncleared.withMessage("");
        Prompt prompt = state.prompt();
        Optional<TextInput> typed = prompt.input().update(key, action);
        if (typed.isPresent()) {
            return edited(state, prompt.withInput(typed.get()));
        }
        if (action.isEmpty()) {
            return Next.of(state);
        }
        return switch (action.get()) {
            case PROMPT_REGEX -> prompt.kind().isSearch() ? edited(state, prompt.toggleRegex()) : Next.of(state);
            // While filtering, as in fzf, they move the selection of the list filtered (the text stays).
            case PROMPT_OLDER, PROMPT_NEWER -> prompt.kind().isSearch()
                    ? edited(state, Finding.fromHistory(state, action.get() == Action.PROMPT_OLDER))
                    : prompt.kind() == Prompt.Kind.FILTER
                    ? state.shown().act(reading, state, action.get() == Action.PROMPT_OLDER ? Action.LINE_UP : Action.LINE_DOWN)
                    : Next.of(state);
            case PROMPT_COMPLETE -> prompt.kind().takesPaths() ? Opening.complete(state) : Next.of(state);
            case PROMPT_SUBMIT -> submit(state);
            case PROMPT_CANCEL -> cancel(state);
            default -> act(state, action.get());
        };
    }

    /** The prompt's text changed: find and filter follow it as it is typed. */
    private Next edited(AppState state, Prompt prompt) {
        AppState typed = state.withPrompt(prompt);
        return switch (prompt.kind()) {
            case FIND -> Finding.incremental(reading, typed);
            case FILTER -> Next.of(typed.shown().filtered(typed, prompt.text()));
            // % goes at once, as in less (not at the end of a path after e)
            case GOTO -> prompt.text().endsWith("%") && !Opening.isCommand(prompt.text()) ? submit(typed) : Next.of(typed);
            default -> Next.of(typed);
        };
    }

    private Next submit(AppState state) {
        Prompt prompt = state.prompt();
        AppState closed = state.withPrompt(null);
        return switch (prompt.kind()) {
            case GOTO -> Opening.isCommand(prompt.text()) ? Opening.submit(closed, prompt.text())
                    : Jumping.noted(closed.reader(), Next.of(submitGoto(closed, prompt.text())));
            case COMMAND -> prompt.text().isBlank() ? Next.of(closed) : Opening.submit(closed, Opening.asCommand(prompt));
            case FIND -> keptFind(closed, prompt);
            case FILTER -> Jumping.noted(closed.reader(), closed.shown().act(reading, closed, Action.OPEN));
            case LIBRARY_FIND -> Finding.startLibrarySearch(closed, prompt);
            case BOOKMARK_NOTE -> Bookmarking.add(closed, prompt.text());
            case EDIT_NOTE -> Bookmarking.editNote(closed, prompt.text());
            case MARK_NOTE -> Bookmarking.editNoteHere(closed, prompt.text());
        };
    }

    /**
     * Enter in the find prompt is a jump from where the prompt opened: the view moved there as the
     * pattern was typed, or moves once a search still under way finds its first match.
     */
    private static Next keptFind(AppState state, Prompt prompt) {
        Search search = state.search();
        Next kept = Finding.keep(state, prompt);
        if (search == null || prompt.text().isEmpty()) {
            return kept;
        }
        return search.running() ? new Next(Jumping.recorded(kept.state(), search.origin()), kept.effects())
                : Jumping.noted(search.origin(), kept);
    }

    private Next cancel(AppState state) {
        AppState closed = state.withPrompt(null);
        return switch (state.prompt().kind()) {
            case FIND -> Finding.abandon(reading, closed);
            case FILTER -> Next.of(closed.shown().filtered(closed, ""));
            default -> Next.of(closed);
        };
    }

    private AppState submitGoto(AppState state, String typed) {
        Numbering numbering = state.reader().window().numbering();
        int count = state.reader().paragraphCount();
        String text = typed.strip();
        if (text.isEmpty()) {
            return state;
        }
        if (text.matches("\\d{1,3}%")) {
            return toPercent(state, Integer.parseInt(text.substring(0, text.length() - 1)));
        }
        if (text.matches("[+-]\\d{1,9}")) {
            return toRelative(state, Integer.parseInt(text));
        }
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || !text.matches("\\d+")) {
            return state.withMessage("Not a paragraph number, +N, -N or N%: " + Sanitizer.line(text));
        }
        // Beyond the part numbered so far it waits for the number (Reading.toParagraph).
        if (number < 1 || (numbering.complete() && number > numbering.count())) {
            return state.withMessage("No paragraph " + Sanitizer.line(text) + " (1-" + count + ")");
        }
        return reading.toParagraph(state, number);
    }

    /** {@code N%}: that far through, by paragraphs in memory and by bytes in a large file (as less's p). */
    private AppState toPercent(AppState state, int percent) {
        if (percent > 100) {
            return state.withMessage("Not a percentage: " + percent + "% (0-100%)");
        }
        long place = state.reader().window().text().placeAtPercent(percent);
        return place < 0 ? state : reading.toPlace(state, place);
    }

    /** {@code +N}/{@code -N}: paragraphs on or back from the current one, kept inside the document. */
    private AppState toRelative(AppState state, int by) {
        ReaderState reader = state.reader();
        if (reader.estimated()) {
            return state.withMessage("Paragraphs here are not numbered yet: try again in a moment, or use N%");
        }
        Numbering numbering = reader.window().numbering();
        int last = numbering.complete() ? numbering.count() : Integer.MAX_VALUE;
        int target = (int) Math.max(1, Math.min((long) reader.current() + by, last));
        return reading.toParagraph(state, target);
    }

    // ---- help ----

    /** The first key that opens the help in {@code tables}, for the hint after an unknown key. */
    private static String helpKey(KeyTables tables) {
        return tables.global().binding(Action.HELP).map(b -> b.keys().get(0).label()).orElse("?");
    }

    private Next helpKey(AppState state, KeyInput key) {
        Optional<Action> action = state.keys().of(Screen.READER).actionFor(key);
        int top = state.help().top();
        int rows = Math.max(1, state.size().rows() - 1);
        if (state.keys().global().actionFor(key).filter(a -> a == Action.QUIT && key.ctrl()).isPresent()) {
            return act(state, Action.QUIT);
        }
        if (action.isPresent()) {
            switch (action.get()) {
                case LINE_DOWN: return Next.of(state.withHelp(new AppState.Help(top + 1)));
                case LINE_UP: return Next.of(state.withHelp(new AppState.Help(Math.max(0, top - 1))));
                case PAGE_DOWN: return Next.of(state.withHelp(new AppState.Help(top + rows)));
                case PAGE_UP: return Next.of(state.withHelp(new AppState.Help(Math.max(0, top - rows))));
                default: break;
            }
        }
        return Next.of(state.withHelp(null));
    }

    // ---- size and layout ----

    private AppState resized(AppState state, Size size) {
        AppState sized = state.withSize(size);
        sized = sized.withList(sized.list().select(sized.list().selected(), Geometry.listRows(size)));
        if (sized.librarySearch() != null) {
            LibrarySearch results = sized.librarySearch();
            sized = sized.withLibrarySearch(results.withList(
                    results.list().select(results.list().selected(), Geometry.listRows(size))));
        }
        sized = sized.withShown(sized.shown().resized(size));
        return reading.relayout(sized);
    }

    /** More of a large document is indexed: its entry keeps it; the open reader is numbered anew. */
    private AppState indexed(AppState state, Msg.Indexed msg) {
        List<LibraryDocument> entries = new java.util.ArrayList<>(state.entries());
        int changed = -1;
        for (int i = 0; i < entries.size(); i++) {
            LibraryDocument entry = entries.get(i);
            LibraryDocument numbered = entry.path().equals(msg.path()) ? entry.withSnapshot(msg.snapshot()) : entry;
            if (numbered != entry) { // a large row, numbered as it is indexed; any other stays itself
                entries.set(i, numbered);
                changed = i;
            }
        }
        AppState updated = state.withEntries(entries);
        ReaderState reader = updated.reader();
        if (changed < 0 || reader == null || reader.entry() != changed) {
            return updated;
        }
        AppState renumbered = reading.indexed(updated, msg.snapshot());
        // The gutter may widen as the count grows: lay out again when the width changed.
        Geometry geometry = renumbered.geometry();
        if (geometry.textWidth() != renumbered.reader().textWidth()) {
            renumbered = renumbered.withReader(reading.relayout(renumbered.reader(), geometry));
        }
        return renumbered;
    }

    /**
     * More of a streamed document arrived: its entry holds it, and the open reader shows it from
     * the same place (the text before only grew at its end, so the place is still there).
     */
    private AppState arrived(AppState state, Msg.Arrived msg) {
        if (msg.entry() < 0 || msg.entry() >= state.entries().size()) {
            return state;
        }
        List<LibraryDocument> entries = new java.util.ArrayList<>(state.entries());
        entries.set(msg.entry(), entries.get(msg.entry()).withDocument(msg.document()));
        AppState updated = state.withEntries(entries);
        ReaderState reader = updated.reader();
        if (reader == null || reader.entry() != msg.entry()) {
            return updated;
        }
        // Geometry first: the gutter may widen as the count grows (a pipe's text is in memory, whole).
        Document document = msg.document();
        Geometry geometry = Geometry.reader(updated.size(), updated.numbers(), updated.measure(),
                document.paragraphCount());
        return updated.withReader(reading.grown(reader, TextSnapshot.of(new WholeText(document)), geometry));
    }



}
