package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.Size;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** The status line names the section the reader is in: sanitised, and cut to the line with the title. */
class SectionStatusTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    /**
     * The heading is made here raw, as no reader would hand it on (they sanitise on entry): the
     * status line is a gate of its own.
     */
    @Test
    void aHostileHeadingIsShownSanitisedAndClippedOnTheStatusLine() {
        Document hostile = new Document("evil.md", "Title", List.of(Block.paragraph(1, "Intro."),
                new Block(2, BlockKind.HEADING, 2, "", "Evil \u001b]0;pwned\u0007 \u202e heading that goes on past the edge"),
                Block.paragraph(3, "Inside it.")), Optional.empty(), 0, false);
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(40, 12), hostile)).run("ENTER G");
        List<String> rows = new View(measure, false).render(keys.state()).toText().lines().toList();
        String status = rows.get(rows.size() - 1);
        assertThat(status).startsWith(" Title \u00a7 Evil ^[]0;pwned^G \u2026");
        assertThat(status).doesNotContain("\u001b", "\u0007", "\u202e");
        assertThat(measure.width(status)).isLessThanOrEqualTo(40);
        assertThat(status).endsWith("\u00b63/3  100%");
        String outline = new View(measure, false).render(keys.run("t").state()).toText();
        assertThat(outline).contains("\u00b62 Evil ^[]0;pwned^G <U+202E>").doesNotContain("\u001b", "\u0007", "\u202e");
    }

    @Test
    void beforeTheFirstHeadingTheStatusLineNamesNoSection() {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), Fixtures.guide())).run("ENTER");
        List<String> rows = new View(measure, false).render(keys.state()).toText().lines().toList();
        assertThat(rows.get(rows.size() - 1)).startsWith(" Guide  ").doesNotContain("\u00a7");
    }
}
