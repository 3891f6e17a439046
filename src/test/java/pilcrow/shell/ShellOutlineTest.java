package pilcrow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;

/** The line mode's outline and section N, as a transcript: lines typed, the text printed. */
class ShellOutlineTest {

    @TempDir
    Path data;

    private Store store;

    private Interpreter shell(Document... documents) {
        store = Store.open(data, Clock.systemUTC());
        return new Interpreter(List.of(documents).stream().map(d -> new ShellDocument(d.name(), d, null)).toList(),
                ShellStore.of(store), new JLineTextMeasure());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** Each line run in turn, each reply's output (or "error: ...") after its "> line". */
    private static String transcript(Interpreter shell, String... lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            Reply reply = shell.execute(line, 0);
            out.append("> ").append(line).append('\n')
                    .append(reply.failed() ? "error: " + reply.error() + "\n" : reply.output());
        }
        return out.toString();
    }

    @Test
    void outlineNumbersTheHeadingsAndSectionGoesToOne() {
        assertThat(transcript(shell(Fixtures.guide()), "open 1", "outline", "section 2", "next", "section 3",
                "where")).isEqualTo("""
                > open 1
                Guide (7 paragraphs)
                \u00b61 An introduction.

                > outline
                1. \u00b62  Install
                2. \u00b64    From source
                3. \u00b66  Use
                > section 2
                \u00b64 ### From source

                > next
                \u00b65 Build it.

                > section 3
                \u00b66 ## Use

                > where
                Guide: \u00b66 of 7
                """);
    }

    @Test
    void aSectionThatIsNotThereIsOneErrorLine() {
        assertThat(transcript(shell(Fixtures.guide()), "section 1", "open 1", "section 4", "section x", "section"))
                .isEqualTo("""
                > section 1
                error: no document open: open N first (list shows them)
                > open 1
                Guide (7 paragraphs)
                \u00b61 An introduction.

                > section 4
                error: no section 4: the outline has 3 (outline lists them)
                > section x
                error: bad section number 'x': outline lists them
                > section
                error: section which? Give its number from outline
                """);
    }

    @Test
    void aDocumentWithoutHeadingsSaysSo() {
        assertThat(transcript(shell(Fixtures.document("plain.txt", "Plain\n\nNo headings.\n")), "open 1", "outline",
                "section 1")).isEqualTo("""
                > open 1
                Plain (1 paragraph)
                \u00b61 No headings.

                > outline
                no headings in Plain
                > section 1
                error: no section 1: Plain has no headings
                """);
    }

    /** Tab after section offers the open document's section numbers, each told by its heading. */
    @Test
    void sectionCompletesTheNumbersOfTheHeadings() {
        Interpreter shell = shell(Fixtures.guide());
        assertThat(shell.suggestions("section ")).as("no document open").isEmpty();
        shell.execute("open 1", 0);
        assertThat(shell.suggestions("section ")).containsExactly(new Suggestion("1", "Install", true),
                new Suggestion("2", "From source", true), new Suggestion("3", "Use", true));
    }

    @Test
    void helpListsOutlineAndSection() {
        String help = shell(Fixtures.guide()).execute("help", 0).output();
        assertThat(help).contains("outline").contains("section N");
    }
}
