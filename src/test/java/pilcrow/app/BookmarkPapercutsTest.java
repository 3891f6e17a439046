package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/** The bookmark list's small faults of issue 17: quotes, undo, a second m on one paragraph. */
class BookmarkPapercutsTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document notes = Fixtures.document("notes.txt", "Notes\n\nOne short line.\n\n"
            + "A second paragraph long enough that its quote stops well before the paragraph itself does.\n");

    private KeyScript keys() {
        return new KeyScript(new App(measure), Fixtures.state(new Size(160, 12), notes));
    }

    private String screen(KeyScript keys) {
        return new View(measure, false).render(keys.state()).toText();
    }

    @Test
    void aWholeQuoteEndsWithoutAnEllipsisAndACutOneWithIt() {
        String whole = Anchors.quote(notes, 1);
        String cut = Anchors.quote(notes, 2);
        assertThat(whole).isEqualTo("One short line.");
        assertThat(cut).hasSize(Anchors.QUOTE_LENGTH);
        KeyScript keys = keys().send(new Msg.MarksChanged(List.of(
                new Mark("m1", notes.name(), Anchors.fingerprint(notes), 1, whole, "", 2),
                new Mark("m2", notes.name(), Anchors.fingerprint(notes), 2, cut, "", 1)), false)).run("'");
        String screen = screen(keys);
        assertThat(screen).contains(whole).doesNotContain(whole + "\u2026");
        assertThat(screen).contains(cut + "\u2026");
    }

    @Test
    void aQuoteOfADocumentNotInTheLibraryIsCutWhenItIsAsLongAsQuotesGet() {
        String longQuote = "x".repeat(Anchors.QUOTE_LENGTH);
        KeyScript keys = keys().send(new Msg.MarksChanged(List.of(
                new Mark("m1", "/elsewhere/gone.txt", "", 4, "Short and whole.", "", 2),
                new Mark("m2", "/elsewhere/gone.txt", "", 5, longQuote, "", 1)), false)).run("'");
        String screen = screen(keys);
        assertThat(screen).contains("Short and whole.").doesNotContain("Short and whole.\u2026");
        assertThat(screen).contains(longQuote + "\u2026");
    }

    @Test
    void undoAfterDeletingRestoresTheBookmarkAsItWasWithTheCursorOnIt() {
        String fingerprint = Anchors.fingerprint(notes);
        Mark newest = new Mark("m3", notes.name(), fingerprint, 2, Anchors.quote(notes, 2), "third", 3000);
        Mark middle = new Mark("m2", notes.name(), fingerprint, 1, Anchors.quote(notes, 1), "second", 2000);
        Mark oldest = new Mark("m1", notes.name(), fingerprint, 1, Anchors.quote(notes, 1), "first", 1000);
        for (Mark deleted : List.of(newest, middle, oldest)) {
            KeyScript keys = keys().send(new Msg.MarksChanged(List.of(newest, middle, oldest), false)).run("'");
            int row = List.of(newest, middle, oldest).indexOf(deleted);
            for (int i = 0; i < row; i++) {
                keys.run("j");
            }
            keys.run("d");
            assertThat(keys.effects()).containsExactly(new Effect.DeleteBookmark(deleted.id()));
            List<Mark> left = new java.util.ArrayList<>(List.of(newest, middle, oldest));
            left.remove(deleted);
            keys.send(new Msg.MarksChanged(left, false)).run("u");

            assertThat(keys.effects()).last().isEqualTo(new Effect.RestoreBookmark(deleted));
            assertThat(keys.state().message()).isEqualTo("Bookmark restored");
            assertSelected(keys, deleted, row);
            // The store answers with the bookmark back under its id and time: the cursor stays on it.
            keys.send(new Msg.MarksChanged(List.of(newest, middle, oldest), false));
            assertSelected(keys, deleted, row);
            assertThat(keys.state().message()).isEqualTo("Bookmark restored");
        }
    }

    private static void assertSelected(KeyScript keys, Mark mark, int row) {
        BookmarkList list = keys.state().bookmarkList();
        assertThat(list.shown(keys.state())).hasSize(3);
        assertThat(list.list().selected()).as("the cursor's row").isEqualTo(row);
        assertThat(list.shown(keys.state()).get(row)).isEqualTo(mark);
    }

    @Test
    void mOnAParagraphThatHasABookmarkOffersItsNoteInsteadOfADuplicate() {
        Mark here = new Mark("m1", notes.name(), Anchors.fingerprint(notes), 2, Anchors.quote(notes, 2), "old note", 1);
        KeyScript keys = keys().send(new Msg.Open(0)).send(new Msg.MarksChanged(List.of(here), false)).run("} m");
        assertThat(keys.state().reader().current()).isEqualTo(2);
        assertThat(keys.state().prompt().kind()).isEqualTo(Prompt.Kind.MARK_NOTE);
        assertThat(keys.state().prompt().text()).isEqualTo("old note");
        keys.run("BACKSPACE BACKSPACE BACKSPACE BACKSPACE n e w ENTER");
        assertThat(keys.effects()).containsExactly(new Effect.EditNote("m1", "old new"));

        // Another paragraph still makes a new bookmark.
        KeyScript other = keys().send(new Msg.Open(0)).send(new Msg.MarksChanged(List.of(here), false)).run("m x ENTER");
        assertThat(other.effects()).containsExactly(new Effect.AddBookmark(notes.name(), Anchors.fingerprint(notes), 1,
                Anchors.quote(notes, 1), "x"));
    }
}
