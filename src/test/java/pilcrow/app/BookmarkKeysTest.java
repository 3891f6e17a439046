package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.Frame;
import pilcrow.view.View;

/** m, ] and [ in the reader; the saving itself is an effect, answered here by hand. */
class BookmarkKeysTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document seed = Fixtures.seed();

    private KeyScript keys() {
        return new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), seed));
    }

    @Test
    void mAsksForANoteAndEnterSavesTheCurrentParagraph() {
        KeyScript keys = keys().run("ENTER } m");
        assertThat(keys.state().prompt().kind()).isEqualTo(Prompt.Kind.BOOKMARK_NOTE);
        keys.run("g o o d ENTER");
        assertThat(keys.state().prompt()).isNull();
        assertThat(keys.effects()).containsExactly(new Effect.AddBookmark(seed.name(), Anchors.fingerprint(seed), 2,
                Anchors.quote(seed, 2), "good"));
    }

    /** Issue 19, D3: a bookmark past the end (the document has grown shorter) is its last paragraph. */
    @Test
    void aBookmarkPastTheEndIsGoneToAtTheLastParagraph() {
        KeyScript keys = keys().run("ENTER");
        keys.send(new Msg.MarksChanged(List.of(new Mark("a1b2c3d4", seed.name(), "", 999, "", "", 1)), false));
        keys.run("]");
        assertThat(keys.state().reader().current()).isEqualTo(seed.paragraphCount());
        assertThat(keys.state().message()).isEmpty();
        assertThat(keys.run("' ENTER").state().reader().current()).isEqualTo(seed.paragraphCount());
    }

    /** Issue 19, D7: the bookmarks list pages as the document list does (Space, f, PgDn; b, PgUp). */
    @Test
    void theBookmarksListPagesAsTheDocumentListDoes() {
        KeyScript keys = keys().run("RESIZE:80x12 ENTER");
        List<Mark> marks = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            marks.add(new Mark("m" + i, seed.name(), "", 1 + i % seed.paragraphCount(), "", "note " + i, 100 - i));
        }
        keys.send(new Msg.MarksChanged(marks, false)).run("'");
        int page = Geometry.listRows(keys.state().size());
        for (String step : List.of("SPACE", "f", "PGDN", "b", "PGUP")) {
            int before = keys.state().bookmarkList().list().selected();
            int after = keys.run(step).state().bookmarkList().list().selected();
            int expected = step.equals("b") || step.equals("PGUP") ? Math.max(0, before - page)
                    : Math.min(marks.size() - 1, before + page);
            assertThat(after).as("after %s", step).isEqualTo(expected);
            assertThat(keys.state().message()).as("after %s", step).isEmpty();
        }
        assertThat(KeyMap.BOOKMARKS.actionFor(KeyInput.of(' '))).contains(Action.PAGE_DOWN);
        // A resize keeps the selected bookmark in view, as in the other lists.
        keys.run("G RESIZE:80x8");
        ListState list = keys.state().bookmarkList().list();
        assertThat(list.selected()).isBetween(list.top(), list.top() + Geometry.listRows(keys.state().size()) - 1);
    }

    @Test
    void escapeSavesNothing() {
        KeyScript keys = keys().run("ENTER m a ESC");
        assertThat(keys.effects()).isEmpty();
        assertThat(keys.state().prompt()).isNull();
    }

    @Test
    void aSavedBookmarkIsConfirmedAndMarkedInTheMargin() {
        KeyScript keys = keys().run("ENTER");
        keys.send(new Msg.MarksChanged(List.of(new Mark("a1b2c3d4", seed.name(), "", 2, "", "good", 1)), true));
        assertThat(keys.state().message()).isEqualTo("Bookmark saved");
        Frame frame = new View(measure, false).render(keys.state());
        String[] rows = frame.toText().split("\n");
        int row = 0;
        while (!rows[row].contains("¶2")) {
            row++;
        }
        int left = keys.state().geometry().left();
        assertThat(frame.text(left + 1, row)).isEqualTo("*");
        assertThat(frame.text(left + 1, row + 1)).isEqualTo(" ");
        assertThat(rows[0].charAt(left + 1)).isEqualTo(' ');
    }

    @Test
    void bracketsStepBetweenBookmarksOfThisDocument() {
        KeyScript keys = keys().run("ENTER");
        keys.send(new Msg.MarksChanged(List.of(new Mark("1", seed.name(), "", 5, "", "", 2), new Mark("2", seed.name(), "", 2, "", "", 1),
                new Mark("3", "elsewhere.txt", "", 3, "", "", 3)), false));
        assertThat(keys.run("]").state().reader().current()).isEqualTo(2);
        assertThat(keys.run("]").state().reader().current()).isEqualTo(5);
        assertThat(keys.run("]").state().message()).isEqualTo("No bookmark after this one");
        assertThat(keys.run("[").state().reader().current()).isEqualTo(2);
        assertThat(keys.run("[").state().message()).isEqualTo("No bookmark before this one");
    }

    @Test
    void withoutBookmarksTheBracketsSayHowToMakeOne() {
        assertThat(keys().run("ENTER ]").state().message()).isEqualTo("No bookmarks in this document: m makes one");
    }

    private KeyScript withMarks(String script) {
        Document other = Fixtures.document("other.txt", "Other\n\nOne.\n\nTwo.\n");
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), seed, other));
        keys.send(new Msg.MarksChanged(List.of(
                new Mark("new", other.name(), "f2", 2, "Two.", "", 3),
                new Mark("mid", seed.name(), "f1", 7, "At present", "interpol", 2),
                new Mark("old", seed.name(), "f1", 2, "In February", "", 1)), false));
        return keys.run(script);
    }

    @Test
    void theListShowsThisDocumentsBookmarksOrAllAndEnterGoesThere() {
        KeyScript keys = withMarks("ENTER '");
        AppState list = keys.state();
        assertThat(list.screen()).isEqualTo(AppState.Screen.BOOKMARKS);
        assertThat(list.bookmarkList().shown(list)).extracting(Mark::id).containsExactly("mid", "old");
        assertThat(keys.run("a").state().bookmarkList().shown(keys.state())).extracting(Mark::id)
                .containsExactly("new", "mid", "old");
        AppState opened = keys.run("ENTER").state();
        assertThat(opened.screen()).isEqualTo(AppState.Screen.READER);
        assertThat(opened.reader().document().title()).isEqualTo("Other");
        assertThat(opened.reader().current()).isEqualTo(2);
        String text = new View(measure, false).render(withMarks("' j").state()).toText();
        assertThat(text).contains("Bookmarks · 3 · all documents").contains("▸ US passes itself of… ¶7    interpol  At present…");
    }

    @Test
    void deleteAsksTheStoreAndUndoBringsItBack() {
        KeyScript keys = withMarks("ENTER ' j d");
        assertThat(keys.effects()).containsExactly(new Effect.DeleteBookmark("old"));
        assertThat(keys.state().message()).isEqualTo("Bookmark deleted: u brings it back");
        keys.run("u");
        // Restored as it was (issue 17): the same id, not a new bookmark with a new id and time.
        assertThat(keys.effects()).last().isInstanceOfSatisfying(Effect.RestoreBookmark.class, restore -> assertThat(
                restore.mark()).extracting(Mark::id, Mark::documentPath, Mark::fingerprint, Mark::paragraph, Mark::quote)
                .containsExactly("old", seed.name(), "f1", 2, "In February"));
        assertThat(keys.run("u").state().message()).isEqualTo("Nothing to undo");
    }

    @Test
    void editTakesANewNote() {
        KeyScript keys = withMarks("ENTER ' e");
        assertThat(keys.state().prompt().text()).isEqualTo("interpol");
        keys.run("BACKSPACE BACKSPACE BACKSPACE BACKSPACE BACKSPACE BACKSPACE BACKSPACE BACKSPACE x ENTER");
        assertThat(keys.effects()).containsExactly(new Effect.EditNote("mid", "x"));
        assertThat(keys.run("q").state().screen()).isEqualTo(AppState.Screen.READER);
    }

    @Test
    void theDataFolderArrivesAfterTheFirstPaintWithItsWarning() {
        KeyScript keys = keys();
        keys.send(new Msg.DataLoaded(List.of("volt"), List.of(new Mark("m1", seed.name(), "", 3, "", "", 1)), Map.of(),
                "cannot save in /ro: read-only folder; changes are kept for this session"));
        assertThat(keys.state().history()).containsExactly("volt");
        assertThat(keys.state().marks()).extracting(Mark::id).containsExactly("m1");
        assertThat(keys.state().message()).startsWith("cannot save in /ro");
        assertThat(keys.run("ENTER ]").state().reader().current()).isEqualTo(3);
    }

    @Test
    void marksFollowTheirParagraphAfterAnEditAndTheirDocumentAfterAMove() {
        Document before = Fixtures.document("notes.txt", "Notes\n\nFirst part.\n\nSecond part.\n\nThird part.\n");
        Document edited = Fixtures.document("notes.txt", "Notes\n\nA new start.\n\nFirst part.\n\nSecond part.\n\nThird part.\n");
        Document moved = Fixtures.document("archive/old.txt", "Notes\n\nFirst part.\n\nSecond part.\n\nThird part.\n");
        Mark onSecond = new Mark("e1", "notes.txt", Anchors.fingerprint(before), 2, Anchors.quote(before, 2), "", 1);
        Mark onMoved = new Mark("m1", "gone/notes.txt", Anchors.fingerprint(before), 3, Anchors.quote(before, 3), "", 2);
        Mark elsewhere = new Mark("x1", "nowhere.txt", "0000", 4, "q", "", 3);
        List<Mark> placed = Bookmarking.anchored(List.of(LibraryDocument.of(edited), LibraryDocument.of(moved)),
                List.of(onSecond, onMoved, elsewhere));
        assertThat(placed.get(0).paragraph()).isEqualTo(3);
        assertThat(placed.get(0).documentPath()).isEqualTo("notes.txt");
        assertThat(placed.get(1).documentPath()).isEqualTo("archive/old.txt");
        assertThat(placed.get(1).paragraph()).isEqualTo(3);
        assertThat(placed.get(2)).isEqualTo(elsewhere);

        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), edited));
        keys.send(new Msg.DataLoaded(List.of(), List.of(onSecond), Map.of(), "")).run("ENTER ]");
        assertThat(keys.state().reader().current()).isEqualTo(3); // the * and ] follow the text
    }
}
