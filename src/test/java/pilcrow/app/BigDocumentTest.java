package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * A large document read lazily, through a window, against the same text read whole: once the
 * index is complete, every key shows the same lines; before, the numbers are estimates and
 * {@code :N} waits for the index.
 */
class BigDocumentTest {

    private static final int PARAGRAPHS = 2000;
    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final App app = new App(measure);
    private final View view = new View(measure, false);
    private Path dir;
    private Path file;
    private Document whole;
    private LargeFile large;
    private LargeFile.Indexed indexed;

    @BeforeEach
    void write() throws IOException {
        StringBuilder text = new StringBuilder("A big document\n\n");
        for (int i = 1; i <= PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(" begins here.")
                    .append(" Some words to wrap over lines.".repeat(i % 7)).append("\r\n")
                    .append(i % 3 == 0 ? "A second line. é e\u0301 中文\n" : "").append("\n");
        }
        text.append("-THE SOURCE\n");
        dir = Files.createTempDirectory("big");
        file = dir.resolve("big.txt");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        whole = Fixtures.load(FileSource.of(file));
        large = LargeFile.open(FileSource.of(file)).orElseThrow();
        indexed = large.index(snapshot -> { }, () -> false);
    }

    @AfterEach
    void remove() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private KeyScript wholeAt(int columns, int rows) {
        KeyScript keys = new KeyScript(app, AppState.initial("t", List.of(LibraryDocument.of(whole)), new Size(columns, rows)));
        return keys.send(new Msg.Resize(columns, rows)).send(new Msg.Open(0));
    }

    private KeyScript largeAt(int columns, int rows, boolean indexedFirst) {
        LibraryDocument entry = LibraryDocument.large(file.toString(), large, large.emptyIndex());
        KeyScript keys = new KeyScript(app, AppState.initial("t", List.of(entry), new Size(columns, rows)));
        keys.send(new Msg.Resize(columns, rows)).send(new Msg.Open(0));
        return indexedFirst ? keys.send(complete()) : keys;
    }

    private Msg.Indexed complete() {
        return new Msg.Indexed(file.toString(), new TextSnapshot(indexed.text(), indexed.index()));
    }

    /** The screen without its status line (which counts with commas and by bytes for a large one). */
    private String body(KeyScript keys) {
        String text = view.render(keys.state()).toText();
        return text.substring(0, text.stripTrailing().lastIndexOf('\n'));
    }

    @Test
    void theIndexFindsWhatTheParserFinds() {
        assertThat(indexed.index().count()).isEqualTo(whole.paragraphCount()).isEqualTo(PARAGRAPHS);
        assertThat(large.title()).isEqualTo(whole.title());
        assertThat(large.source()).isEqualTo(whole.source());
    }

    @Test
    void everyKeyShowsWhatTheWholeDocumentShows() {
        KeyScript small = wholeAt(80, 24);
        KeyScript big = largeAt(80, 24, true);
        assertThat(body(big)).isEqualTo(body(small));
        for (String step : List.of("j", "j j j", "SPACE", "SPACE SPACE SPACE", "b", "d", "u", "} } }", "{", "G", "k k",
                "b b b b b b b b", "g", ": 1 5 0 0 ENTER", "j j", ": + 3 0 ENTER", ": - 1 0 ENTER", "4 2 ENTER", "RESIZE:60x20", "j", "RESIZE:80x24", "} } } } }",
                "> >", "<", "#", "G", "RESIZE:40x12", "g", "SPACE SPACE SPACE SPACE SPACE SPACE SPACE SPACE")) {
            small.run(step);
            big.run(step);
            assertThat(body(big)).as("after %s", step).isEqualTo(body(small));
            assertThat(big.state().reader().current()).as("current after %s", step)
                    .isEqualTo(small.state().reader().current());
        }
    }

    /** Issue 22: N% in a large file goes by bytes, as less's p does: half way is the middle byte's paragraph. */
    @Test
    void percentInALargeFileGoesByBytes() throws IOException {
        KeyScript big = largeAt(80, 24, true);

        big.run("5 0 %");

        ReaderState reader = big.state().reader();
        assertThat(big.state().prompt()).as("% goes at once").isNull();
        assertThat(reader.current()).isEqualTo(indexed.index().numberAt(large.paragraphAt(Files.size(file) / 2)));
        assertThat(big.run("1 0 0 %").state().reader().current()).isEqualTo(PARAGRAPHS);
        assertThat(big.run("0 %").state().reader().current()).isEqualTo(1);
    }

    @Test
    void findGoesToTheSameMatchesAsInMemory() {
        KeyScript small = wholeAt(80, 24);
        KeyScript big = largeAt(80, 24, true);
        for (String step : List.of("/ P a r a g r a p h SPACE 1 9 9 9 ENTER", "n", "N", "/ s e c o n d ENTER", "n n n",
                "/ T H E ENTER", "n", "G / b e g i n s ENTER N N")) {
            small.run(step);
            big.run(step);
            assertThat(big.state().search().matches()).as("after %s", step)
                    .isEqualTo(small.state().search().matches());
            assertThat(body(big)).as("after %s", step).isEqualTo(body(small));
        }
    }

    @Test
    void beforeTheIndexNumbersAreEstimatesAndGotoWaits() {
        KeyScript big = largeAt(80, 24, false);
        String status = view.render(big.state()).toText().stripTrailing();
        assertThat(status.substring(status.lastIndexOf('\n'))).contains("\u00b61/~").contains("indexing");
        big.run("G");
        assertThat(big.state().reader().estimated()).isTrue();
        assertThat(body(big)).contains("Paragraph 2000 begins").contains("THE SOURCE");
        big.run(": 1 5 0 0 ENTER");
        assertThat(big.state().message()).contains("once it is indexed");
        big.send(complete());
        assertThat(big.state().reader().current()).isEqualTo(1500);
        assertThat(big.state().reader().estimated()).isFalse();
        assertThat(body(big)).contains("Paragraph 1500 begins");
        KeyScript small = wholeAt(80, 24).run("G : 1 5 0 0 ENTER");
        assertThat(body(big)).isEqualTo(body(small));
    }

    /** Said before a note is typed, so nothing typed is lost; the list shows the count whole. */
    @Test
    void aBookmarkWhereNumbersAreEstimatesIsRefusedUpFrontAndTheListCountFits() {
        KeyScript big = largeAt(100, 24, false).run("G m");
        assertThat(big.state().prompt()).isNull();
        assertThat(big.state().message()).contains("still being counted");
        big.send(complete());
        String list = view.render(big.run("q").state()).toText();
        assertThat(list).contains(" 2000 ");
    }

    /** Issue 19, D2: {@code g} where the document's top already shows says nothing, as in memory. */
    @Test
    void gAtTheTopSaysNothing() {
        KeyScript big = largeAt(80, 24, true).run("g");
        assertThat(big.state().message()).isEmpty();
        big.run("SPACE g g");
        assertThat(big.state().message()).isEmpty();
        assertThat(big.state().reader().top()).isZero();
    }

    /** A resize at the top keeps the current paragraph (a match lower down) on screen, as in memory. */
    @Test
    void aResizeAtTheTopKeepsTheCurrentParagraphOnScreen() {
        KeyScript small = wholeAt(80, 24);
        KeyScript big = largeAt(80, 24, true);
        for (String step : List.of("/ P a r a g r a p h SPACE 6 ENTER", "RESIZE:40x12", "RESIZE:80x24")) {
            small.run(step);
            big.run(step);
            assertThat(body(big)).as("after %s", step).isEqualTo(body(small));
            assertThat(big.state().reader().current()).as("current after %s", step).isEqualTo(6);
        }
        assertThat(body(big)).contains("Paragraph 6 begins");
    }

    /** A title taller than the screen gives way to the first paragraph at once, as in memory. */
    @Test
    void aTitleTallerThanTheScreenOpensAtTheFirstParagraph() throws IOException {
        Path titled = dir.resolve("titled.txt");
        Files.writeString(titled, "Supercalifragilistic ".repeat(5).strip() + "\n\nThe first paragraph.\n\n"
                + "The second.\n", StandardCharsets.UTF_8);
        LargeFile text = LargeFile.open(FileSource.of(titled)).orElseThrow();
        KeyScript big = new KeyScript(app, AppState.initial("t", List.of(LibraryDocument.large(titled.toString(), text,
                text.emptyIndex())), new Size(30, 5))).send(new Msg.Resize(30, 5)).send(new Msg.Open(0));
        KeyScript small = new KeyScript(app, AppState.initial("t", List.of(LibraryDocument.of(Fixtures.load(FileSource.of(titled)))),
                new Size(30, 5))).send(new Msg.Resize(30, 5)).send(new Msg.Open(0));
        assertThat(body(small)).contains("The first paragraph.");
        assertThat(body(big)).isEqualTo(body(small));
        assertThat(big.state().reader().top()).isPositive();
    }

    /** Resized while finding, Esc lays the place out at the new width (it put back the old width's lines). */
    @Test
    void escapeAfterAResizeLaysThePlaceOutAtTheNewWidth() {
        KeyScript small = wholeAt(80, 24);
        KeyScript big = largeAt(80, 24, true);
        for (String step : List.of(": 9 0 0 ENTER j", "/ P a r a g r a p h SPACE 1 9 9 9", "RESIZE:40x12", "ESC")) {
            small.run(step);
            big.run(step);
        }
        assertThat(big.state().reader().textWidth()).isEqualTo(small.state().reader().textWidth());
        assertThat(body(big)).isEqualTo(body(small));
    }

    @Test
    void anIndexThatGoesOnKeepsThePlace() {
        KeyScript big = largeAt(80, 24, false);
        big.run("SPACE SPACE SPACE j j");
        String before = body(big).replaceAll("\u00b6\\d+", "");
        big.send(complete());
        assertThat(body(big).replaceAll("\u00b6\\d+", "").replace("  ", "")).isEqualTo(before.replace("  ", ""));
    }
}
