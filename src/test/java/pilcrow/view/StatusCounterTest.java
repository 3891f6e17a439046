package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.Size;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** The status line's paragraph counter reads the same in every document: digits grouped. */
class StatusCounterTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private String statusAfter(Document document, String keys) {
        KeyScript script = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), document)).run(keys);
        String[] rows = new View(measure, false).render(script.state()).toText().split("\n");
        return rows[rows.length - 1];
    }

    @Test
    void aDocumentInMemoryGroupsItsCountsAsALargeOneDoes() {
        StringBuilder text = new StringBuilder("Many paragraphs\n\n");
        for (int i = 1; i <= 1234; i++) {
            text.append("Paragraph ").append(i).append(".\n\n");
        }
        Document many = Fixtures.document("many.txt", text.toString());

        assertThat(statusAfter(many, "ENTER")).contains("\u00b61/1,234");
        assertThat(statusAfter(many, "ENTER : 1 0 0 1 ENTER")).contains("\u00b61,001/1,234");
        assertThat(statusAfter(Fixtures.seed(), "ENTER")).contains("\u00b61/7");
    }
}
