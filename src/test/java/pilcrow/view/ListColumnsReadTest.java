package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Place;
import pilcrow.core.text.FakeTextMeasure;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;

/** The list's READ column: how far through the document its saved place is, large documents too. */
class ListColumnsReadTest {

    private static final FakeTextMeasure MEASURE = new FakeTextMeasure();

    private static LargeFile large(Path dir) throws IOException {
        StringBuilder text = new StringBuilder("A large document\n\n");
        for (int i = 1; i <= 2000; i++) {
            text.append("Paragraph ").append(i).append(" of the large document.\n\n");
        }
        Path file = dir.resolve("large.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return LargeFile.open(FileSource.of(file)).orElseThrow();
    }

    /** The READ cells of a row drawn at 100 columns, trimmed. */
    private static String read(LibraryDocument entry, Place place) {
        ListColumns columns = ListColumns.of(100, 20, MEASURE);
        Frame frame = new Frame(100, 1, MEASURE);
        columns.row(frame, 0, entry, place, Style.PLAIN, Style.PLAIN);
        StringBuilder cells = new StringBuilder();
        for (int x = columns.readX(); x < columns.readX() + ListColumns.READ_WIDTH; x++) {
            cells.append(frame.text(x, 0));
        }
        return cells.toString().strip();
    }

    @Test
    void aLargeDocumentWithASavedPlaceShowsHowFarThrough(@TempDir Path dir) throws IOException {
        LargeFile large = large(dir);
        LibraryDocument indexed = LibraryDocument.large("large.txt", large, large.index(index -> { }, () -> false).index());

        assertThat(read(indexed, new Place(1001, 0))).isEqualTo("50%");
        assertThat(read(indexed, new Place(1, 0))).isEqualTo("0%");
        assertThat(read(indexed, null)).isEmpty();
    }

    @Test
    void whileItsParagraphsAreStillCountedThePercentageIsAnEstimate(@TempDir Path dir) throws IOException {
        LargeFile large = large(dir);
        LibraryDocument estimated = LibraryDocument.large("large.txt", large, large.emptyIndex());

        assertThat(read(estimated, new Place(1001, 0))).startsWith("~").endsWith("%");
    }
}
