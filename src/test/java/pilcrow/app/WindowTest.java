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
import pilcrow.core.large.ParagraphIndex;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.KeyScript;

/** The laid-out run of a large document's paragraphs: what it holds after moves and at the ends. */
class WindowTest {

    private static final int PARAGRAPHS = 600;
    private final App app = new App(new JLineTextMeasure());
    private LargeFile large;
    private ParagraphIndex complete;

    @BeforeEach
    void write(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("A windowed document\n\n");
        for (int i = 1; i <= PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(" starts.").append(" More words to wrap.".repeat(i % 5))
                    .append("\n\n");
        }
        text.append("-THE SOURCE\n");
        Path file = dir.resolve("windowed.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        large = LargeFile.open(FileSource.of(file)).orElseThrow();
        complete = large.index(snapshot -> { }, () -> false).index();
    }

    private KeyScript opened(ParagraphIndex index) {
        LibraryDocument entry = LibraryDocument.large("windowed.txt", large, index);
        return new KeyScript(app, AppState.initial("t", List.of(entry), new Size(60, 20))).run("ENTER");
    }

    private static Window window(KeyScript keys) {
        return keys.state().reader().window();
    }

    /**
     * What any window holds: consecutive places, numbered one after another, each starting at its
     * first line with its number, and the current paragraph among them.
     */
    private void assertWellFormed(ReaderState reader, String after) {
        Window window = reader.window();
        List<Long> places = window.places();
        assertThat(places).as("after %s", after).isNotEmpty();
        assertThat(window.numbers()).hasSameSizeAs(places);
        assertThat(window.firstLines()).hasSameSizeAs(places);
        for (int i = 0; i < places.size(); i++) {
            if (i > 0) {
                assertThat(places.get(i)).as("after %s: next of %d", after, i - 1).isEqualTo(large.next(places.get(i - 1)));
                assertThat(window.numbers().get(i)).isEqualTo(window.numbers().get(i - 1) + 1);
            }
            int first = window.firstLines().get(i);
            LayoutLine line = reader.lines().get(first);
            assertThat(line.paragraph()).as("after %s: line %d", after, first).isEqualTo(window.numbers().get(i));
            assertThat(line.first()).isTrue();
            assertThat(window.placeAt(first)).isEqualTo(places.get(i));
            assertThat(window.numberOf(places.get(i))).isEqualTo(window.numbers().get(i));
            assertThat(window.placeOf(window.numbers().get(i))).isEqualTo(places.get(i));
        }
        assertThat(window.placeOf(reader.current())).as("after %s: current %d", after, reader.current())
                .isGreaterThanOrEqualTo(0);
        assertThat(window.atStart()).isEqualTo(places.get(0) == large.first());
        assertThat(window.atEnd()).isEqualTo(places.get(places.size() - 1) == large.last());
    }

    @Test
    void openedAtTheStartItHoldsTheTitleAndTheFirstParagraphsOnly() {
        KeyScript keys = opened(complete);
        Window window = window(keys);
        assertWellFormed(keys.state().reader(), "opening");
        assertThat(window.atStart()).isTrue();
        assertThat(window.atEnd()).isFalse();
        assertThat(window.firstNumber()).isEqualTo(1);
        assertThat(window.startOf(1)).isEqualTo(large.first());
        assertThat(window.lastNumber()).isLessThan(PARAGRAPHS);
        assertThat(keys.state().reader().lines().get(0).text()).isEqualTo("A windowed document");
        assertThat(window.placeAt(0)).as("the title is above the first place").isEqualTo(-1);
        assertThat(window.total()).isEqualTo(PARAGRAPHS);
    }

    @Test
    void atTheEndItHoldsTheLastParagraphAndTheSource() {
        KeyScript keys = opened(complete).run("G");
        Window window = window(keys);
        assertWellFormed(keys.state().reader(), "G");
        assertThat(window.atEnd()).isTrue();
        assertThat(window.atStart()).isFalse();
        assertThat(window.lastNumber()).isEqualTo(PARAGRAPHS).isEqualTo(window.total());
        assertThat(window.numberOf(large.last())).isEqualTo(PARAGRAPHS);
        List<LayoutLine> lines = keys.state().reader().lines();
        assertThat(lines.get(lines.size() - 1).plain()).contains("THE SOURCE");
        assertThat(window.placeOf(1)).as("the start is far away").isEqualTo(-1);
        assertThat(window.startOf(1)).isEqualTo(-1);
    }

    @Test
    void afterEachMoveTheWindowHoldsThePlaceNumberedAsIndexed() {
        KeyScript keys = opened(complete);
        for (String step : List.of("SPACE SPACE SPACE SPACE SPACE SPACE SPACE SPACE", ": 3 0 0 ENTER", "j j j", "b b b",
                "} } } }", "G", "k k k k", "g", ": 5 9 9 ENTER", "RESIZE:30x10", "u u u", "RESIZE:100x40")) {
            keys.run(step);
            ReaderState reader = keys.state().reader();
            assertWellFormed(reader, step);
            Window window = reader.window();
            assertThat(window.estimated()).isFalse();
            for (int i = 0; i < window.places().size(); i++) {
                assertThat(window.numbers().get(i)).isEqualTo(complete.numberAt(window.places().get(i)));
            }
            if (step.startsWith(":")) {
                int asked = Integer.parseInt(step.replaceAll("[^0-9]", ""));
                assertThat(window.startOf(asked)).as("after %s", step).isEqualTo(complete.offsetOf(asked));
            }
        }
    }

    @Test
    void beforeTheIndexTheWindowAtTheEndIsEstimatedAndCountsOnToItsLastParagraph() {
        KeyScript keys = opened(large.emptyIndex()).run("G");
        Window window = window(keys);
        assertWellFormed(keys.state().reader(), "G");
        assertThat(window.estimated()).isTrue();
        assertThat(window.exact()).isFalse();
        assertThat(window.total()).isEqualTo(window.lastNumber());
        assertThat(opened(large.emptyIndex()).run("g").state().reader().window().estimated())
                .as("the start is numbered from 1 without an index").isFalse();
    }

    /** placeAt finds the place whose lines hold a line: the last one starting at or above it. */
    @Test
    void placeAtFindsThePlaceWhoseLinesHoldTheLine() {
        Window window = new Window(new TextSnapshot(large, complete), List.of(10L, 20L, 30L), List.of(4, 5, 6), List.of(2, 5, 9),
                true, false, false, 0);
        assertThat(window.placeAt(0)).isEqualTo(-1);
        assertThat(window.placeAt(1)).isEqualTo(-1);
        assertThat(window.placeAt(2)).isEqualTo(10L);
        assertThat(window.placeAt(4)).isEqualTo(10L);
        assertThat(window.placeAt(5)).isEqualTo(20L);
        assertThat(window.placeAt(8)).isEqualTo(20L);
        assertThat(window.placeAt(9)).isEqualTo(30L);
        assertThat(window.placeAt(1000)).isEqualTo(30L);
        assertThat(window.numberOf(20L)).isEqualTo(5);
        assertThat(window.numberOf(25L)).isEqualTo(-1);
        assertThat(window.placeOf(6)).isEqualTo(30L);
        assertThat(window.placeOf(7)).isEqualTo(-1);
        assertThat(window.firstNumber()).isEqualTo(4);
        assertThat(window.lastNumber()).isEqualTo(6);
        Window empty = Window.empty(new TextSnapshot(large, complete));
        assertThat(empty.firstNumber()).isEqualTo(1);
        assertThat(empty.lastNumber()).isZero();
        assertThat(empty.placeAt(0)).isEqualTo(-1);
    }
}
