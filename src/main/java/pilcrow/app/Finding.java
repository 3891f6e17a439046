package pilcrow.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pilcrow.app.AppState.Screen;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.layout.LineKind;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.Stepper;

/**
 * Find, as the state machine does it: the incremental find prompt, results arriving from the
 * background, n and N, and the search across the library. Pure functions of the state, like
 * {@link App}; the searching itself is an {@link Effect} carried out at the edge.
 */
final class Finding {

    static final String WRAPPED_TO_TOP = "Wrapped to top";
    static final String WRAPPED_TO_BOTTOM = "Wrapped to bottom";

    private Finding() {
    }

    // ---- the find prompt ----

    /**
     * {@code /}: a find prompt, remembering where the reader is so Esc can go back, and the search
     * so far so Esc can bring it back (stopped, if it was still running: its results would be
     * taken for stale from now on).
     */
    static Next openPrompt(AppState state) {
        Search before = state.search();
        AppState prompted = state.withPrompt(Prompt.of(Prompt.Kind.FIND))
                .withSearch(idle(SearchQuery.literal(""), state.reader())
                        .withPrevious(before == null ? null : before.stopped()));
        return before != null && before.running()
                ? Next.of(prompted, new Effect.CancelSearch(before.id()))
                : Next.of(prompted);
    }

    /** A search that is not searching: an empty or invalid pattern in the prompt. */
    private static Search idle(SearchQuery query, ReaderState origin) {
        return Search.start(0, query, 0, origin, null).stopped();
    }

    /** A background search failed: stop it and say why in one line. */
    static AppState failed(AppState state, Msg.SearchFailed failed) {
        String message = "Search failed: " + Sanitizer.line(failed.reason());
        if (state.search() != null && state.search().id() == failed.id()) {
            return state.withSearch(state.search().stopped()).withMessage(message);
        }
        if (state.librarySearch() != null && state.librarySearch().id() == failed.id()) {
            return state.withLibrarySearch(state.librarySearch().stopped()).withMessage(message);
        }
        return state;
    }

    /** The pattern changed: search again from where the reader was when the prompt opened. */
    static Next incremental(Reading reading, AppState state) {
        Search old = state.search();
        ReaderState origin = old == null ? state.reader() : old.origin();
        Search previous = old == null ? null : old.previous();
        AppState back = Finding.restore(reading, state, origin);
        List<Effect> effects = new ArrayList<>();
        if (old != null && old.running()) {
            effects.add(new Effect.CancelSearch(old.id()));
        }
        Prompt prompt = state.prompt();
        SearchQuery query = new SearchQuery(prompt.text(), prompt.regex(), pilcrow.core.find.CaseMode.SMART);
        if (prompt.text().isEmpty()) {
            return new Next(back.withSearch(idle(query, origin).withPrevious(previous)), effects);
        }
        Pattern pattern;
        try {
            pattern = query.compile();
        } catch (InvalidPatternException e) {
            return new Next(back.withSearch(idle(query, origin).withPrevious(previous)).withMessage(e.getMessage()),
                    effects);
        }
        long id = state.nextId();
        TextSnapshot snapshot = snapshotOf(state.reader());
        effects.add(new Effect.Find(id, snapshot, query, pattern));
        int total = snapshot.text().progressTotal();
        return new Next(back.withNextId(id + 1)
                .withSearch(Search.start(id, query, total, origin, null).withPrevious(previous)), effects);
    }

    /** Enter: keep the view where the find took it, and remember the pattern. */
    static Next keep(AppState state, Prompt prompt) {
        if (prompt.text().isEmpty()) {
            return Next.of(state.withSearch(state.search() == null ? null : state.search().previous()));
        }
        AppState kept = remember(state, prompt.text());
        Search search = kept.search();
        if (search != null && !search.running() && search.matches().isEmpty() && kept.message().isEmpty()) {
            kept = kept.withMessage("No match for " + Sanitizer.line(prompt.text()));
        }
        return Next.of(kept, new Effect.RememberSearch(prompt.text()));
    }

    /** Esc: stop searching, put the view back where it was, and the search before it. */
    static Next abandon(Reading reading, AppState state) {
        Search search = state.search();
        if (search == null) {
            return Next.of(state);
        }
        AppState back = restore(reading, state, search.origin()).withSearch(search.previous());
        return search.running() ? Next.of(back, new Effect.CancelSearch(search.id())) : Next.of(back);
    }

    static Prompt fromHistory(AppState state, boolean older) {
        Prompt prompt = state.prompt();
        List<String> history = state.history();
        int index = Math.max(0, Math.min(history.size(), prompt.historyIndex() + (older ? 1 : -1)));
        String text = index == 0 ? "" : history.get(history.size() - index);
        return prompt.withText(text, index);
    }

    static AppState remember(AppState state, String pattern) {
        List<String> history = new ArrayList<>(state.history());
        history.remove(pattern);
        history.add(pattern);
        while (history.size() > AppState.HISTORY_LIMIT) {
            history.remove(0);
        }
        return state.withHistory(history);
    }

    /**
     * The reader put back where it was when the prompt opened (every typed character does this, so
     * it lays nothing out unless the screen was resized meanwhile: then the same place at the width
     * shown now). Text that grew meanwhile (a pipe) keeps its new lines, scrolled back.
     */
    private static AppState restore(Reading reading, AppState state, ReaderState origin) {
        if (origin == null) {
            return state;
        }
        ReaderState now = state.reader();
        if (origin.window().text() != now.window().text()) {
            return state.withReader(now.scrolledTo(origin.top(), state.geometry().bodyRows())
                    .withCurrent(origin.current()));
        }
        ReaderState back = origin.withWindow(origin.window().withPending(0));
        if (origin.textWidth() != now.textWidth()) {
            back = reading.relayout(back, state.geometry());
        }
        return state.withReader(back);
    }

    // ---- results ----

    /** More matches arrived: keep them, and choose the current one if none is chosen yet. */
    static AppState results(Reading reading, AppState state, Msg.FindResults results) {
        Search search = state.search();
        if (search == null || search.id() != results.id()) {
            return state; // stale: the pattern has changed since
        }
        search = search.withResults(results.matches(), results.scanned(), results.done());
        AppState updated = state.withSearch(search);
        if (search.current() >= 0) {
            return updated;
        }
        int chosen = firstChoice(search);
        if (chosen >= 0) {
            return jumpTo(reading, updated, chosen, "");
        }
        if (!results.done()) {
            return updated;
        }
        if (search.matches().isEmpty()) {
            return updated.prompt() == null
                    ? updated.withMessage("No match for " + Sanitizer.line(search.query().pattern()))
                    : updated;
        }
        return jumpTo(reading, updated, 0, WRAPPED_TO_TOP);
    }

    /** The target match, else the first match at or after the origin; -1 when not known yet. */
    private static int firstChoice(Search search) {
        List<Match> matches = search.matches();
        if (search.target() != null) {
            return matches.indexOf(search.target());
        }
        Position from = Position.of(search.origin());
        for (int i = 0; i < matches.size(); i++) {
            if (!Position.of(matches.get(i)).isBefore(from)) {
                return i;
            }
        }
        return -1;
    }

    /** n and N: the next or previous match, wrapping around the document with a note. */
    static AppState step(Reading reading, AppState state, boolean forward) {
        Search search = state.search();
        if (search == null || search.query().pattern().isEmpty()) {
            return state.withMessage("No search yet: press / to find");
        }
        if (search.matches().isEmpty()) {
            return state.withMessage(search.running() ? "Still searching\u2026"
                    : "No match for " + Sanitizer.line(search.query().pattern()));
        }
        // With no match current, n and N alike go to the first match not above the view.
        List<Match> matches = search.matches();
        Position from = Position.of(state.reader());
        Stepper.Step step = Stepper.step(matches.size(), search.current(),
                i -> Position.of(matches.get(i)).isBefore(from) ? -1 : 1, forward || search.current() < 0);
        String note = switch (step.wrap()) {
            case TO_TOP -> WRAPPED_TO_TOP;
            case TO_BOTTOM -> WRAPPED_TO_BOTTOM;
            case NONE -> "";
        };
        return jumpTo(reading, state, step.index(), note);
    }

    /** Makes match {@code index} current and brings its first line on screen. */
    private static AppState jumpTo(Reading reading, AppState state, int index, String note) {
        Search search = state.search().withCurrent(index);
        Match match = search.matches().get(index);
        ReaderState reader = state.reader();
        boolean brought = false;
        // Bring the match's paragraph into the window first (a whole text always has it).
        Window window = reader.window();
        boolean there = match.inTitle() ? window.atStart()
                : match.inSource() ? window.atEnd()
                : match.inPiece() ? window.numberOf(match.piece()) >= 0
                : window.exact() && window.placeOf(match.paragraph()) >= 0;
        if (!there) {
            AppState near = bringNear(reading, state, match);
            reader = near.reader();
            brought = true;
            if (reader.window().pending() > 0) {
                return near.withSearch(search);
            }
        }
        int rows = state.geometry().bodyRows();
        int line = lineOf(reader, match);
        int top = reader.top();
        if (brought || line < top || line >= top + Math.max(1, rows)) {
            top = match.inTitle() ? 0 : Math.max(0, line - contextAbove(rows));
        }
        ReaderState moved = reader.scrolledTo(top, rows);
        if (match.inParagraph()) {
            moved = moved.withCurrent(match.paragraph());
        }
        return state.withSearch(search).withReader(moved).withMessage(note);
    }

    /**
     * A large document's window laid out around a match's paragraph (or piece), at the top; when
     * the paragraph is not indexed yet, a pending {@code :N} that lands once it is.
     */
    private static AppState bringNear(Reading reading, AppState state, Match match) {
        return match.inTitle() ? reading.top(state)
                : match.inSource() ? reading.bottom(state)
                : match.inPiece() ? reading.toPlace(state, match.piece())
                : reading.toParagraph(state, match.paragraph(), match.place());
    }

    /** Lines kept above a match brought on screen, so it is read in its context. */
    static int contextAbove(int rows) {
        return Math.min(2, rows / 4);
    }

    /** The layout line that holds the start of a match. */
    static int lineOf(ReaderState reader, Match match) {
        List<LayoutLine> lines = reader.lines();
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            boolean same = match.inTitle() ? line.kind() == LineKind.TITLE
                    : match.inSource() ? line.kind() == LineKind.SOURCE
                    : line.kind() == LineKind.BODY && line.paragraph() == match.paragraph()
                    && (!match.inPiece() || reader.window().placeAt(i) == match.piece());
            // A source line's offsets count after its dash (as the view's highlights do).
            int shift = match.inSource() ? DocumentLayout.SOURCE_DASH.length() : 0;
            if (same && line.start() <= match.start() + shift) {
                found = i;
            } else if (found >= 0 && !same) {
                break;
            }
        }
        return Math.max(0, found);
    }

    /**
     * A place in the document, comparable with a match: (paragraph, offset); the title is 0. In a
     * paragraph shown in pieces, the piece's place comes between the two (-1 when not known).
     */
    private record Position(int paragraph, long piece, int offset) {
        static Position of(Match match) {
            return new Position(match.paragraph(), match.piece(), match.start());
        }

        static Position of(ReaderState reader) {
            if (reader == null || reader.top() == 0 || reader.lines().isEmpty()) {
                return new Position(0, -1, 0);
            }
            for (int i = reader.top(); i < reader.lines().size(); i++) {
                LayoutLine line = reader.lines().get(i);
                if (line.paragraph() > 0) {
                    return new Position(line.paragraph(), reader.window().placeAt(i), line.start());
                }
            }
            return new Position(Integer.MAX_VALUE, -1, 0);
        }

        boolean isBefore(Position other) {
            if (paragraph != other.paragraph) {
                return paragraph < other.paragraph;
            }
            if (piece >= 0 && other.piece >= 0 && piece != other.piece) {
                return piece < other.piece;
            }
            return offset < other.offset;
        }
    }

    // ---- across the library ----

    static Next startLibrarySearch(AppState state, Prompt prompt) {
        if (prompt.text().isEmpty()) {
            return Next.of(state);
        }
        SearchQuery query = new SearchQuery(prompt.text(), prompt.regex(), pilcrow.core.find.CaseMode.SMART);
        Pattern pattern;
        try {
            pattern = query.compile();
        } catch (InvalidPatternException e) {
            return Next.of(state.withMessage(e.getMessage()));
        }
        long id = state.nextId();
        List<Effect> effects = new ArrayList<>();
        if (state.librarySearch() != null && state.librarySearch().running()) {
            effects.add(new Effect.CancelSearch(state.librarySearch().id()));
        }
        effects.add(new Effect.FindInLibrary(id, state.entries(), query, pattern));
        effects.add(new Effect.RememberSearch(prompt.text()));
        LibrarySearch search = new LibrarySearch(id, query, List.of(), new ListState(0, 0, "", List.of()), true, 0,
                state.entries().size());
        AppState started = remember(state, prompt.text()).withNextId(id + 1).withLibrarySearch(search)
                .withShown(PlainScreen.RESULTS);
        return new Next(started, effects);
    }

    static AppState libraryResults(AppState state, Msg.LibraryResults results) {
        LibrarySearch search = state.librarySearch();
        if (search == null || search.id() != results.id()) {
            return state;
        }
        LibrarySearch more = search.withHits(results.hits(), results.scanned(), results.partPerMille(), results.done());
        ListState list = more.list();
        more = more.withList(new ListState(list.selected(), list.top(), "", ListState.all(more.hits().size())));
        return state.withLibrarySearch(more);
    }

    /**
     * {@code F} outside the results: the last search's results again, at the row left, until a
     * new search (in the results, {@code F} or {@code /} starts one); with none yet, the prompt.
     */
    static Next showResults(AppState state) {
        return state.librarySearch() == null ? Next.of(state.withPrompt(Prompt.of(Prompt.Kind.LIBRARY_FIND)))
                : Next.of(state.withShown(PlainScreen.RESULTS));
    }

    static Next resultsAction(Reading reading, AppState state, Action action) {
        LibrarySearch search = state.librarySearch();
        // The hits shown are the list's rows (libraryResults keeps them in step).
        var moved = SelectableList.moved(search.list(), action, Geometry.listRows(state.size()));
        if (moved.isPresent()) {
            return Next.of(state.withLibrarySearch(search.withList(moved.get())));
        }
        return switch (action) {
            case OPEN -> openHit(reading, state);
            case BACK -> search.running()
                    ? Next.of(state.withLibrarySearch(search.stopped()).withMessage("Search stopped"),
                            new Effect.CancelSearch(search.id()))
                    : Next.of(state.withLibrarySearch(search.visiting(-1)).withShown(PlainScreen.LIST));
            case LIBRARY_FIND -> Next.of(state.withPrompt(Prompt.of(Prompt.Kind.LIBRARY_FIND)));
            case RANK -> Next.of(state.withLibrarySearch(search.reordered()).withMessage(search.ranked()
                    ? "In library order" : "Best matches first (BM25)"));
            default -> Next.of(state);
        };
    }

    /** Opens the selected hit's document at the match, with the same search ready for n and N. */
    private static Next openHit(Reading reading, AppState state) {
        LibrarySearch library = state.librarySearch();
        if (library.hits().isEmpty()) {
            return Next.of(state.withMessage(library.running() ? "Still searching\u2026" : "No matches"));
        }
        Hit hit = library.shown().get(library.list().selected());
        AppState opened = reading.open(state.withLibrarySearch(library.visiting(hit.entry())), hit.entry(), false);
        if (opened.reader() == null || opened.screen() != Screen.READER) {
            return Next.of(opened);
        }
        Pattern pattern;
        try {
            pattern = library.query().compile();
        } catch (InvalidPatternException e) {
            return Next.of(opened.withMessage(e.getMessage()));
        }
        long id = opened.nextId();
        TextSnapshot snapshot = snapshotOf(opened.reader());
        Search search = Search.start(id, library.query(), snapshot.text().progressTotal(), opened.reader(),
                hit.match());
        AppState ready = opened.withNextId(id + 1).withSearch(search);
        if (!hit.match().inTitle()) { // a title: it opened at the top
            // There at once (or once indexed, as :N goes), not only when the document's own search
            // below has scanned up to the match, which in a GiB takes a while; it highlights it then.
            // A whole window has the match already: this only moves in it.
            ready = bringNear(reading, ready, hit.match());
        }
        int rows = ready.geometry().bodyRows();
        ReaderState scrolled = ready.reader().scrolledTo(
                Math.max(0, lineOf(ready.reader(), hit.match()) - contextAbove(rows)), rows);
        // The match's paragraph is the current one, as n would make it, even when the end keeps it low on screen.
        boolean landed = hit.match().inParagraph() && ready.reader().window().pending() == 0;
        ready = ready.withReader(landed ? scrolled.withCurrent(hit.match().paragraph()) : scrolled);
        return Next.of(ready, new Effect.Find(id, snapshotOf(ready.reader()), library.query(), pattern));
    }

    /** What a find in the open document searches: the window's text as numbered when laid out. */
    private static TextSnapshot snapshotOf(ReaderState reader) {
        return reader.window().snapshot();
    }
}
