package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.testing.Fixtures;

/** {@code pilcrow show --outline DOC}: the headings, indented, with their paragraph numbers; and in --json. */
class ShowOutlineTest {

    /** The guide with a heading that holds escape sequences, shown visibly. */
    static final String GUIDE = Fixtures.GUIDE + "\n## Red \u001b[31mred\u001b[0m\n\nRed text.\n";

    @TempDir
    Path dir;

    private String guide() throws IOException {
        Path file = dir.resolve("guide.md");
        Files.writeString(file, GUIDE, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void theOutlineIsEachHeadingIndentedByLevelWithItsParagraphNumber() throws IOException {
        CommandLineTest.Run run = CommandLineTest.run("show", guide(), "--outline");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly(
                "\u00b62  Install",
                "\u00b64    From source",
                "\u00b66  Use",
                "\u00b68  Red ^[[31mred^[[0m");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aDocumentWithoutHeadingsPrintsNoneAndSaysSoOnStandardError() throws IOException {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "Plain\n\nNo headings here.\n", StandardCharsets.UTF_8);
        CommandLineTest.Run run = CommandLineTest.run("show", file.toString(), "--outline");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("pilcrow: " + file + ": no headings\n");
    }

    @Test
    void jsonCarriesTheOutline() throws IOException {
        String guide = guide();
        for (String[] args : new String[][] {{"show", guide, "--json"}, {"show", guide, "--json", "--outline"}}) {
            CommandLineTest.Run run = CommandLineTest.run(args);
            assertThat(run.exit()).isZero();
            JsonObject object = JsonParser.parseString(run.out()).getAsJsonObject();
            JsonArray outline = object.getAsJsonArray("outline");
            assertThat(outline).hasSize(4);
            JsonObject second = outline.get(1).getAsJsonObject();
            assertThat(second.get("number").getAsInt()).isEqualTo(4);
            assertThat(second.get("level").getAsInt()).isEqualTo(3);
            assertThat(second.get("text").getAsString()).isEqualTo("From source");
            assertThat(object.has("paragraphs")).as(String.join(" ", args)).isEqualTo(args.length == 3);
        }
    }
}
