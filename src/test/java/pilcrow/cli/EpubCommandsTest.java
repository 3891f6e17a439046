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
import pilcrow.testing.Epubs;

/** An EPUB book through the commands: listed by its title, shown with its outline, found in, bookmarked. */
class EpubCommandsTest {

    @TempDir
    Path dir;

    private Path book() throws IOException {
        Files.createDirectories(dir.resolve("books"));
        return Epubs.sample(Epubs.epub3()).writeTo(dir.resolve("books").resolve("book.epub"));
    }

    private CommandLineTest.Run withData(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("data").toString();
        return CommandLineTest.run(all);
    }

    @Test
    void listShowsTheBookByItsTitle() throws IOException {
        book();
        Files.writeString(dir.resolve("books").resolve("notes.txt"), "Notes\n\nSome notes.\n");

        CommandLineTest.Run run = CommandLineTest.run("list", "--json", dir.resolve("books").toString());

        assertThat(run.exit()).isZero();
        JsonArray rows = JsonParser.parseString(run.out()).getAsJsonArray();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getAsJsonObject().get("title").getAsString()).isEqualTo("A Test Book");
        assertThat(rows.get(0).getAsJsonObject().get("paragraphs").getAsInt()).isEqualTo(11);
    }

    @Test
    void showJsonCarriesTheChaptersAndTheOutline() throws IOException {
        CommandLineTest.Run run = CommandLineTest.run("show", book().toString(), "--json");

        assertThat(run.exit()).isZero();
        JsonObject shown = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(shown.get("title").getAsString()).isEqualTo("A Test Book");
        JsonArray paragraphs = shown.getAsJsonArray("paragraphs");
        assertThat(paragraphs.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo("by Ada Writer");
        assertThat(paragraphs.get(1).getAsJsonObject().get("text").getAsString()).isEqualTo("The Start");
        JsonArray outline = shown.getAsJsonArray("outline");
        assertThat(outline).hasSize(4);
        assertThat(outline.get(1).getAsJsonObject().get("text").getAsString()).isEqualTo("Interlude");
    }

    @Test
    void showOutlineListsTheChapters() throws IOException {
        CommandLineTest.Run run = CommandLineTest.run("show", book().toString(), "--outline");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly(
                "\u00b62   The Start",
                "\u00b65   Interlude",
                "\u00b68   The End",
                "\u00b610    The Harbour");
    }

    /** The archive is compressed: find reads the book rather than prefilter its bytes. */
    @Test
    void findSeesTheTextInsideTheArchive() throws IOException {
        book();

        CommandLineTest.Run found = CommandLineTest.run("find", "--json", "lanterns", dir.resolve("books").toString());
        CommandLineTest.Run missing = CommandLineTest.run("find", "zeppelin", dir.resolve("books").toString());

        assertThat(found.exit()).isZero();
        assertThat(found.out().lines()).hasSize(1);
        JsonObject match = JsonParser.parseString(found.out().lines().findFirst().orElseThrow()).getAsJsonObject();
        assertThat(match.get("paragraph").getAsInt()).isEqualTo(6);
        assertThat(missing.exit()).isEqualTo(1);
    }

    /** A bookmark keeps its paragraph by its quote when the book is read again with a paragraph more before it. */
    @Test
    void aBookmarkSurvivesReadingTheBookAgain() throws IOException {
        Path book = book();
        CommandLineTest.Run added = withData("bookmarks", "add", book.toString(), "9", "--note", "night");
        assertThat(added.exit()).isZero();

        Epubs.Book longer = Epubs.epub3()
                .chapter("ch0.xhtml", "Preface", "<p>A preface, new in this edition.</p>");
        Epubs.sample(longer).writeTo(book);
        CommandLineTest.Run list = withData("bookmarks", "list");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).startsWith(added.out().strip() + "  \u00b611  A Test Book");
    }
}
