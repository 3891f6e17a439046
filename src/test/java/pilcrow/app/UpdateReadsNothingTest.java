package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.DocumentSummary;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * {@link App#update} reads no file: a large library's row is read when it is opened, and a
 * bookmark placed in a row not read yet, but by the edge, carrying out an effect whose answer
 * comes back as a message. Here every row's loader fails when {@code App.update} is on the stack,
 * and the screens are those of a library read in the update.
 */
class UpdateReadsNothingTest {

    private final App app = new App(new JLineTextMeasure());
    private final AtomicInteger reads = new AtomicInteger();

    private static Document doc(int i) {
        return Fixtures.document("lib/doc" + i + ".txt", "Title number " + i + "\n\nFirst paragraph of " + i
                + " with zebra.\n\nSecond paragraph.\n\nThird paragraph, the end of " + i + ".\n");
    }

    /** Rows not read yet, each read by a loader that fails inside update. */
    private List<LibraryDocument> lazyRows(boolean measured) {
        List<LibraryDocument> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            entries.add(LibraryDocument.lazy("lib/doc" + i + ".txt", measured ? DocumentSummary.of(doc(i)) : null, () -> {
                assertNotInUpdate();
                reads.incrementAndGet();
                return LibraryDocument.of(doc(n));
            }));
        }
        return entries;
    }

    private static void assertNotInUpdate() {
        boolean inUpdate = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().equals(App.class.getName()) && f.getMethodName().equals("update")));
        if (inUpdate) {
            throw new AssertionError("a file was read in App.update");
        }
    }

    private KeyScript keys(boolean measured) {
        return new KeyScript(app, AppState.initial("lib", lazyRows(measured), new Size(100, 12)));
    }

    @Test
    void enterOnARowReadsItsDocumentAtTheEdge() {
        KeyScript keys = keys(false).run("j ENTER");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.state().reader().document().title()).isEqualTo("Title number 1");
        assertThat(keys.state().entries().get(1).document()).isNotNull();
        assertThat(reads).hasValue(1);
        assertThat(keys.effects()).filteredOn(Effect.Load.class::isInstance).map(Effect.Load.class::cast)
                .singleElement().satisfies(load -> {
                    assertThat(load.entry()).isEqualTo(1);
                    assertThat(load.row().path()).isEqualTo("lib/doc1.txt");
                    assertThat(load.then()).isEqualTo(new Msg.Key(KeyInput.of(KeyInput.Name.ENTER)));
                });
    }

    @Test
    void everyWayOfOpeningAReadsRowAtTheEdge() {
        assertThat(keys(false).send(new Msg.Open(0)).state().reader().document().title())
                .isEqualTo("Title number 0");
        assertThat(keys(false).run("/ 2 ENTER").state().reader().document().title()).isEqualTo("Title number 2");
        KeyScript hit = keys(false).run("F e n d ENTER j ENTER");
        assertThat(hit.state().reader().document().title()).isEqualTo("Title number 1");
        assertThat(hit.state().reader().current()).isEqualTo(3);
        Mark mark = new Mark("m1", "lib/doc2.txt", "", 2, "Second paragraph.", "", 1L);
        KeyScript bookmark = keys(false);
        bookmark.send(new Msg.DataLoaded(List.of(), List.of(mark), Map.of(), "")).run("' ENTER");
        assertThat(bookmark.state().reader().document().title()).isEqualTo("Title number 2");
        assertThat(bookmark.state().reader().current()).isEqualTo(2);
    }

    @Test
    void bookmarksArePlacedInRowsNotReadYetAtTheEdge() {
        Document renumbered = doc(0);
        // Saved on ¶1 when the second paragraph was the first: its quote finds it on ¶2 now.
        Mark quoted = new Mark("m1", "lib/doc0.txt", Anchors.fingerprint(renumbered), 1,
                Anchors.quote(renumbered, 2), "", 2L);
        Mark moved = new Mark("m2", "/gone/old.txt", Anchors.fingerprint(doc(1)), 1, Anchors.quote(doc(1), 3), "",
                1L);
        KeyScript keys = keys(true);
        keys.send(new Msg.DataLoaded(List.of(), List.of(quoted, moved), Map.of(), ""));
        assertThat(keys.state().marks()).extracting(Mark::documentPath, Mark::paragraph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lib/doc0.txt", 2),
                        org.assertj.core.groups.Tuple.tuple("lib/doc1.txt", 3));
        assertThat(keys.effects()).hasAtLeastOneElementOfType(Effect.Anchor.class);

        keys.send(new Msg.MarksChanged(List.of(quoted), true));
        assertThat(keys.state().marks()).extracting(Mark::paragraph).containsExactly(2);
        assertThat(keys.state().message()).isEqualTo("Bookmark saved");
    }

    @Test
    void theEndOfTheMeasuringPassPlacesBookmarksAtTheEdge() {
        Mark moved = new Mark("m2", "/gone/old.txt", Anchors.fingerprint(doc(1)), 1, Anchors.quote(doc(1), 3), "",
                1L);
        KeyScript keys = keys(false);
        keys.send(new Msg.DataLoaded(List.of(), List.of(moved), Map.of(), ""));
        assertThat(keys.state().marks().get(0).documentPath()).isEqualTo("/gone/old.txt");
        List<Measurement> all = List.of(new Measurement(0, DocumentSummary.of(doc(0)), null),
                new Measurement(1, DocumentSummary.of(doc(1)), null),
                new Measurement(2, DocumentSummary.of(doc(2)), null));
        keys.send(new Msg.Measured(all, 3, 3));
        assertThat(keys.state().marks()).extracting(Mark::documentPath, Mark::paragraph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lib/doc1.txt", 3));
    }

    /** A library held in memory has nothing to read: its bookmarks are placed in the update itself. */
    @Test
    void aLibraryInMemoryPlacesBookmarksInTheUpdate() {
        Document renumbered = doc(0);
        Mark quoted = new Mark("m1", "lib/doc0.txt", Anchors.fingerprint(renumbered), 1,
                Anchors.quote(renumbered, 2), "", 2L);
        Next next = app.update(Fixtures.state(new Size(100, 12), doc(0), doc(1)),
                new Msg.DataLoaded(List.of(), List.of(quoted), Map.of(), ""));
        assertThat(next.effects()).isEmpty();
        assertThat(next.state().marks()).extracting(Mark::paragraph).containsExactly(2);
    }

    /**
     * Wherever the bookmarks are placed (in update, or at the edge when that reads a file), they
     * are placed as reading every row would: libraries of rows in memory, not read yet but
     * measured, or not even measured; marks by path or fingerprint, with quotes or none.
     */
    @Test
    void placingInUpdateOrAtTheEdgeIsPlacingWithEveryRowRead() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 2)).ofSize(4),
                lists().of(integers().between(0, 5 * 5 * 5 * 5 * 3 - 1)).ofSizeBetween(1, 5))
                .checkAssert((kinds, codes) -> {
                    List<LibraryDocument> rows = new ArrayList<>();
                    for (int i = 0; i < kinds.size(); i++) {
                        rows.add(row(i, kinds.get(i)));
                    }
                    List<Mark> marks = new ArrayList<>();
                    for (int code : codes) {
                        marks.add(mark(marks.size(), code));
                    }
                    KeyScript keys = new KeyScript(app, AppState.initial("lib", rows, new Size(100, 12)));
                    keys.send(new Msg.DataLoaded(List.of(), marks, Map.of(), ""));
                    assertThat(keys.state().marks()).isEqualTo(Bookmarking.anchored(rows, marks));
                });
    }

    /** Row {@code i}: 0 in memory, 1 not read yet but measured, 2 not read nor measured. */
    private LibraryDocument row(int i, int kind) {
        Document document = doc(i);
        LibraryDocument.Loader loader = () -> {
            assertNotInUpdate();
            return LibraryDocument.of(document);
        };
        return kind == 0 ? LibraryDocument.of(document)
                : LibraryDocument.lazy(document.name(), kind == 1 ? DocumentSummary.of(document) : null, loader);
    }

    /** A mark decoded from {@code code}: its path, fingerprint, paragraph and quote each a row's, or none. */
    private static Mark mark(int n, int code) {
        int path = code % 5;
        int fingerprint = code / 5 % 5;
        int paragraph = code / 25 % 5 + 1;
        int quoted = code / 125 % 5;
        int quotedParagraph = code / 625 % 3 + 1;
        return new Mark("m" + n, path < 4 ? doc(path).name() : "/gone/old.txt",
                fingerprint < 4 ? Anchors.fingerprint(doc(fingerprint)) : "", paragraph,
                quoted < 4 ? Anchors.quote(doc(quoted), quotedParagraph) : "", "", n);
    }
}
