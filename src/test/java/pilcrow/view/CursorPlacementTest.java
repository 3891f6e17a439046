package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Geometry;
import pilcrow.app.Mark;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * Where the view puts the terminal's cursor (issue 20), for screen readers and braille displays
 * to follow: on the selected row of every list, at the start of the current paragraph in the
 * reader, after the text typed in a prompt.
 */
class CursorPlacementTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final View view = new View(measure, false);

    private static Document numbered(String name, int count) {
        StringBuilder text = new StringBuilder(name).append("\n\n");
        for (int i = 1; i <= count; i++) {
            text.append("Para ").append(i).append(i == 7 ? " needle" : "")
                    .append(" with words enough to wrap on a narrow screen\n\n");
        }
        return Fixtures.document(name, text.toString());
    }

    private KeyScript keys(Size size, Document... documents) {
        return new KeyScript(new App(measure), Fixtures.state(size, documents));
    }

    /** The row the cursor is on, from the cursor's column. */
    private static String fromCursor(Frame frame) {
        StringBuilder row = new StringBuilder();
        for (int x = frame.cursorX(); x < frame.columns(); x++) {
            row.append(frame.text(x, frame.cursorY()));
        }
        return row.toString();
    }

    @Test
    void theCursorIsOnTheSelectedDocumentEvenAfterTheListScrolled() {
        Document[] documents = new Document[30];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = numbered(String.format("doc%02d.txt", i), 2);
        }
        KeyScript keys = keys(new Size(80, 10), documents);
        Frame first = view.render(keys.state());
        assertThat(first.cursorY()).isEqualTo(2);
        assertThat(first.cursorX()).isZero();

        keys.run("j j j j j j j j j j j j");
        Frame scrolled = view.render(keys.state());
        assertThat(keys.state().list().top()).as("the list scrolled").isPositive();
        assertThat(scrolled.cursorY()).isEqualTo(2 + keys.state().list().selected() - keys.state().list().top());
        assertThat(fromCursor(scrolled)).startsWith(View.SELECTED_MARK).contains("doc12");
    }

    @Test
    void theCursorIsOnTheSelectedBookmark() {
        Document doc = numbered("a.txt", 20);
        KeyScript keys = keys(new Size(80, 12), doc).run("ENTER");
        List<Mark> marks = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            marks.add(new Mark("m" + i, "a.txt", "", 2 * i, "", "note " + i, 10 - i));
        }
        keys.send(new Msg.MarksChanged(marks, false)).run("' j");
        Frame frame = view.render(keys.state());
        assertThat(frame.cursorY()).isEqualTo(3);
        assertThat(fromCursor(frame)).startsWith(View.SELECTED_MARK).contains("note 2");
    }

    @Test
    void theCursorIsOnTheSelectedLibraryHit() {
        KeyScript keys = keys(new Size(80, 12), numbered("a.txt", 20), numbered("b.txt", 20))
                .run("F n e e d l e ENTER j");
        Frame frame = view.render(keys.state());
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.RESULTS);
        assertThat(frame.cursorY()).isEqualTo(3);
        assertThat(fromCursor(frame)).startsWith(View.SELECTED_MARK).contains("b.txt");
    }

    @Test
    void theCursorIsOnTheSelectedHeadingOfTheOutline() {
        KeyScript keys = keys(new Size(80, 12), Fixtures.guide()).run("ENTER t j");
        Frame frame = view.render(keys.state());
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.OUTLINE);
        assertThat(frame.cursorY()).isEqualTo(3);
        assertThat(fromCursor(frame)).startsWith(View.SELECTED_MARK).contains("From source");
    }

    @Test
    void inTheReaderTheCursorIsAtTheStartOfTheCurrentParagraph() {
        KeyScript keys = keys(new Size(60, 12), numbered("a.txt", 20)).run("ENTER");
        Frame opened = view.render(keys.state());
        Geometry geometry = keys.state().geometry();
        assertThat(opened.cursorX()).isEqualTo(geometry.left() + geometry.gutter());
        assertThat(fromCursor(opened)).startsWith("Para 1 ");

        Frame stepped = view.render(keys.run("} }").state());
        assertThat(stepped.cursorY()).isZero();
        assertThat(fromCursor(stepped)).startsWith("Para 3 ");

        Frame found = view.render(keys.run("g / n e e d l e ENTER").state());
        assertThat(keys.state().reader().current()).isEqualTo(7);
        assertThat(fromCursor(found)).as("a match lower on the screen").startsWith("Para 7 ");
    }

    @Test
    void aParagraphBegunAboveTheScreenHasTheCursorOnTheTopRow() {
        KeyScript keys = keys(new Size(24, 12), numbered("a.txt", 20)).run("ENTER : 5 ENTER j");
        Frame frame = view.render(keys.state());
        assertThat(keys.state().reader().current()).isEqualTo(5);
        assertThat(frame.cursorY()).isZero();
        Geometry geometry = keys.state().geometry();
        assertThat(frame.cursorX()).isEqualTo(geometry.left() + geometry.gutter());
        assertThat(fromCursor(frame)).doesNotStartWith("Para 5");
    }

    @Test
    void inAPromptTheCursorIsAfterTheTextTyped() {
        KeyScript keys = keys(new Size(60, 12), numbered("a.txt", 20)).run("ENTER / n e e");
        Frame frame = view.render(keys.state());
        assertThat(frame.cursorY()).isEqualTo(11);
        assertThat(frame.text(frame.cursorX() - 1, frame.cursorY())).isEqualTo("e");
        assertThat(frame.style(frame.cursorX(), frame.cursorY())).as("on the block drawn for it").isEqualTo(Style.REVERSE);

        Frame filter = view.render(keys(new Size(60, 12), numbered("a.txt", 2)).run("/ a").state());
        assertThat(filter.cursorY()).isEqualTo(11);
        assertThat(filter.text(filter.cursorX() - 1, filter.cursorY())).isEqualTo("a");
    }
}
