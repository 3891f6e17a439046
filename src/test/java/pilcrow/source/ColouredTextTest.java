package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.StyledSpan;
import pilcrow.core.doc.TextStyle;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Match;

/** SGR colour in plain text and piped input becomes spans; elsewhere every escape stays visible. */
class ColouredTextTest {

    private static final String LOG = "Service log\n\n2024-01-01 \u001b[32mINFO\u001b[0m started\n\n"
            + "2024-01-01 \u001b[1;31mERROR\u001b[0m disk \u001b[2Jfull\n";
    private static final TextStyle GREEN = new TextStyle(2, TextStyle.NONE, false, false, false, false, false);
    private static final TextStyle BOLD_RED = new TextStyle(1, TextStyle.NONE, true, false, false, false, false);

    private static Document read(DocumentSource source, String text) {
        LoadResult result = DocumentReader.fromBytes(source, text.getBytes(StandardCharsets.UTF_8));
        return ((LoadResult.Loaded) result).document();
    }

    private static Document piped(String text) {
        return read(new StreamSource(new ByteArrayInputStream(new byte[0])), text);
    }

    @Test
    void pipedInputKeepsColoursAsSpansAndShowsOtherEscapes() {
        Document document = piped(LOG);
        Block info = document.paragraph(1);
        assertThat(info.text()).isEqualTo("2024-01-01 INFO started");
        assertThat(info.spans()).containsExactly(new StyledSpan(11, 15, GREEN));
        Block error = document.paragraph(2);
        assertThat(error.text()).isEqualTo("2024-01-01 ERROR disk ^[[2Jfull");
        assertThat(error.spans()).containsExactly(new StyledSpan(11, 16, BOLD_RED));
    }

    @Test
    void aPlainFileDoesTheSame() {
        Document document = read(new FileSource(Path.of("/x/app.log"), "app.log"), LOG);
        assertThat(document.paragraph(1).spans()).containsExactly(new StyledSpan(11, 15, GREEN));
    }

    @Test
    void markdownShowsEverySequence() {
        Document document = read(new FileSource(Path.of("/x/notes.md"), "notes.md"), "Some \u001b[31mred\u001b[0m\n");
        Block block = document.blocks().get(document.blocks().size() - 1);
        assertThat(block.text()).contains("^[[31mred^[[0m");
        assertThat(block.spans()).isEmpty();
    }

    @Test
    void findSeesTheTextWithoutTheSequences() {
        Document document = piped(LOG);
        List<Match> matches = Finder.find(document, Pattern.compile(Pattern.quote("ERROR disk")));
        assertThat(matches).hasSize(1);
        Match match = matches.get(0);
        assertThat(match.paragraph()).isEqualTo(2);
        assertThat(document.paragraph(2).text().substring(match.start(), match.end())).isEqualTo("ERROR disk");
        assertThat(match.start()).isEqualTo(11);
    }

    @Test
    void noEscapeReachesAnyText() {
        Document document = piped("\u001b[1mTitle\u001b[0m\n\nbody \u001b[31mred\n\u001b[0m\n\u001b[999mx\u001b]0;t\u0007\n");
        assertThat(document.title()).isEqualTo("Title");
        for (Block block : document.blocks()) {
            assertThat(block.text()).doesNotContain("\u001b").doesNotContain("\u0007");
        }
        assertThat(document.paragraph(document.paragraphCount()).text()).isEqualTo("^[[999mx^[]0;t^G");
    }
}
