package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * Bookmarks and reading positions in a large document: by paragraph number, so only once that
 * number is known (indexed), and a saved place not indexed yet is gone to once it is, as :N goes.
 */
class BigBookmarksTest {

    private static final int PARAGRAPHS = 2000;
    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final App app = new App(measure);

    @TempDir
    Path dir;

    private Path file;
    private LargeFile large;
    private LargeFile.Indexed indexed;

    private void write() throws IOException {
        StringBuilder text = new StringBuilder("A big document\n\n");
        for (int i = 1; i <= PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(" begins here. Some words after it.\n\n");
        }
        file = dir.resolve("big.txt");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        large = LargeFile.open(FileSource.of(file)).orElseThrow();
        indexed = large.index(snapshot -> { }, () -> false);
    }

    /** The list with the large document, the data folder's contents in; not opened yet. */
    private KeyScript listed(Map<String, Place> places, List<Mark> marks) throws IOException {
        write();
        LibraryDocument entry = LibraryDocument.large(file.toString(), large, large.emptyIndex());
        KeyScript keys = new KeyScript(app, AppState.initial("t", List.of(entry), new Size(100, 24)));
        return keys.send(new Msg.Resize(100, 24)).send(new Msg.DataLoaded(List.of(), marks, places, ""));
    }

    private Msg.Indexed complete() {
        return new Msg.Indexed(file.toString(), new TextSnapshot(indexed.text(), indexed.index()));
    }

    private static List<Effect.SavePosition> saves(KeyScript keys) {
        return keys.effects().stream().filter(Effect.SavePosition.class::isInstance)
                .map(Effect.SavePosition.class::cast).toList();
    }

    @Test
    void mWaitsForTheNumberThenSavesItWithTheFilesFingerprintAndTheQuote() throws IOException {
        KeyScript keys = listed(Map.of(), List.of()).run("ENTER G m");
        assertThat(keys.state().reader().estimated()).isTrue();
        assertThat(keys.state().prompt()).isNull();
        assertThat(keys.state().message()).contains("still being counted");

        keys.send(complete()).run(": 1 5 0 0 ENTER m n o t e ENTER");
        assertThat(keys.effects()).filteredOn(Effect.AddBookmark.class::isInstance).containsExactly(
                new Effect.AddBookmark(file.toString(), large.fingerprint(), 1500,
                        "Paragraph 1500 begins here. Some words after it.", "note"));
    }

    @Test
    void aBookmarkIsMarkedInTheMarginOnceNumberedAndEnterInTheListGoesThere() throws IOException {
        Mark mark = new Mark("a1b2c3d4", "", "", 1200, "Paragraph 1200 begins", "here", 1);
        KeyScript keys = listed(Map.of(), List.of());
        mark = new Mark(mark.id(), file.toString(), large.fingerprint(), 1200, mark.quote(), mark.note(), 1);
        keys.send(new Msg.MarksChanged(List.of(mark), false));
        keys.run("' ENTER");
        assertThat(keys.state().message()).contains("Going to \u00b61200 once it is indexed");
        keys.send(complete());
        assertThat(keys.state().reader().current()).isEqualTo(1200);
        String screen = new View(measure, false).render(keys.state()).toText();
        String row = screen.lines().filter(line -> line.contains("Paragraph 1200 begins")).findFirst().orElseThrow();
        assertThat(row.substring(0, row.indexOf("Paragraph"))).contains("*");
    }

    /** Issue 19, D3: numbered to its end, a bookmark past it goes to the last paragraph, as in memory. */
    @Test
    void aBookmarkPastTheEndOfAnIndexedDocumentGoesToItsLastParagraph() throws IOException {
        KeyScript keys = listed(Map.of(), List.of()).send(complete());
        Mark mark = new Mark("a1b2c3d4", file.toString(), large.fingerprint(), PARAGRAPHS + 50, "", "", 1);
        keys.send(new Msg.MarksChanged(List.of(mark), false));
        keys.run("' ENTER");
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS);
        assertThat(keys.state().message()).isEmpty();
        keys.run("g ]");
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS);
    }

    @Test
    void theFileIsFoundByItsFingerprintWhenMovedAndTheNumberIsKept() throws IOException {
        KeyScript keys = listed(Map.of(), List.of());
        Mark moved = new Mark("a1b2c3d4", "/gone/old-name.txt", large.fingerprint(), 700, "Paragraph 700", "", 1);
        List<Mark> placed = Bookmarking.anchored(keys.state().entries(), List.of(moved));
        assertThat(placed).singleElement().satisfies(m -> {
            assertThat(m.documentPath()).isEqualTo(file.toString());
            assertThat(m.paragraph()).isEqualTo(700);
        });
    }

    @Test
    void leavingSavesTheNumberedPlaceAndReopeningGoesBackThere() throws IOException {
        KeyScript keys = listed(Map.of(), List.of()).send(complete()).run("ENTER : 9 0 0 ENTER q");
        List<Effect.SavePosition> saved = saves(keys);
        assertThat(saved).hasSize(1);
        Place place = saved.get(0).place();
        assertThat(saved.get(0).documentPath()).isEqualTo(file.toString());
        assertThat(place.paragraph()).isEqualTo(900);

        // Another run of the reader, the index done before the document is opened.
        LibraryDocument entry = LibraryDocument.large(file.toString(), indexed.text(), indexed.index());
        KeyScript again = new KeyScript(app, AppState.initial("t", List.of(entry), new Size(60, 20)))
                .send(new Msg.Resize(60, 20)).send(new Msg.DataLoaded(List.of(), List.of(), keys.state().places(), ""))
                .run("ENTER");
        assertThat(again.state().message()).isEqualTo("Back at \u00b6900, where you left off");
        assertThat(again.state().reader().current()).isEqualTo(900);
        assertThat(new View(measure, false).render(again.state()).toText()).contains("Paragraph 900 begins");
    }

    /** Issue 19, D3: a place past the end of a document numbered to its end is its last paragraph. */
    @Test
    void aSavedPlacePastTheEndOfAnIndexedDocumentIsItsLastParagraph() throws IOException {
        KeyScript keys = listed(Map.of(), List.of());
        keys = new KeyScript(app, keys.state().withPlaces(Map.of(file.toString(), new Place(PARAGRAPHS + 9, 40))));
        keys.send(complete()).run("ENTER");
        assertThat(keys.state().reader().current()).isEqualTo(PARAGRAPHS);
        assertThat(keys.state().message()).isEqualTo("Back at \u00b6" + PARAGRAPHS + ", where you left off");
    }

    @Test
    void aSavedPlaceNotIndexedYetIsGoneToOnceItIsAndIsNotLostMeanwhile() throws IOException {
        KeyScript keys = listed(Map.of(), List.of());
        keys = new KeyScript(app, keys.state().withPlaces(Map.of(file.toString(), new Place(1800, 0))));
        keys.run("ENTER");
        assertThat(keys.state().message()).contains("Going to \u00b61800 once it is indexed");
        // Idle, or leaving, before the index gets there: the saved place stands.
        keys.send(new Msg.Idle());
        assertThat(App.unsavedPosition(keys.state())).isNull();
        keys.send(complete());
        assertThat(keys.state().reader().current()).isEqualTo(1800);
        assertThat(new View(measure, false).render(keys.state()).toText()).contains("Paragraph 1800 begins");
        assertThat(saves(keys)).isEmpty();
    }

    @Test
    void anEstimatedPlaceIsNotSaved() throws IOException {
        KeyScript keys = listed(Map.of(), List.of()).run("ENTER G k q");
        assertThat(saves(keys)).isEmpty();
    }
}
