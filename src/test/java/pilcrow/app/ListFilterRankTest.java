package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.KeyScript;

/** Issue 22: the list filter puts the best matches first, as fzf does; ties keep library order. */
class ListFilterRankTest {

    private static LibraryDocument doc(String path, String title) {
        Document document = PlainTextParser.parse(path, title + "\n\nbody\n", "n", 24);
        return new LibraryDocument.Whole(path, document, false);
    }

    @Test
    void theBestMatchIsFirstAndSelected() {
        List<LibraryDocument> entries = List.of(
                doc("/doc/systemd/SETTINGS.md", "title: What Settings Are Currently Available For Each Type"),
                doc("/doc/ca-certificates-java/changelog", "ca-certificates-java-changelog keys"),
                doc("/doc/probe/safety.txt", "Terminal safety probe"),
                doc("/doc/cjk.txt", "Wide characters"));

        ListState safety = ListState.of(entries).filtered("safety", entries);
        ListState cjk = ListState.of(entries).filtered("cjk", entries);

        assertThat(safety.visible()).startsWith(2);
        assertThat(safety.visible()).contains(0);
        assertThat(safety.selectedEntry()).isEqualTo(2);
        assertThat(cjk.visible()).containsExactly(3, 1); // the base name cjk.txt above c..j..k scattered
    }

    /** Up/Down and Ctrl-N/Ctrl-P move the selection while the filter is typed; Enter opens it. */
    @Test
    void theSelectionMovesWhileFilteringAndEnterOpensIt() {
        List<LibraryDocument> entries = List.of(
                doc("/doc/a.txt", "Safety notes"),
                doc("/doc/b.txt", "Safety rules"),
                doc("/doc/c.txt", "Safety drills"));
        KeyScript keys = new KeyScript(new App(new JLineTextMeasure()),
                AppState.initial("lib", entries, new Size(100, 30)));

        AppState moved = keys.run("/ s a f e t y DOWN DOWN UP C-n").state();
        assertThat(moved.prompt()).as("still filtering").isNotNull();
        assertThat(moved.prompt().text()).isEqualTo("safety");
        assertThat(moved.list().selectedEntry()).isEqualTo(2);
        assertThat(keys.run("C-p").state().list().selectedEntry()).isEqualTo(1);

        AppState opened = keys.run("ENTER").state();
        assertThat(opened.screen()).isEqualTo(AppState.Screen.READER);
        assertThat(opened.reader().entry()).isEqualTo(1);
    }

    @Test
    void equalScoresKeepLibraryOrder() {
        List<LibraryDocument> entries = List.of(doc("/a/one.txt", "Notes one"), doc("/a/two.txt", "Notes two"));

        assertThat(ListState.of(entries).filtered("notes", entries).visible()).containsExactly(0, 1);
        assertThat(ListState.of(entries).filtered("", entries).visible()).containsExactly(0, 1);
    }
}
