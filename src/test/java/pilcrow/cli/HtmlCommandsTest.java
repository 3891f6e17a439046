package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An HTML manual through the commands: listed by its title, shown as blocks, found in. */
class HtmlCommandsTest {

    private static final String MANUAL = "<!DOCTYPE html><html><head><title>Tool manual</title>"
            + "<script>var hidden = 'secretword';</script></head><body>"
            + "<nav><a href=\"index.html\">Up</a></nav>"
            + "<h1>Tool</h1><p>Read the <a href=\"install.html#deb\">install notes</a> first.</p>"
            + "<p>Uni<b>corn</b> power.</p></body></html>";

    @TempDir
    Path dir;

    @Test
    void listShowsAnHtmlFileByItsTitle() throws IOException {
        Files.writeString(dir.resolve("tool.html"), MANUAL);

        CommandLineTest.Run run = CommandLineTest.run("list", "--json", dir.toString());

        assertThat(run.exit()).isZero();
        JsonObject row = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(row.get("title").getAsString()).isEqualTo("Tool manual");
        assertThat(row.get("paragraphs").getAsInt()).isEqualTo(3);
    }

    @Test
    void showJsonCarriesTheBlocksAndTheirLinks() throws IOException {
        Path file = Files.writeString(dir.resolve("tool.html"), MANUAL);

        CommandLineTest.Run run = CommandLineTest.run("show", file.toString(), "--json");

        assertThat(run.exit()).isZero();
        JsonObject shown = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(shown.get("title").getAsString()).isEqualTo("Tool manual");
        JsonArray paragraphs = shown.getAsJsonArray("paragraphs");
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo("Tool");
        JsonObject read = paragraphs.get(1).getAsJsonObject();
        assertThat(read.get("text").getAsString()).isEqualTo("Read the install notes first.");
        JsonObject link = read.getAsJsonArray("links").get(0).getAsJsonObject();
        assertThat(link.get("target").getAsString()).isEqualTo("install.html#deb");
        assertThat(link.get("start").getAsInt()).isEqualTo(9);
        assertThat(link.get("end").getAsInt()).isEqualTo(22);
        assertThat(run.out()).doesNotContain("secretword").doesNotContain("Up");
    }

    /** The byte prefilter must not skip a word whose letters a tag splits, nor find one in a script. */
    @Test
    void findSeesTheTextAsShownAcrossTags() throws IOException {
        Files.writeString(dir.resolve("tool.html"), MANUAL);
        Files.writeString(dir.resolve("tool-page"), MANUAL); // HTML by its content only

        CommandLineTest.Run found = CommandLineTest.run("find", "--json", "unicorn", dir.toString());
        CommandLineTest.Run hidden = CommandLineTest.run("find", "secretword", dir.toString());

        assertThat(found.exit()).isZero();
        assertThat(found.out().lines()).hasSize(2);
        assertThat(hidden.exit()).isEqualTo(1);
    }
}
