package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Issue 22: library search results survive a visit to a hit, and F shows them again. */
class LibraryResultsVisitTest {

    private final Document cyber = Fixtures.document("notes/cyber.md", "# Cyber glossary\n\nCyber means computers.");

    private KeyScript searched() {
        KeyScript keys = new KeyScript(new App(new JLineTextMeasure()),
                Fixtures.state(new Size(80, 24), Fixtures.seed(), cyber));
        return keys.run("F c y b e r ENTER j j");
    }

    @Test
    void leavingADocumentOpenedFromTheResultsReturnsToThemAtTheSameRow() {
        KeyScript keys = searched();
        assertThat(keys.run("ENTER").state().screen()).isEqualTo(AppState.Screen.READER);

        AppState back = keys.run("q").state();

        assertThat(back.screen()).isEqualTo(AppState.Screen.RESULTS);
        assertThat(back.librarySearch().list().selected()).isEqualTo(2);
        assertThat(keys.run("ESC").state().screen()).as("from the results, back to the list").isEqualTo(AppState.Screen.LIST);
    }

    @Test
    void aDocumentOpenedFromTheListGoesBackToTheList() {
        KeyScript keys = searched().run("ESC ENTER"); // results -> list -> the first document

        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.run("q").state().screen()).isEqualTo(AppState.Screen.LIST);
    }

    @Test
    void fShowsTheLastResultsUntilANewSearchAndInThemFOrSlashStartsOne() {
        KeyScript keys = searched().run("ENTER q ESC"); // visited a hit, back to the list

        AppState again = keys.run("F").state();
        assertThat(again.screen()).isEqualTo(AppState.Screen.RESULTS);
        assertThat(again.prompt()).isNull();
        assertThat(again.librarySearch().list().selected()).isEqualTo(2);

        assertThat(keys.run("F").state().prompt().kind()).isEqualTo(Prompt.Kind.LIBRARY_FIND);
        assertThat(keys.run("ESC /").state().prompt().kind()).isEqualTo(Prompt.Kind.LIBRARY_FIND);
    }

    @Test
    void withNoSearchYetFAsksForOne() {
        KeyScript keys = new KeyScript(new App(new JLineTextMeasure()), Fixtures.state(new Size(80, 24), Fixtures.seed()));

        assertThat(keys.run("F").state().prompt().kind()).isEqualTo(Prompt.Kind.LIBRARY_FIND);
    }
}
