package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.model.Heading;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/** t (the outline), its list and filter, and ) and ( in the reader, typed as a user would. */
class OutlineKeysTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    /** Fixtures.guide(): the title, then ¶1 prose, ¶2 "Install", ¶3, ¶4 "From source", ¶5, ¶6 "Use", ¶7. */
    private KeyScript keys(String script) {
        return new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), Fixtures.guide())).run(script);
    }

    private static String selectedText(KeyScript keys) {
        Heading selected = keys.state().outlineScreen().selected();
        return selected == null ? null : selected.text();
    }

    @Test
    void tOpensTheOutlineOnTheSectionTheReaderIsIn() {
        KeyScript keys = keys("ENTER : 5 ENTER t");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.OUTLINE);
        assertThat(keys.state().outlineScreen().outline().headings()).extracting(Heading::number)
                .containsExactly(2, 4, 6);
        assertThat(keys.state().outlineScreen().current()).isEqualTo(1);
        assertThat(selectedText(keys)).isEqualTo("From source");
    }

    @Test
    void beforeTheFirstHeadingNoSectionIsCurrentAndTheFirstHeadingIsSelected() {
        KeyScript keys = keys("ENTER t");
        assertThat(keys.state().outlineScreen().current()).isEqualTo(-1);
        assertThat(selectedText(keys)).isEqualTo("Install");
    }

    @Test
    void enterGoesToTheSelectedHeadingAtTheTop() {
        KeyScript keys = keys("ENTER t j ENTER");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.state().reader().current()).isEqualTo(4);
        assertThat(keys.run("t G ENTER").state().reader().current()).isEqualTo(6);
    }

    /** Going to a heading from the outline is a jump (issue 20): Ctrl-O comes back, Tab goes there again. */
    @Test
    void aHeadingChosenInTheOutlineIsAJumpThatCtrlOUndoes() {
        KeyScript keys = keys("ENTER } t G ENTER");
        assertThat(keys.state().reader().current()).isEqualTo(6);
        assertThat(keys.run("C-o").state().reader().current()).isEqualTo(2);
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.run("TAB").state().reader().current()).isEqualTo(6);
    }

    @Test
    void slashFiltersTheHeadingsAsYouTypeAndEnterGoesToTheOneSelected() {
        KeyScript keys = keys("ENTER t / u s e");
        assertThat(keys.state().outlineScreen().list().visible()).containsExactly(2);
        assertThat(selectedText(keys)).isEqualTo("Use");
        keys.run("ENTER");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.state().reader().current()).isEqualTo(6);
    }

    @Test
    void escInTheFilterShowsEveryHeadingAgainAndStaysInTheOutline() {
        KeyScript keys = keys("ENTER t / s o u ESC");
        assertThat(keys.state().prompt()).isNull();
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.OUTLINE);
        assertThat(keys.state().outlineScreen().list().visible()).hasSize(3);
    }

    @Test
    void qAndEscGoBackToTheDocumentWhereItWas() {
        for (String back : List.of("q", "ESC", "h")) {
            KeyScript keys = keys("ENTER : 3 ENTER t j " + back);
            assertThat(keys.state().screen()).as(back).isEqualTo(AppState.Screen.READER);
            assertThat(keys.state().reader().current()).as(back).isEqualTo(3);
        }
    }

    @Test
    void rightParenGoesToTheNextHeadingAndSaysWhenThereIsNone() {
        KeyScript keys = keys("ENTER )");
        assertThat(keys.state().reader().current()).isEqualTo(2);
        assertThat(keys.run(") )").state().reader().current()).isEqualTo(6);
        assertThat(keys.run(")").state().message()).isEqualTo("No heading after this one");
        assertThat(keys.state().reader().current()).isEqualTo(6);
    }

    @Test
    void leftParenGoesToThisSectionsHeadingThenTheOneBefore() {
        KeyScript keys = keys("ENTER : 5 ENTER (");
        assertThat(keys.state().reader().current()).isEqualTo(4);
        assertThat(keys.run("(").state().reader().current()).isEqualTo(2);
        assertThat(keys.run("(").state().message()).isEqualTo("No heading before this one");
    }

    @Test
    void aDocumentWithoutHeadingsSaysSo() {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), Fixtures.seed()))
                .run("ENTER )");
        assertThat(keys.state().message()).isEqualTo("No headings in this document");
        String screen = new View(measure, false).render(keys.run("t").state()).toText();
        assertThat(screen).contains("No headings in this document.");
    }

    /** A large file is read on demand: its headings are not listed, and the outline says so plainly. */
    @Test
    void aLargeDocumentSaysItsHeadingsAreNotKnown(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.txt");
        Files.writeString(file, "A large document\n\nOne paragraph.\n\nAnother.\n", StandardCharsets.UTF_8);
        LargeFile large = LargeFile.open(FileSource.of(file)).orElseThrow();
        LibraryDocument entry = LibraryDocument.large("large.txt", large, large.emptyIndex());
        KeyScript keys = new KeyScript(new App(measure), AppState.initial("test", List.of(entry), new Size(80, 24)))
                .run("ENTER )");
        assertThat(keys.state().message()).isEqualTo(OutlineScreen.NOT_KNOWN);
        String screen = new View(measure, false).render(keys.run("t").state()).toText();
        assertThat(screen).contains(OutlineScreen.NOT_KNOWN + " yet.");
    }

    @Test
    void theHelpListsTheOutlineKeys() {
        List<String> lines = new View(measure, false).render(
                keys("RESIZE:80x200 ?").state()).toText().lines().toList();
        assertThat(lines).anyMatch(line -> line.contains("t") && line.contains("the outline: headings to jump to"));
        assertThat(lines).anyMatch(line -> line.contains(")") && line.contains("next heading to the top"));
        assertThat(lines).anyMatch(line -> line.strip().equals("Outline"));
    }
}
