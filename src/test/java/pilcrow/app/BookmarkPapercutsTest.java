package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/** The bookmark list's small faults of issue 17: quotes, undo, a second m on one paragraph. */
class BookmarkPapercutsTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document notes = Fixtures.document("notes.txt", "Notes\n\nOne short line.\n\n"
            + "A second paragraph long enough that its quote stops well before the paragraph itself does.\n");

    private KeyScript keys() {
        return new KeyScript(new App(measure), Fixtures.state(new Size(160, 12), notes));
    }

    private String screen(KeyScript keys) {
        return new View(measure, false).render(keys.state()).toText();
    }

    @Test
    void aWholeQuoteEndsWithoutAnEllipsisAndACutOneWithIt() {
        String whole = Anchors.quote(notes, 1);
        String cut = Anchors.quote(notes, 2);
        assertThat(whole).isEqualTo("One short line.");
        assertThat(cut).hasSize(Anchors.QUOTE_LENGTH);
        KeyScript keys = keys().send(new Msg.MarksChanged(List.of(
                new Mark("m1", notes.name(), Anchors.fingerprint(notes), 1, whole, "", 2),
                new Mark("m2", notes.name(), Anchors.fingerprint(notes), 2, cut, "", 1)), false)).run("'");
        String screen = screen(keys);
        assertThat(screen).contains(whole).doesNotContain(whole + "\u2026");
        assertThat(screen).contains(cut + "\u2026");
    }

    @Test
    void aQuoteOfADocumentNotInTheLibraryIsCutWhenItIsAsLongAsQuotesGet() {
        String longQuote = "x".repeat(Anchors.QUOTE_LENGTH);
        KeyScript keys = keys().send(new Msg.MarksChanged(List.of(
                new Mark("m1", "/elsewhere/gone.txt", "", 4, "Short and whole.", "", 2),
                new Mark("m2", "/elsewhere/gone.txt", "", 5, longQuote, "", 1)), false)).run("'");
        String screen = screen(keys);
        assertThat(screen).contains("Short and whole.").doesNotContain("Short and whole.\u2026");
        assertThat(screen).contains(longQuote + "\u2026");
    }
}
