package pilcrow.app;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.library.BookmarkPlacer;
import pilcrow.library.LibraryDocument;

/** Bookmarks in the reader, as the state machine does them: making one, stepping between them. */
final class Bookmarking {

    private Bookmarking() {
    }

    /**
     * A large document's paragraph is bookmarked by its number, which is only known once the index
     * reaches it: an estimate saved would point elsewhere once counted.
     */
    static String notNumberedYet(AppState state) {
        return "This paragraph's number is still being counted (" + state.reader().window().numbering().percent()
                + "%): m works here once it is";
    }

    /**
     * {@code m}: the note prompt for a new bookmark; or, when the current paragraph has one already,
     * its note to change (a second bookmark on one paragraph would only be a silent duplicate).
     */
    static AppState markPrompt(AppState state) {
        return markHere(state).map(mark -> state.withPrompt(Prompt.of(Prompt.Kind.MARK_NOTE).withText(mark.note(), 0)))
                .orElseGet(() -> state.withPrompt(Prompt.of(Prompt.Kind.BOOKMARK_NOTE)));
    }

    /** Enter in the note prompt of {@link #markPrompt} on a bookmarked paragraph: its new note. */
    static Next editNoteHere(AppState state, String note) {
        return markHere(state).map(mark -> Next.of(state, new Effect.EditNote(mark.id(), note.strip())))
                .orElseGet(() -> add(state, note)); // gone meanwhile (deleted elsewhere): a new one
    }

    /** The newest bookmark on the open document's current paragraph, if any. */
    private static java.util.Optional<Mark> markHere(AppState state) {
        ReaderState reader = state.reader();
        return state.marksOfEntry(reader.entry()).stream().filter(m -> m.paragraph() == reader.current()).findFirst();
    }

    /** What {@code m} says on piped text: it has no file to keep a bookmark for. */
    static final String NEEDS_A_FILE = "Bookmarks need a file: piped text is not saved";

    /** Enter in the note prompt: save a bookmark on the current paragraph (the edge does it). */
    static Next add(AppState state, String note) {
        ReaderState reader = state.reader();
        if (reader.estimated()) {
            return Next.of(state.withMessage(notNumberedYet(state)));
        }
        int paragraph = reader.current();
        String path = state.entries().get(reader.entry()).path();
        // The text's fingerprint (a large file's is cheap: its size and ends), the quote from the paragraph.
        Window window = reader.window();
        long place = window.placeOf(paragraph);
        String quote = place < 0 ? "" : Anchors.quote(window.text().text(place));
        return Next.of(state, new Effect.AddBookmark(path, window.text().fingerprint(), paragraph, quote,
                note.strip()));
    }

    /** {@code ]} and {@code [}: the next or previous bookmarked paragraph of this document. */
    static AppState step(Reading reading, AppState state, boolean forward) {
        ReaderState reader = state.reader();
        List<Integer> marked = state.marksOfEntry(reader.entry()).stream()
                .map(Mark::paragraph).distinct().sorted().toList();
        if (marked.isEmpty()) {
            return state.withMessage("No bookmarks in this document: m makes one");
        }
        int current = reader.current();
        Integer target = null;
        List<Integer> order = new java.util.ArrayList<>(marked);
        if (!forward) {
            java.util.Collections.reverse(order);
        }
        for (int paragraph : order) {
            if (forward ? paragraph > current : paragraph < current) {
                target = paragraph;
                break;
            }
        }
        if (target == null) {
            return state.withMessage(forward ? "No bookmark after this one" : "No bookmark before this one");
        }
        return reading.toParagraph(state, target);
    }

    // ---- the bookmarks list ----

    /** {@code '}: the bookmarks of document {@code entry} (all of them from the document list). */
    static AppState openList(AppState state, int entry) {
        BookmarkList list = new BookmarkList(entry < 0, entry, new ListState(0, 0, "", ListState.all(0)), null,
                state.shown());
        return refreshList(state.withShown(new BookmarksScreen(list)));
    }

    /** Keeps the list's rows in step with the bookmarks (one was deleted, or came back). */
    static AppState refreshList(AppState state) {
        BookmarkList list = state.bookmarkList();
        if (list == null) {
            return state;
        }
        int count = list.shown(state).size();
        ListState rows = new ListState(list.list().selected(), list.list().top(), "", ListState.all(count))
                .select(list.list().selected(), Geometry.listRows(state.size()));
        return state.withBookmarkList(list.with(rows));
    }

    static Next listAction(Reading reading, AppState state, Action action) {
        BookmarkList list = state.bookmarkList();
        List<Mark> shown = list.shown(state);
        int selected = list.list().selected();
        Mark mark = selected < shown.size() ? shown.get(selected) : null;
        // The list's rows are the bookmarks shown (refreshList keeps them in step).
        var moved = SelectableList.moved(list.list(), action, Geometry.listRows(state.size()));
        if (moved.isPresent()) {
            return Next.of(state.withBookmarkList(list.with(moved.get())));
        }
        return switch (action) {
            case ALL_BOOKMARKS -> Next.of(list.entry() < 0 ? state.withMessage("Showing all bookmarks")
                    : refreshList(state.withBookmarkList(list.toggled())));
            case OPEN -> Next.of(mark == null ? state : goTo(reading, state, mark));
            case DELETE -> mark == null ? Next.of(state)
                    : Next.of(state.withBookmarkList(list.withDeleted(mark)).withMessage("Bookmark deleted: u brings it back"),
                            new Effect.DeleteBookmark(mark.id()));
            case UNDO -> list.deleted() == null ? Next.of(state.withMessage("Nothing to undo"))
                    : Next.of(restored(state, list.deleted()), new Effect.RestoreBookmark(list.deleted()));
            case EDIT -> Next.of(mark == null ? state
                    : state.withPrompt(Prompt.of(Prompt.Kind.EDIT_NOTE).withText(mark.note(), 0)));
            case BACK -> Next.of(state.withShown(list.returnTo()));
            case BEFORE_LAST_JUMP -> Next.of(Jumping.beforeLastJump(reading, state, list.returnTo()));
            default -> Next.of(state);
        };
    }

    /**
     * Undo: the deleted bookmark is back in its place in the list (same id and time, so the same
     * row) with the cursor on it, at once; the store's answer then finds it where it is.
     */
    private static AppState restored(AppState state, Mark deleted) {
        List<Mark> marks = new java.util.ArrayList<>(state.marks());
        marks.removeIf(m -> m.id().equals(deleted.id()));
        marks.add(deleted);
        marks.sort(NEWEST_FIRST);
        AppState back = state.withMarks(marks)
                .withBookmarkList(state.bookmarkList().withDeleted(null))
                .withMessage("Bookmark restored");
        int row = back.bookmarkList().shown(back).indexOf(deleted);
        return select(refreshList(back), row);
    }

    /** The store's order: newest first, then by id. */
    private static final java.util.Comparator<Mark> NEWEST_FIRST =
            java.util.Comparator.comparingLong(Mark::createdMillis).reversed().thenComparing(Mark::id);

    private static AppState select(AppState state, int index) {
        BookmarkList list = state.bookmarkList();
        return state.withBookmarkList(list.with(list.list().select(index, Geometry.listRows(state.size()))));
    }

    /** Enter: open the bookmark's document at its paragraph. */
    private static AppState goTo(Reading reading, AppState state, Mark mark) {
        for (int i = 0; i < state.entries().size(); i++) {
            if (state.entries().get(i).path().equals(mark.documentPath())) {
                AppState opened = reading.open(state, i, false);
                if (opened.screen() != AppState.Screen.READER) {
                    return opened;
                }
                // Once indexed that far; past the end, the last paragraph.
                return reading.toParagraph(opened, Math.max(1, mark.paragraph()));
            }
        }
        return state.withMessage("That document is not in this library: " + pilcrow.core.text.Sanitizer.line(mark.documentPath()));
    }

    /** Enter in the note editor: the selected bookmark gets the new note. */
    static Next editNote(AppState state, String note) {
        BookmarkList list = state.bookmarkList();
        List<Mark> shown = list.shown(state);
        int selected = list.list().selected();
        if (selected >= shown.size()) {
            return Next.of(state);
        }
        return Next.of(state, new Effect.EditNote(shown.get(selected).id(), note.strip()));
    }

    /**
     * The bookmarks {@code marks} placed in this library ({@link #anchored}), the list shown in step.
     * Placing may need a file (a row not read yet, a large file's fingerprint): then the edge
     * places them ({@link Effect.Anchor}, answered by {@link Msg.MarksPlaced}) and the marks stay
     * as they were until then. A library in memory is placed here: nothing to read.
     */
    static Next place(AppState state, List<Mark> marks) {
        Gate closed = new Gate(false);
        List<Mark> placed = anchored(state.entries(), marks, closed);
        return closed.wanted ? Next.of(state, new Effect.Anchor(state.entries(), marks))
                : Next.of(placed(state, placed));
    }

    /** The state with the bookmarks as placed, the list shown in step. */
    static AppState placed(AppState state, List<Mark> marks) {
        return refreshList(state.withMarks(marks));
    }

    /**
     * The bookmarks as they stand in this library ({@link BookmarkPlacer}): a mark follows its
     * document when it was moved or renamed, and its paragraph when paragraphs were inserted or
     * removed before it. Marks whose document is not here, or whose paragraph was rewritten, keep
     * their number. Reads the rows it needs: for the edge ({@link Reads}), never in update.
     */
    static List<Mark> anchored(List<LibraryDocument> entries, List<Mark> marks) {
        return anchored(entries, marks, new Gate(true));
    }

    private static List<Mark> anchored(List<LibraryDocument> entries, List<Mark> marks, Gate gate) {
        BookmarkPlacer<Row> placer = new BookmarkPlacer<>(
                entries.stream().filter(LibraryDocument::readable).map(entry -> new Row(entry, gate)).toList());
        List<Mark> placed = new ArrayList<>(marks.size());
        for (Mark mark : marks) {
            BookmarkPlacer.Placed<Row> place = placer.place(
                    new BookmarkPlacer.Saved(mark.documentPath(), mark.fingerprint(), mark.paragraph(), mark.quote()));
            placed.add(!place.found() ? mark : new Mark(mark.id(), place.document().path(), mark.fingerprint(),
                    place.paragraph(), mark.quote(), mark.note(), mark.createdMillis()));
        }
        return placed;
    }

    /** Whether placing may read files; a closed gate notes that placing wanted to (its answer is then void). */
    private static final class Gate {
        private final boolean open;
        private boolean wanted;

        Gate(boolean open) {
            this.open = open;
        }

        boolean pass() {
            wanted |= !open;
            return open;
        }
    }

    /** A readable row as the placer sees it, reading its file only through the gate. */
    private record Row(LibraryDocument entry, Gate gate) implements BookmarkPlacer.Candidate {
        @Override
        public String path() {
            return entry.path();
        }

        /** A large library's rows by their measured fingerprint; rows not measured yet are left out. */
        @Override
        public String fingerprint() {
            return entry.readOnDemand() && !gate.pass() ? null : entry.fingerprint();
        }

        @Override
        public boolean locatesQuotes() {
            return entry.locatesQuotes();
        }

        @Override
        public Document document() {
            return entry.unread() && !gate.pass() ? null : entry.documentNow(); // a row not read yet is read here
        }
    }
}
