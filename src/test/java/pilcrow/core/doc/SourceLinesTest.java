package pilcrow.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.testing.Fixtures;

/** The line a paragraph starts on, found again in its file's text (blocks keep no source line). */
class SourceLinesTest {

    private static final String MARKDOWN = """
            ---
            title: Front
            ---

            # Heading one

            Some **bold** words
            wrapped on two lines.

            - an item
            - [a link](x.md) item

            Repeat this.

            Repeat this.
            """;

    private static int line(String name, String text, int paragraph) {
        return SourceLines.lineOf(text, Fixtures.document(name, text), paragraph);
    }

    @Test
    void markdownBlocksAreFoundThroughTheirMarkup() {
        assertThat(line("a.md", MARKDOWN, 1)).as("the heading").isEqualTo(5);
        assertThat(line("a.md", MARKDOWN, 2)).as("bold in the way").isEqualTo(7);
        assertThat(line("a.md", MARKDOWN, 4)).as("a link's text").isEqualTo(11);
    }

    @Test
    void theSameOpeningTwiceIsTheNthInTheFileAsInTheDocument() {
        assertThat(line("a.md", MARKDOWN, 5)).isEqualTo(13);
        assertThat(line("a.md", MARKDOWN, 6)).isEqualTo(15);
    }

    @Test
    void plainTextAndWhatCannotBeFoundIsTheTop() {
        String text = "Title\n\nFirst one.\n\nSecond one.\n";
        assertThat(line("a.txt", text, 2)).isEqualTo(5);
        assertThat(line("a.txt", text, 9)).isEqualTo(1);
        assertThat(SourceLines.lineOf("nothing alike\n", Fixtures.document("a.txt", text), 2)).isEqualTo(1);
    }
}
