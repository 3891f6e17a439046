package pilcrow.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.library.BookmarkPlacer.Change;
import pilcrow.library.BookmarkPlacer.Placed;
import pilcrow.library.BookmarkPlacer.Saved;

class BookmarkPlacerTest {

    /** A row with a fingerprint that fails the test if asked when it should not be. */
    record Row(String path, String print, boolean locatesQuotes, Document document, boolean mayHash)
            implements BookmarkPlacer.Candidate {
        @Override
        public String fingerprint() {
            assertThat(mayHash).as("fingerprint of " + path + " asked").isTrue();
            return print;
        }
    }

    private static final Document TEXT = PlainTextParser.parse("a.txt", "Title\n\none\n\ntwo\n\nthree\n", "a", 24);

    @Test
    void foundByPathHashesNothing() {
        BookmarkPlacer<Row> placer = new BookmarkPlacer<>(List.of(new Row("/a.txt", "f", true, TEXT, false)));
        assertThat(placer.place(new Saved("/a.txt", "f", 1, "three")))
                .isEqualTo(new Placed<>(placer.place(new Saved("/a.txt", "", 1, "")).document(), 3, false,
                        Change.RENUMBERED));
    }

    @Test
    void aLargeDocumentKeepsTheNumberAndTheNewPath() {
        Row large = new Row("/new.log", "ends", false, null, true);
        Placed<Row> placed = new BookmarkPlacer<>(List.of(large)).place(new Saved("/old.log", "ends", 7, "x"));
        assertThat(placed).isEqualTo(new Placed<>(large, 7, true, Change.SAME));
    }

    @Test
    void theFileOnDiskIsLookedAtBeforeFingerprints() {
        Row disk = new Row("/a.txt", "f", true, TEXT, false);
        BookmarkPlacer<Row> placer = new BookmarkPlacer<>(List.of(new Row("/b.txt", "f", true, TEXT, false)),
                path -> path.equals("/a.txt") ? disk : null);
        assertThat(placer.place(new Saved("/a.txt", "f", 2, "two"))).isEqualTo(new Placed<>(disk, 2, false, Change.SAME));
    }

    @Test
    void aRowNotMeasuredIsLeftOutAndAnEmptyFingerprintMatchesNothing() {
        BookmarkPlacer<Row> placer = new BookmarkPlacer<>(List.of(new Row("/a.txt", null, true, TEXT, true),
                new Row("/b.txt", "", true, TEXT, true)));
        assertThat(placer.place(new Saved("/gone.txt", "", 2, "two")).found()).isFalse();
        assertThat(placer.place(new Saved("/gone.txt", "f", 2, "two")).found()).isFalse();
    }

    @Test
    void aRewrittenParagraphKeepsItsNumber() {
        BookmarkPlacer<Row> placer = new BookmarkPlacer<>(List.of(new Row("/a.txt", "f", true, TEXT, false)));
        Placed<Row> placed = placer.place(new Saved("/a.txt", "f", 2, "gone"));
        assertThat(placed.paragraph()).isEqualTo(2);
        assertThat(placed.change()).isEqualTo(Change.REWRITTEN);
    }
}
