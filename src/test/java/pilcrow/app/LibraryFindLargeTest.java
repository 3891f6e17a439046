package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.AppState.Screen;
import pilcrow.core.find.Match;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * {@code F} finds a word in a large document's text, and Enter on that hit opens the document at
 * the match: at once, numbered as the search counted its way there even before the index reaches
 * it, and the match becomes the current one of the document's own search, highlighted.
 */
class LibraryFindLargeTest {

    private static final int PARAGRAPHS = 2000;
    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final App app = new App(measure);
    private final View view = new View(measure, false);
    @TempDir
    Path dir;
    private Path file;
    private LargeFile large;
    private LargeFile.Indexed indexed;

    @BeforeEach
    void write() throws IOException {
        StringBuilder text = new StringBuilder("A big document\n\n");
        for (int i = 1; i <= PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(" begins here.").append(" Some words.".repeat(i % 7))
                    .append("\n\n");
        }
        text.append("The last paragraph names the ZEBRAFINCH.\n");
        file = dir.resolve("big.txt");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        large = LargeFile.open(FileSource.of(file)).orElseThrow();
        indexed = large.index(snapshot -> { }, () -> false);
    }

    private KeyScript library(boolean indexedFirst) {
        LibraryDocument small = LibraryDocument.of(Fixtures.document("small.txt", "Small\n\nNo bird here.\n"));
        LibraryDocument big = LibraryDocument.large(file.toString(), large, large.emptyIndex());
        KeyScript keys = new KeyScript(app, AppState.initial("t", List.of(small, big), new Size(80, 24)));
        keys.send(new Msg.Resize(80, 24));
        return indexedFirst ? keys.send(indexed()) : keys;
    }

    private Msg.Indexed indexed() {
        return new Msg.Indexed(file.toString(), new TextSnapshot(indexed.text(), indexed.index()));
    }

    private String screen(KeyScript keys) {
        return view.render(keys.state()).toText();
    }

    @Test
    void theWordInTheLastParagraphIsFoundWithItsNumberAndSnippet() {
        KeyScript keys = library(false).run("F Z E B R A F I N C H ENTER");
        LibrarySearch search = keys.state().librarySearch();
        assertThat(search.running()).isFalse();
        assertThat(search.hits()).hasSize(1);
        Hit hit = search.hits().get(0);
        assertThat(hit.entry()).isEqualTo(1);
        assertThat(hit.match().paragraph()).isEqualTo(PARAGRAPHS + 1);
        assertThat(hit.snippet().match()).isEqualTo("ZEBRAFINCH");
        assertThat(screen(keys)).contains("\u00b6" + (PARAGRAPHS + 1)).contains("names the ZEBRAFINCH");
    }

    @Test
    void enterLandsOnTheMatchAtOnceWhenIndexedBeforeTheDocumentsOwnSearchEnds() {
        KeyScript keys = library(true).run("F Z E B R A F I N C H ENTER").runWithoutSearching("ENTER");
        assertThat(keys.state().screen()).isEqualTo(Screen.READER);
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS + 1);
        assertThat(screen(keys)).contains("The last paragraph names the ZEBRAFINCH.");
    }

    @Test
    void theMatchBecomesCurrentAndHighlightedOnceTheDocumentsSearchFindsIt() {
        KeyScript keys = library(true).run("F Z E B R A F I N C H ENTER ENTER");
        Match match = keys.state().search().currentMatch();
        assertThat(match).isEqualTo(keys.state().librarySearch().hits().get(0).match());
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS + 1);
        assertThat(screen(keys)).contains("ZEBRAFINCH").contains("match 1/1");
    }

    @Test
    void beforeTheIndexReachesItEnterLandsAtOnceNumberedAsTheSearchCountedIt() {
        KeyScript keys = library(false).run("F Z E B R A F I N C H ENTER ENTER");
        assertThat(keys.state().message()).doesNotContain("once it is indexed");
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS + 1);
        // Numbered from the match, exactly: the paragraph before it too, not an estimate.
        assertThat(screen(keys)).contains("The last paragraph names the ZEBRAFINCH.")
                .contains("\u00b6" + (PARAGRAPHS + 1)).contains("\u00b6" + PARAGRAPHS + " ");
        assertThat(keys.state().search().currentMatch()).isEqualTo(keys.state().librarySearch().hits().get(0).match());
        keys.send(indexed());
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS + 1);
        assertThat(screen(keys)).contains("The last paragraph names the ZEBRAFINCH.");
    }

    @Test
    void aFindInTheDocumentBeforeTheIndexReachesTheMatchShowsItAtOnceNumbered() {
        KeyScript keys = library(false).run("j ENTER / Z E B R A F I N C H ENTER");
        assertThat(keys.state().message()).doesNotContain("once it is indexed");
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS + 1);
        assertThat(screen(keys)).contains("The last paragraph names the ZEBRAFINCH.").contains("match 1/1")
                .contains("\u00b6" + (PARAGRAPHS + 1)).contains("\u00b6" + PARAGRAPHS + " ");
        // Scrolling back goes on numbering from there.
        keys.run("k k k");
        assertThat(screen(keys)).contains("\u00b6" + (PARAGRAPHS - 1) + " ").contains("\u00b6" + PARAGRAPHS + " ");
    }

    @Test
    void whileALargeDocumentIsScannedTheResultsLineSaysHowFarIntoIt() {
        KeyScript keys = library(true).runWithoutSearching("F Z E B R A F I N C H ENTER");
        long id = keys.state().librarySearch().id();
        keys.send(new Msg.LibraryResults(id, List.of(), 1, 2, 420, false));
        assertThat(screen(keys)).contains("searching 1/2 (42% of a large one)");
        keys.send(new Msg.LibraryResults(id, List.of(), 2, 2, 0, true));
        assertThat(screen(keys)).doesNotContain("searching").doesNotContain("of a large one");
    }
}
