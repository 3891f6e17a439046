package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;

/**
 * A window laid out around a document in memory, when it reaches both ends, has exactly the lines
 * the whole document is laid out in: blocks keep their kinds (headings, lists, quotes, code).
 */
class WholeWindowTest {

    private static final DocumentLayout LAYOUT = new DocumentLayout(new JLineTextMeasure());
    private static final Reading READING = new Reading(LAYOUT);

    static final Document MARKDOWN = Fixtures.document("notes.md", """
            # Markdown notes

            A paragraph with *emphasis* and `code` that goes on long enough to wrap at forty columns.

            ## A section

            - first item
            - second item that is long enough to wrap onto a second line at forty
              1. nested

            > A quote that is also long enough to wrap onto another line at forty columns.

            ```
            code  keeps   its spacing
                and its indentation
            ```
            """);

    private static Window laidOut(Document document, long place, int width) {
        ReaderState blank = new ReaderState(0, document, List.of(), width, 0, 0, null);
        ReaderState laid = READING.around(blank, TextSnapshot.of(new WholeText(document)), place, 0, 0, width, 1000,
                null);
        List<pilcrow.core.layout.LayoutLine> lines = LAYOUT.layout(document, width, true);
        assertThat(laid.lines()).isEqualTo(lines);
        // The whole window the in-memory layout is given has the places, numbers and lines this one has.
        Window whole = Window.whole(laid.window().snapshot(), lines);
        assertThat(whole).isEqualTo(laid.window());
        return laid.window();
    }

    @Test
    void aWindowReachingBothEndsIsTheWholeLayoutKindsKept() {
        for (int width : new int[] {20, 40, 80}) {
            for (long place = 1; place <= MARKDOWN.paragraphCount(); place++) {
                Window window = laidOut(MARKDOWN, place, width);
                assertThat(window.atStart() && window.atEnd()).isTrue();
                assertThat(window.exact()).isTrue();
            }
        }
    }

    @Test
    void theSeedWithItsSourceLineIsLaidOutTheSame() {
        Window window = laidOut(Fixtures.seed(), 3, 60);
        assertThat(window.numbers()).hasSize(Fixtures.seed().paragraphCount());
        assertThat(window.total()).isEqualTo(Fixtures.seed().paragraphCount());
    }
}
