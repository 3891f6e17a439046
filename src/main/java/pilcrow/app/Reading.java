package pilcrow.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.layout.LineKind;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.Numbering;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * The reader's moves on every document, through its {@link Window}: a text in memory is laid out
 * whole ({@link DocumentText#laysOutWhole}), and moving in it lays nothing out again; of a large
 * one only the paragraphs a few screens above and below the place are laid out, and moving near
 * the window's edge lays out a new window around the new place.
 * Places are the text's own ({@link DocumentText}: byte offsets in a large file), so moving needs
 * no index; numbers come from the {@link Numbering} as far as it is built, else they are estimated
 * (and said to be). Each paragraph is laid out as its block, kinds kept.
 * Pure functions of the state and the text, like {@link App}.
 */
final class Reading {

    static final LayoutLine BLANK = new LayoutLine(LineKind.BLANK, 0, BlockKind.PARAGRAPH, "", "", 0, 0, false);

    private final DocumentLayout layout;

    Reading(DocumentLayout layout) {
        this.layout = layout;
    }

    /** Lines kept laid out above and below the top: a few screens, or all of a text laid out whole. */
    private static int margin(DocumentText text, int rows) {
        return text.laysOutWhole() ? Integer.MAX_VALUE / 4 : 2 * Math.max(4, rows) + 2;
    }

    // ---- building windows ----

    /**
     * Lays out the paragraphs after (or before) {@code from} into {@code places} and {@code blocks}
     * until {@code wanted} lines are there, counting the {@code have} already laid out on that side.
     *
     * @return the next place that way, or -1 when the text ended there
     */
    private long walk(DocumentText text, long from, boolean ahead, int have, int wanted, int width,
                      List<Long> places, List<List<LayoutLine>> blocks) {
        int lines = have;
        long at = ahead ? text.next(from) : text.previous(from);
        while (at >= 0 && lines < wanted) {
            List<LayoutLine> block = layout.block(text.block(at), width);
            places.add(at);
            blocks.add(block);
            lines += block.size() + 1;
            at = ahead ? text.next(at) : text.previous(at);
        }
        return at;
    }

    /**
     * A window around paragraph {@code place}, with the line holding char {@code offset} of it
     * {@code rowsBelow} rows below the top; numbered like {@code previous} where they overlap (so
     * estimates do not jump as the window moves), else from the index.
     */
    ReaderState around(ReaderState reader, TextSnapshot snapshot, long place, int offset,
                       int rowsBelow, int width, int rows, Window previous) {
        return around(reader, snapshot, place, -1, offset, rowsBelow, width, rows, previous);
    }

    /**
     * As above, the paragraph at {@code place} known to be number {@code placeNumber} (a match the
     * search counted its way to, beyond the indexed part): the window is numbered exactly from it.
     * -1: not known.
     */
    private ReaderState around(ReaderState reader, TextSnapshot snapshot, long place, int placeNumber, int offset,
                               int rowsBelow, int width, int rows, Window previous) {
        DocumentText text = snapshot.text();
        Numbering numbering = snapshot.numbering();
        if (place < 0) {
            List<LayoutLine> lines = new ArrayList<>(layout.layout(text.title(), List.of(), text.source().orElse(null), width));
            Window window = Window.empty(snapshot);
            return new ReaderState(reader.entry(), text.standIn(), lines, width, 0, 0, null, window);
        }
        int before = Math.max(0, rowsBelow) + margin(text, rows);
        int after = Math.max(0, -rowsBelow) + margin(text, rows) + rows;
        List<LayoutLine> first = layout.block(text.block(place), width);
        int anchorLine = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).start() <= offset) {
                anchorLine = i;
            }
        }
        // Collected backwards, then turned round: inserting at the front would be quadratic in a whole text.
        List<Long> places = new ArrayList<>();
        List<List<LayoutLine>> blocks = new ArrayList<>();
        long back = walk(text, place, false, anchorLine, before, width, places, blocks);
        Collections.reverse(places);
        Collections.reverse(blocks);
        int anchorBlock = places.size(); // the place's own block, between those before and after
        places.add(place);
        blocks.add(first);
        long ahead = walk(text, place, true, first.size() - anchorLine - 1, after, width, places, blocks);
        boolean atStart = back < 0;
        boolean atEnd = ahead < 0;
        // The pieces of a long paragraph share its number: steps[i] counts the paragraphs begun after the first place.
        boolean[] continues = new boolean[places.size()];
        int[] steps = new int[places.size()];
        for (int i = 0; i < places.size(); i++) {
            continues[i] = text.continues(places.get(i));
            steps[i] = i == 0 ? 0 : steps[i - 1] + (continues[i] ? 0 : 1);
        }
        int firstNumber;
        boolean exact;
        int known = continues[0] ? numbering.numberHolding(places.get(0)) : numbering.numberAt(places.get(0));
        if (atStart) {
            firstNumber = 1;
            exact = true;
        } else if (known >= 1) {
            firstNumber = known;
            exact = true;
        } else if (placeNumber >= 1) {
            firstNumber = Math.max(1, placeNumber - steps[anchorBlock]);
            exact = true;
        } else {
            firstNumber = previous == null || previous.text() != text ? -1 : continued(previous, numbering, places, steps);
            if (firstNumber < 0) {
                firstNumber = estimate(text, numbering, places.get(0), atEnd ? steps[steps.length - 1] + 1 : -1);
            }
            exact = false;
        }
        List<LayoutLine> lines = new ArrayList<>();
        if (atStart) {
            lines.addAll(layout.layout(text.title(), List.of(), null, width));
        }
        int anchorIndex = 0;
        List<Integer> numbers = new ArrayList<>();
        List<Integer> firstLines = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (!lines.isEmpty() && !continues[b]) {
                lines.add(BLANK); // a piece goes on where the one before it stopped
            }
            if (b == anchorBlock) {
                anchorIndex = lines.size() + anchorLine;
            }
            int number = firstNumber + steps[b];
            numbers.add(number);
            firstLines.add(lines.size());
            for (LayoutLine line : blocks.get(b)) {
                lines.add(new LayoutLine(line.kind(), number, line.blockKind(), line.prefix(), line.text(),
                        line.start(), line.end(), line.first() && !continues[b]));
            }
        }
        if (atEnd && text.source().isPresent()) {
            lines.addAll(layout.layout(null, List.of(), text.source().get(), width));
        }
        Window window = new Window(snapshot, places, numbers, firstLines, exact, atStart, atEnd, 0);
        ReaderState laid = new ReaderState(reader.entry(), text.standIn(), lines, width, 0, 0, null, window);
        int top = Math.max(0, anchorIndex - rowsBelow);
        if (atEnd) {
            top = Math.min(top, laid.maxTop(rows));
        }
        return laid.withTop(top).withCurrent(laid.paragraphAt(top));
    }

    /** The first number, carried on from a window that shares a paragraph with this one; -1 if none does. */
    private static int continued(Window previous, Numbering numbering, List<Long> places, int[] steps) {
        if (previous == null || previous.places().isEmpty()) {
            return -1;
        }
        for (int i = 0; i < places.size(); i++) {
            int number = previous.numberOf(places.get(i));
            if (number >= 1) {
                return Math.max(numbering.count() + 1, number - steps[i]);
            }
        }
        return -1;
    }

    /**
     * A number for the paragraph at {@code place} beyond the indexed part: in proportion to the bytes
     * left; with {@code lastCount} (a window at the end), so that the last paragraph gets the estimated total.
     */
    private static int estimate(DocumentText text, Numbering numbering, long place, int lastCount) {
        int total = numbering.estimatedTotal(text.estimatedParagraphs());
        int known = numbering.count();
        if (lastCount > 0) {
            return Math.max(known + 1, total - lastCount + 1);
        }
        long done = numbering.numberedUpTo();
        long rest = Math.max(1, text.size() - done);
        long guess = known + 1 + Math.round((double) Math.max(0, place - done) * Math.max(0, total - known) / rest);
        return (int) Math.max(known + 1, Math.min(Integer.MAX_VALUE - 1_000_000, guess));
    }

    // ---- opening ----

    /**
     * Opens entry {@code index} in the reader; with {@code resume}, where the reader left it last
     * time, else at the top (the caller moves to a bookmark or a match). The document still open
     * behind the list comes back as it was, laid out for the screen now.
     */
    AppState open(AppState state, int index, boolean resume) {
        if (index < 0) {
            return state.withMessage(state.entries().isEmpty() ? "The library is empty" : "Nothing matches the filter");
        }
        LibraryDocument entry = state.entries().get(index);
        if (entry.unread()) {
            throw new Detour(msg -> new Effect.Load(index, entry, msg)); // App.update has the edge read it
        }
        if (!entry.readable()) {
            return state.withMessage("cannot open " + Sanitizer.line(entry.path()) + ": " + entry.problem());
        }
        ReaderState reader = state.reader();
        AppState opened = state.withShown(PlainScreen.READER);
        if (reader == null || reader.entry() != index) {
            TextSnapshot snapshot = entry.text();
            Geometry geometry = Geometry.reader(state.size(), state.numbers(), state.measure(),
                    snapshot.numbering().estimatedTotal(snapshot.text().estimatedParagraphs()));
            // Matches belong to the document they were found in.
            AppState fresh = opened.withSearch(null).withReader(open(index, snapshot, geometry));
            return resume ? resume(fresh, ReadingPositions.savedPlace(fresh, index)) : fresh;
        }
        return opened.withReader(relayout(reader, opened));
    }

    /**
     * A message needs a file read first: a large library's row not read yet ({@link Effect.Load}),
     * or a file the jump history walks to that the list no longer holds, as a folder opened since
     * replaced the library ({@link Effect.OpenPath}). Thrown from wherever the message needed it, so
     * that {@link App#update} drops the step and asks the edge for the read, whose answer brings the
     * message back. The step had changed nothing: states are values.
     */
    static final class Detour extends RuntimeException {
        private final transient Function<Msg, Effect.Read> read;

        Detour(Function<Msg, Effect.Read> read) {
            super(null, null, false, false);
            this.read = read;
        }

        /** The read to do, with {@code msg} handled again once it is done. */
        Effect.Read readThen(Msg msg) {
            return read.apply(msg);
        }
    }

    // ---- moving ----

    /** The document opened at its start; a title taller than the screen gives way to the first paragraph. */
    ReaderState open(int entry, TextSnapshot snapshot, Geometry geometry) {
        ReaderState blank = new ReaderState(entry, snapshot.text().standIn(), List.of(), geometry.textWidth(), 0, 0,
                null, Window.empty(snapshot));
        ReaderState laid = around(blank, snapshot, snapshot.text().first(), 0, 0, geometry.textWidth(),
                geometry.bodyRows(), null);
        laid = laid.withTop(0).withCurrent(laid.paragraphAt(0));
        return laid.withTop(ListState.clamp(keepVisible(laid, 0, geometry.bodyRows()), 0,
                laid.maxTop(geometry.bodyRows())));
    }

    /** Moves {@code top} so that some of the current paragraph is on screen. */
    static int keepVisible(ReaderState reader, int top, int rows) {
        if (reader.current() == 0) {
            return top;
        }
        int first = reader.firstLineOf(reader.current());
        int last = reader.lastLineOf(reader.current());
        return last < top || first >= top + Math.max(1, rows) ? first : top;
    }

    /**
     * Scrolls to line {@code target} of the window, laying out a new window when it comes near an
     * edge (a whole text has none); a key that cannot move says so and leaves the current paragraph alone.
     */
    AppState scroll(AppState state, int target) {
        ReaderState reader = state.reader();
        Window window = reader.window();
        int rows = Math.max(1, state.geometry().bodyRows());
        int size = reader.lines().size();
        if (target < reader.top() && window.atStart() && reader.top() == 0) {
            return state.withMessage("Top of the document");
        }
        if (target > reader.top() && window.atEnd() && reader.top() >= reader.maxTop(rows)) {
            return state.withMessage("End of the document");
        }
        if (target == reader.top()) {
            return state;
        }
        boolean inside = (window.atStart() || target >= rows) && (window.atEnd() || target + 2 * rows <= size)
                && target >= 0 && target < size;
        if (inside || window.laidOutWhole()) {
            return state.withReader(reader.scrolledTo(target, rows));
        }
        int ref = Math.max(0, Math.min(size - 1, target));
        int line = paragraphLine(reader, ref);
        if (line < 0) {
            return state.withReader(reader.scrolledTo(target, rows));
        }
        LayoutLine at = reader.lines().get(line);
        ReaderState moved = around(reader, window.snapshot(), window.placeAt(line), at.start(),
                line - target, reader.textWidth(), rows, window);
        return state.withReader(moved.scrolledTo(moved.top(), rows));
    }

    /** The first line at or below {@code from} that belongs to a paragraph, else the last one above; -1 if none. */
    private static int paragraphLine(ReaderState reader, int from) {
        List<LayoutLine> lines = reader.lines();
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).paragraph() > 0 && reader.window().placeOf(lines.get(i).paragraph()) >= 0) {
                return i;
            }
        }
        for (int i = Math.min(from, lines.size() - 1); i >= 0; i--) {
            if (lines.get(i).paragraph() > 0 && reader.window().placeOf(lines.get(i).paragraph()) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code g}: the start, title and all. */
    AppState top(AppState state) {
        ReaderState reader = state.reader();
        Window window = reader.window();
        Geometry geometry = state.geometry();
        if (window.atStart() && reader.top() == 0) {
            return state; // already there: nothing to say (as a document in memory has always had it)
        }
        if (window.laidOutWhole()) {
            return state.withReader(reader.scrolledTo(0, geometry.bodyRows()));
        }
        ReaderState laid = around(reader, window.snapshot(), window.text().first(), 0, 0,
                reader.textWidth(), geometry.bodyRows(), window);
        return state.withReader(laid.withTop(0).withCurrent(laid.paragraphAt(0)));
    }

    /** {@code G}: the end at once, read backwards from the end of the file; numbered once indexed. */
    AppState bottom(AppState state) {
        ReaderState reader = state.reader();
        Window window = reader.window();
        int rows = state.geometry().bodyRows();
        if (window.laidOutWhole()) {
            return state.withReader(window.places().isEmpty() ? reader.scrolledTo(reader.maxTop(rows), rows)
                    : reader.atParagraph(window.lastNumber(), rows).withTop(reader.maxTop(rows)));
        }
        ReaderState laid = around(reader, window.snapshot(), window.text().last(), 0, 0, reader.textWidth(), rows,
                window);
        int last = laid.window().places().isEmpty() ? 0 : laid.window().lastNumber();
        return state.withReader(laid.withTop(laid.maxTop(rows)).withCurrent(last));
    }

    /** {@code }} and {@code {}: the next or previous paragraph to the top. */
    AppState step(AppState state, boolean forward) {
        ReaderState reader = state.reader();
        Window window = reader.window();
        long current = currentPlace(reader);
        if (current < 0) {
            return state;
        }
        long target = forward ? window.text().next(current) : window.text().previous(current);
        if (target < 0) {
            return state.withMessage(forward ? "Already at the last paragraph" : "Already at the first paragraph");
        }
        return state.withReader(at(state, reader, target, window));
    }

    /** The current paragraph's place; in a paragraph shown in pieces, the piece at the top. */
    private static long currentPlace(ReaderState reader) {
        Window window = reader.window();
        int top = Math.min(reader.top(), reader.lines().size() - 1);
        if (top >= 0 && reader.lines().get(top).paragraph() == reader.current()) {
            long place = window.placeAt(top);
            if (place >= 0) {
                return place;
            }
        }
        return window.placeOf(reader.current());
    }

    /** A piece of a long paragraph (a match in it) at the top, made current. */
    AppState toPlace(AppState state, long place) {
        ReaderState reader = state.reader();
        return state.withReader(at(state, reader, place, reader.window()));
    }

    /** Paragraph {@code place} at the top (or as near as the end allows), made current. */
    private ReaderState at(AppState state, ReaderState reader, long place, Window previous) {
        int rows = state.geometry().bodyRows();
        if (previous.laidOutWhole() && previous.numberOf(place) >= 0) {
            return reader.atParagraph(previous.numberOf(place), rows); // in the window: no layout again
        }
        ReaderState laid = around(reader, previous.snapshot(), place, 0, 0, reader.textWidth(), rows,
                previous);
        return laid.withCurrent(laid.window().numberOf(place));
    }

    /**
     * {@code :N}, a bookmark, a match: paragraph {@code number}, now or once it is indexed. Past the
     * end of a text numbered to its end, its last paragraph (issue 19, D3: a bookmark or a place
     * left in a document that has since grown shorter).
     */
    AppState toParagraph(AppState state, int number) {
        return toParagraph(state, number, -1);
    }

    /**
     * As above, for paragraph {@code number} known to start at {@code place} (a match in a large
     * document; -1: not known): there at once even before the index numbers it.
     */
    AppState toParagraph(AppState state, int number, long place) {
        ReaderState reader = state.reader();
        Window window = reader.window();
        Numbering numbering = window.numbering();
        if (number < 1) {
            return state.withMessage("Already at the first paragraph");
        }
        if (window.exact() && window.startOf(number) >= 0) {
            return state.withReader(at(state, reader, window.startOf(number), window));
        }
        if (number <= numbering.count()) {
            return state.withReader(at(state, reader, numbering.placeOf(number), window));
        }
        if (numbering.complete()) {
            return numbering.count() == 0 ? state : toParagraph(state, numbering.count());
        }
        if (place >= 0 && !window.laidOutWhole()) {
            ReaderState laid = around(reader, window.snapshot(), place, number, 0, 0, reader.textWidth(),
                    state.geometry().bodyRows(), window);
            return state.withReader(laid.withCurrent(number));
        }
        return state.withReader(reader.withWindow(window.withPending(number)))
                .withMessage(pendingNote(number, numbering));
    }

    /**
     * A document just opened, taken to where it was left ({@code place}), with a note: there at once
     * when it is numbered that far, else once it is, as {@code :N} goes. Past the end of a text
     * numbered to its end (it has grown shorter), its last paragraph (issue 19, D3). Nothing when
     * there is no place.
     */
    AppState resume(AppState state, Place place) {
        Numbering numbering = state.reader().window().numbering();
        if (place == null || place.equals(Place.TOP) || (numbering.complete() && numbering.count() == 0)) {
            return state;
        }
        AppState there = goTo(state, place);
        return there.reader().window().pending() > 0 ? there
                : there.withMessage("Back at \u00b6" + there.reader().current() + ", where you left off");
    }

    /**
     * The open document at {@code place}, its top line where that place starts: where it was left,
     * or where a jump left it. As {@link #resume} goes, without a note.
     */
    AppState goTo(AppState state, Place place) {
        ReaderState reader = state.reader();
        Window window = reader.window();
        Numbering numbering = window.numbering();
        if (place.equals(Place.TOP)) {
            // g leaves the current paragraph alone when the top already shows: the top's is wanted here.
            AppState top = top(state);
            return top.withReader(top.reader().withCurrent(top.reader().paragraphAt(0)));
        }
        if (numbering.complete() && numbering.count() == 0) {
            return state;
        }
        int number = place.paragraph();
        int offset = place.offset();
        if (number > numbering.count()) {
            if (!numbering.complete()) {
                return toParagraph(state, number);
            }
            number = numbering.count();
            offset = 0;
        }
        int rows = state.geometry().bodyRows();
        ReaderState placed;
        if (window.laidOutWhole()) {
            int line = new Anchor(number, offset, 0).lineIn(reader);
            placed = reader.withTop(ListState.clamp(line, 0, reader.maxTop(rows))).withCurrent(number);
        } else {
            long at = numbering.placeOf(number);
            ReaderState laid = around(reader, window.snapshot(), at, offset, 0, reader.textWidth(), rows, window);
            placed = laid.withCurrent(laid.window().numberOf(at));
        }
        return state.withReader(placed);
    }

    static String pendingNote(int number, Numbering numbering) {
        return "Going to \u00b6" + number + " once it is indexed (" + numbering.percent() + "% so far)\u2026";
    }

    /** Lays the open document out again, keeping the reader's place and current paragraph on screen. */
    AppState relayout(AppState state) {
        if (state.reader() == null) {
            return state;
        }
        return state.withReader(relayout(state.reader(), state));
    }

    private ReaderState relayout(ReaderState reader, AppState state) {
        Geometry geometry = Geometry.reader(state.size(), state.numbers(), state.measure(),
                reader.paragraphCount());
        return relayout(reader, geometry);
    }

    /** A new width or screen: the same place laid out again. */
    ReaderState relayout(ReaderState reader, Geometry geometry) {
        if (reader.window().laidOutWhole()) {
            return relayoutWhole(reader, geometry);
        }
        Anchor anchor = reader.anchor() != null ? reader.anchor() : Anchor.of(reader);
        Window window = reader.window();
        long place = anchor.place() >= 0 && window.numberOf(anchor.place()) >= 0 ? anchor.place()
                : window.placeOf(anchor.paragraph());
        ReaderState laid;
        if (reader.top() == 0 && window.atStart()) {
            laid = around(reader, window.snapshot(), window.text().first(), 0, 0, geometry.textWidth(),
                    geometry.bodyRows(), window);
            laid = keepCurrent(laid.withTop(0), window, reader.current());
            anchor = null;
        } else {
            if (place < 0) {
                place = window.places().isEmpty() ? window.text().last()
                        : window.places().get(window.places().size() - 1);
                anchor = new Anchor(0, 0, 0);
            }
            laid = around(reader, window.snapshot(), place, anchor.offset(), anchor.rowsBelowTop(),
                    geometry.textWidth(), geometry.bodyRows(), window);
            laid = keepCurrent(laid, window, reader.current());
        }
        // Some of the current paragraph stays on screen, at the top of the document too.
        int rows = Math.max(1, geometry.bodyRows());
        int current = laid.current();
        if (current > 0 && laid.window().placeOf(current) >= 0) {
            int first = laid.firstLineOf(current);
            int last = laid.lastLineOf(current);
            if (last < laid.top() || first >= laid.top() + rows) {
                laid = laid.withTop(Math.max(0, Math.min(first, laid.maxTop(rows)))).withCurrent(current);
            }
        }
        return laid.withAnchor(anchor);
    }

    /**
     * A whole text laid out again only when the width changed (a new height keeps the lines). The
     * place is kept from the first relayout on, so resizing back and forth returns exactly.
     */
    private ReaderState relayoutWhole(ReaderState reader, Geometry geometry) {
        int width = geometry.textWidth();
        int rows = geometry.bodyRows();
        boolean fresh = reader.lines().isEmpty();
        Window window = reader.window();
        ReaderState laid = fresh || reader.textWidth() != width
                ? around(reader, window.snapshot(), window.text().first(), 0, 0, width, rows, window) : reader;
        Anchor anchor = fresh || reader.top() == 0 ? null : reader.anchor() != null ? reader.anchor() : Anchor.of(reader);
        laid = new ReaderState(reader.entry(), laid.document(), laid.lines(), width, 0, reader.current(), anchor,
                laid.window());
        int top = anchor == null ? 0 : anchor.lineIn(laid);
        top = keepVisible(laid, top, rows);
        return laid.withTop(ListState.clamp(top, 0, laid.maxTop(rows))).withAnchor(anchor);
    }

    /**
     * The same text grown at its end (a pipe's, as it arrives), laid out whole anew: the current
     * paragraph kept (or the first, once there is one), the top line's place found again.
     */
    ReaderState grown(ReaderState reader, TextSnapshot grown, Geometry geometry) {
        int count = grown.numbering().count();
        int current = reader.current() == 0 ? Math.min(1, count) : Math.min(reader.current(), count);
        Anchor anchor = reader.anchor() != null ? reader.anchor() : reader.top() == 0 ? null : Anchor.of(reader);
        ReaderState laid = around(reader, grown, grown.text().first(), 0, 0, geometry.textWidth(),
                geometry.bodyRows(), null);
        laid = new ReaderState(reader.entry(), laid.document(), laid.lines(), geometry.textWidth(), 0, current, null,
                laid.window());
        int top = anchor == null ? 0 : anchor.lineIn(laid);
        return laid.withTop(ListState.clamp(top, 0, laid.maxTop(geometry.bodyRows()))).withAnchor(reader.anchor());
    }

    private static ReaderState keepCurrent(ReaderState laid, Window before, int current) {
        long place = before.placeOf(current);
        int number = place < 0 ? -1 : laid.window().numberOf(place);
        return number > 0 ? laid.withCurrent(number) : laid;
    }

    /**
     * More of the index (or the text read another way): the same place numbered anew, and a
     * paragraph waited for gone to once it is known.
     */
    AppState indexed(AppState state, TextSnapshot snapshot) {
        DocumentText text = snapshot.text();
        Numbering numbering = snapshot.numbering();
        ReaderState reader = state.reader();
        Window window = reader.window();
        int rows = state.geometry().bodyRows();
        Anchor anchor = Anchor.of(reader);
        long place = anchor.place() >= 0 ? anchor.place() : window.placeOf(anchor.paragraph());
        long currentPlace = window.placeOf(reader.current());
        if (text != window.text()) {
            place = place < 0 ? -1 : text.placeAt(place);
            currentPlace = currentPlace < 0 ? -1 : text.placeAt(currentPlace);
        }
        ReaderState laid;
        if (reader.top() == 0 && window.atStart()) {
            laid = around(reader, snapshot, text.first(), 0, 0, reader.textWidth(), rows, null).withTop(0);
        } else if (place < 0) {
            laid = around(reader, snapshot, text.last(), 0, 0, reader.textWidth(), rows, null);
            laid = laid.withTop(laid.maxTop(rows));
        } else {
            laid = around(reader, snapshot, place, anchor.offset(), anchor.rowsBelowTop(), reader.textWidth(), rows,
                    null);
        }
        int number = currentPlace < 0 ? -1 : laid.window().numberOf(currentPlace);
        laid = (number > 0 ? laid.withCurrent(number) : laid.withCurrent(laid.paragraphAt(laid.top())))
                .withAnchor(reader.anchor());
        AppState renumbered = state.withReader(laid);
        int pending = window.pending();
        if (pending <= 0) {
            return renumbered;
        }
        if (pending <= numbering.count()) {
            AppState landed = toParagraph(renumbered, pending);
            return landed.message().startsWith("Going to") ? landed.withMessage("") : landed;
        }
        if (numbering.complete()) {
            return renumbered.withMessage("No paragraph " + pending + " (1-" + numbering.count() + ")");
        }
        return renumbered.withReader(laid.withWindow(laid.window().withPending(pending)))
                .withMessage(pendingNote(pending, numbering));
    }
}
