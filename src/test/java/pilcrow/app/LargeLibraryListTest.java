package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.DocumentSummary;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * A large library's list: rows start pending (file name, no counts), fill in as {@link Msg.Measured}
 * batches arrive, and a document is read only when it is opened, searched or a bookmark needs it.
 */
class LargeLibraryListTest {

    private final App app = new App(new JLineTextMeasure());
    private final View view = new View(new JLineTextMeasure(), false);
    private final AtomicInteger reads = new AtomicInteger();

    private Document doc(int i) {
        return Fixtures.document("lib/doc" + i + ".txt", "Title number " + i + "\n\nFirst paragraph of " + i
                + " with zebra.\n\nSecond paragraph.\n");
    }

    /** Three documents not read yet, their rows pending. */
    private List<LibraryDocument> pendingEntries() {
        List<LibraryDocument> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            entries.add(LibraryDocument.lazy("lib/doc" + i + ".txt", null, () -> {
                reads.incrementAndGet();
                return LibraryDocument.of(doc(n));
            }));
        }
        return entries;
    }

    private KeyScript keys() {
        return new KeyScript(app, AppState.initial("lib", pendingEntries(), new Size(100, 10)));
    }

    private String screen(KeyScript keys) {
        return view.render(keys.state()).toText();
    }

    /** The library's index being brought up to date says how far on the list's status line, then goes quiet. */
    @Test
    void indexingProgressIsOnTheStatusLineUntilDone() {
        KeyScript keys = keys();
        keys.send(new Msg.Measured(List.of(new Measurement(0, DocumentSummary.of(doc(0)), null),
                new Measurement(1, DocumentSummary.of(doc(1)), null), new Measurement(2, DocumentSummary.of(doc(2)), null)),
                3, 3));
        keys.send(new Msg.LibraryIndexing(4210, 10000));
        assertThat(screen(keys)).contains("indexing 4,210/10,000");
        keys.run("F");
        keys.send(new Msg.LibraryIndexing(4211, 10000));
        assertThat(keys.state().working()).isEqualTo("indexing 4,211/10,000");
        keys.send(new Msg.LibraryIndexing(0, 0));
        assertThat(screen(keys)).doesNotContain("indexing");
        assertThat(reads).hasValue(0);
    }

    @Test
    void rowsArePendingThenCountsArriveAsMessages() {
        KeyScript keys = keys();
        String before = screen(keys);
        assertThat(before).contains("doc0.txt").contains("\u2026").contains("Measuring documents\u2026 0/3");
        assertThat(reads).hasValue(0);

        keys.send(new Msg.Measured(List.of(new Measurement(1, DocumentSummary.of(doc(1)), null)), 1, 3));
        String partly = screen(keys);
        assertThat(partly).contains("Title number 1").contains("Measuring documents\u2026 1/3").contains("doc0.txt");
        assertThat(partly.lines().filter(l -> l.contains("Title number 1")).findFirst().orElseThrow())
                .containsPattern("\\s2\\s+\\d+\\s");

        keys.send(new Msg.Measured(List.of(new Measurement(0, DocumentSummary.of(doc(0)), null),
                new Measurement(2, null, "binary file, with NUL bytes")), 3, 3));
        String done = screen(keys);
        assertThat(done).contains("Title number 0").doesNotContain("Measuring").contains("(binary file, with NUL bytes)");
        assertThat(reads).hasValue(0);
    }

    @Test
    void openingAPendingRowReadsThatDocumentOnly() {
        KeyScript keys = keys().run("j ENTER");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.state().reader().document().title()).isEqualTo("Title number 1");
        assertThat(reads).hasValue(1);
        // A measurement arriving later keeps the document read.
        keys.send(new Msg.Measured(List.of(new Measurement(1, DocumentSummary.of(doc(1)), null)), 1, 3));
        assertThat(keys.state().entries().get(1).document()).isNotNull();
        assertThat(keys.run("q ENTER").state().reader().document().title()).isEqualTo("Title number 1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void theLibrarySearchReadsDocumentsItHasNot() {
        KeyScript keys = keys().run("F z e b r a ENTER");
        assertThat(keys.state().librarySearch().hits()).hasSize(3);
        assertThat(keys.state().entries().get(0).document()).isNull(); // read for the search, not kept
    }

    @Test
    void aMovedDocumentsBookmarkIsPlacedOnceItsFingerprintIsMeasured() {
        Document moved = doc(2);
        Mark mark = new Mark("m1", "/gone/old.txt", Anchors.fingerprint(moved), 1, Anchors.quote(moved, 1), "",
                1L);
        KeyScript keys = keys();
        keys.send(new Msg.DataLoaded(List.of(), List.of(mark), java.util.Map.of(), ""));
        assertThat(keys.state().marks().get(0).documentPath()).isEqualTo("/gone/old.txt");
        List<Measurement> all = List.of(new Measurement(0, DocumentSummary.of(doc(0)), null),
                new Measurement(1, DocumentSummary.of(doc(1)), null),
                new Measurement(2, DocumentSummary.of(moved), null));
        keys.send(new Msg.Measured(all, 3, 3));
        assertThat(keys.state().marks().get(0).documentPath()).isEqualTo("lib/doc2.txt");
    }
}
