package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * The jump history (issue 20): every jump records where it left; Ctrl-O goes back and Ctrl-I (Tab)
 * forward, across documents, and {@code ''} goes to the place before the last jump, as in vim and less.
 */
class JumpHistoryTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document alpha = numbered("alpha.txt", "Alpha", 40);
    private final Document beta = numbered("beta.txt", "Beta", 40);
    private final Document gamma = numbered("gamma.txt", "Gamma", 40);

    /** A document of {@code count} paragraphs, "Alpha 7 ..." the seventh, each a line or two wide. */
    private static Document numbered(String name, String title, int count) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        for (int i = 1; i <= count; i++) {
            text.append(title).append(' ').append(i).append(i == 7 ? " needle" : "")
                    .append(" and words enough to wrap on a narrow screen\n\n");
        }
        return Fixtures.document(name, text.toString());
    }

    private KeyScript keys(Document... documents) {
        return new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), documents));
    }

    /** The open document's file name and current paragraph, as "alpha.txt 15". */
    private static String where(KeyScript keys) {
        ReaderState reader = keys.state().reader();
        return keys.state().entries().get(reader.entry()).path() + " " + reader.current();
    }

    @Test
    void ctrlOGoesBackFromAGotoAndCtrlIForwardAgain() {
        KeyScript keys = keys(alpha).run("ENTER : 2 0 ENTER");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 1");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(where(keys.run("TAB"))).isEqualTo("alpha.txt 20");
        assertThat(keys.run("TAB").state().message()).isEqualTo("No later jump");
        assertThat(where(keys)).isEqualTo("alpha.txt 20");
    }

    @Test
    void theTopAndTheEndAreJumps() {
        KeyScript keys = keys(alpha).run("ENTER : 1 0 ENTER G");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 10");
        keys.run("g C-o");
        assertThat(where(keys)).isEqualTo("alpha.txt 10");
    }

    /** In a document that fits on the screen G moves only the current paragraph; back makes the first current again. */
    @Test
    void backToTheTopOfAShortDocumentMakesItsFirstParagraphCurrent() {
        KeyScript keys = keys(numbered("short.txt", "Short", 3)).run("ENTER G");
        assertThat(keys.state().reader().top()).isZero();
        assertThat(where(keys)).isEqualTo("short.txt 3");
        assertThat(where(keys.run("C-o"))).isEqualTo("short.txt 1");
    }

    @Test
    void scrollingIsNotAJump() {
        KeyScript keys = keys(alpha).run("ENTER j j SPACE d } C-o");
        assertThat(keys.state().message()).isEqualTo("No earlier jump");
        assertThat(where(keys)).isNotEqualTo("alpha.txt 1");
    }

    @Test
    void backGoesToTheExactPlaceLeftInsideAParagraph() {
        KeyScript keys = keys(alpha).run("RESIZE:14x12 ENTER : 5 ENTER j");
        Place left = ReadingPositions.placeOf(keys.state().reader());
        assertThat(left.offset()).as("the top line is inside paragraph 5").isPositive();
        keys.run("G C-o");
        assertThat(ReadingPositions.placeOf(keys.state().reader())).isEqualTo(left);
    }

    @Test
    void backCrossesDocumentsAndReopensTheEarlierOneAtItsPlace() {
        KeyScript keys = keys(alpha, beta).run("ENTER : 1 5 ENTER q j ENTER : 5 ENTER");
        assertThat(where(keys)).isEqualTo("beta.txt 5");
        assertThat(where(keys.run("C-o"))).isEqualTo("beta.txt 1");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 15");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 1");
        assertThat(keys.run("C-o").state().message()).isEqualTo("No earlier jump");
        assertThat(where(keys.run("TAB TAB"))).isEqualTo("beta.txt 1");
        assertThat(where(keys.run("TAB"))).isEqualTo("beta.txt 5");
    }

    /** In the list, as vim's Ctrl-O from a file list: back into the document left, where it was. */
    @Test
    void ctrlOInTheListReturnsToTheDocumentLeftAtItsPlace() {
        KeyScript keys = keys(alpha, beta).run("C-o");
        assertThat(keys.state().message()).isEqualTo("No earlier jump");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.LIST);

        keys.run("j ENTER : 1 2 ENTER q g C-o");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(where(keys)).isEqualTo("beta.txt 12");
        assertThat(where(keys.run("C-o"))).isEqualTo("beta.txt 1");
    }

    @Test
    void findAndItsStepsAreJumps() {
        KeyScript keys = keys(alpha).run("ENTER / n e e d l e ENTER");
        assertThat(where(keys)).isEqualTo("alpha.txt 7");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 1");
        keys.run(": 3 0 ENTER n");
        assertThat(where(keys)).isEqualTo("alpha.txt 7");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 30");
    }

    @Test
    void bookmarksAreJumpsBothByKeyAndFromTheList() {
        KeyScript keys = keys(alpha).run("ENTER");
        keys.send(new Msg.MarksChanged(List.of(new Mark("m1", "alpha.txt", "", 12, "", "", 1)), false));
        keys.run(": 3 ENTER ]");
        assertThat(where(keys)).isEqualTo("alpha.txt 12");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 3");
        keys.run("' ENTER");
        assertThat(where(keys)).isEqualTo("alpha.txt 12");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 3");
    }

    @Test
    void openingALibraryHitIsAJump() {
        KeyScript keys = keys(alpha, beta).run("ENTER : 2 0 ENTER F n e e d l e ENTER j ENTER");
        assertThat(where(keys)).isEqualTo("beta.txt 7");
        assertThat(where(keys.run("C-o"))).isEqualTo("alpha.txt 20");
    }

    @Test
    void quoteQuoteInTheBookmarksListGoesToThePlaceBeforeTheLastJump() {
        KeyScript keys = keys(alpha).run("ENTER : 2 0 ENTER ' '");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(where(keys)).isEqualTo("alpha.txt 1");
        assertThat(where(keys.run("' '"))).as("'' again goes back: it is a jump too").isEqualTo("alpha.txt 20");
    }

    @Test
    void quoteQuoteBeforeAnyJumpSaysSoAndClosesTheList() {
        KeyScript keys = keys(alpha).run("ENTER } } ' '");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.state().message()).isEqualTo("No jump yet: '' goes back to where the last one left");
        assertThat(where(keys)).isEqualTo("alpha.txt 3");
    }

    /** Bounded as vim's jumplist: the oldest places are forgotten past 100. */
    @Test
    void theHistoryKeepsTheLatestHundredPlaces() {
        Document many = numbered("many.txt", "Many", 200);
        KeyScript keys = keys(many).run("ENTER");
        for (int n = 2; n <= 151; n++) {
            keys.run(": " + String.join(" ", String.valueOf(n).split("")) + " ENTER");
        }
        // Left from 1..150; back from 151 keeps 151 itself, so 100 places: 52..151.
        for (int i = 0; i < 120; i++) {
            keys.run("C-o");
        }
        assertThat(where(keys)).isEqualTo("many.txt 52");
        assertThat(keys.state().message()).isEqualTo("No earlier jump");
    }

    /** As in vim, a place left again moves to the end instead of filling the history with copies. */
    @Test
    void goingBackAndForthKeepsEachPlaceOnce() {
        KeyScript keys = keys(alpha).run("ENTER : 2 0 ENTER");
        for (int i = 0; i < 60; i++) {
            keys.run("G g");
        }
        keys.run("C-o C-o C-o");
        assertThat(where(keys)).isEqualTo("alpha.txt 20");
        assertThat(keys.state().message()).isEqualTo("No earlier jump");
    }

    @Test
    void aDocumentThatWentAwayIsSkippedWithANote() {
        KeyScript keys = keys(alpha, beta, gamma).run("ENTER : 1 5 ENTER q j ENTER q j ENTER");
        assertThat(where(keys)).isEqualTo("gamma.txt 1");
        List<LibraryDocument> entries = new ArrayList<>(keys.state().entries());
        entries.set(1, LibraryDocument.unreadable("beta.txt", "No such file"));
        keys = new KeyScript(new App(measure), keys.state().withEntries(entries)).run("C-o");
        assertThat(where(keys)).isEqualTo("alpha.txt 15");
        assertThat(keys.state().message()).isEqualTo("Skipped beta.txt: No such file");
    }

    @Test
    void theHelpListsTheJumpKeys() {
        KeyScript keys = keys(alpha).run("RESIZE:100x200 ENTER ?");
        String help = new View(measure, false).render(keys.state()).toText();
        assertThat(help).contains("Ctrl-O").contains("Ctrl-I, Tab").contains("'' ");
    }
}
