package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pilcrow bookmarks}: add, list, remove, export, and finding places again after edits and moves. */
class BookmarksCommandTest {

    @TempDir
    Path dir;

    private CommandLineTest.Run run(String... args) {
        String[] withData = new String[args.length + 2];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data-dir";
        withData[args.length + 1] = dir.resolve("data").toString();
        return CommandLineTest.run(withData);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("docs").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void addListExportAndRemove() throws IOException {
        Path doc = write("a.txt", "A title\n\nFirst paragraph.\n\nSecond \u001b[2J paragraph.\n");
        CommandLineTest.Run added = run("bookmarks", "add", doc.toString(), "2", "--note", "line one\nline \"two\" \u001b[2J");
        assertThat(added.exit()).isZero();
        String id = added.out().strip();
        assertThat(id).matches("[0-9a-f]{8}");

        CommandLineTest.Run list = run("bookmarks", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).isEqualTo(id + "  \u00b62  A title  \u2014 line one^Jline \"two\" ^[[2J\n");

        CommandLineTest.Run markdown = run("bookmarks", "export");
        assertThat(markdown.out()).isEqualTo("# Bookmarks\n\n## A title, \u00b62\n\n> Second ^[[2J paragraph.\u2026\n\n"
                + "line one\nline \"two\" ^[[2J\n");
        CommandLineTest.Run json = run("bookmarks", "export", "--format", "json");
        assertThat(json.out()).contains("\"id\": \"" + id + "\"").contains("\"paragraph\": 2")
                .doesNotContain("\u001b");

        assertThat(run("bookmarks", "remove", id).exit()).isZero();
        assertThat(run("bookmarks", "list").out()).isEmpty();
        CommandLineTest.Run again = run("bookmarks", "remove", id);
        assertThat(again.exit()).isEqualTo(ExitCode.TROUBLE);
        assertThat(again.err()).isEqualTo("pilcrow: no bookmark " + id + "\n");
    }

    @Test
    void listingNoBookmarksSaysSoInOneLineAndExitsZero() {
        CommandLineTest.Run list = run("bookmarks", "list");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).as("standard output stays a list, empty").isEmpty();
        CommandLineTest.assertOneErrorLine(list,
                "pilcrow: no bookmarks yet (m in the reader, or pilcrow bookmarks add DOC N, makes one)");
        assertThat(run("bookmarks", "list", "--json").err()).as("JSON says it with []").isEmpty();
    }

    @Test
    void jsonExportCarriesTheRealPathOfAHostileName() throws IOException {
        Path doc = write("new\nline \u001b]2;pwned\u0007 \u009b.txt", "A title\n\nFirst paragraph.\n");
        assertThat(run("bookmarks", "add", doc.toString(), "1").exit()).isZero();

        CommandLineTest.Run json = run("bookmarks", "export", "--format", "json");

        assertThat(json.exit()).isZero();
        assertThat(json.out()).doesNotContain("\u001b", "\u0007", "\u009b", "\n\"");
        String path = com.google.gson.JsonParser.parseString(json.out()).getAsJsonArray().get(0)
                .getAsJsonObject().get("path").getAsString();
        assertThat(Path.of(path)).isEqualTo(doc).exists();
    }

    @Test
    void aParagraphInsertedBeforeIsFollowedByTheQuote() throws IOException {
        Path doc = write("a.txt", "Title\n\nOne.\n\nTwo.\n\nThree is here.\n");
        String id = run("bookmarks", "add", doc.toString(), "3").out().strip();
        write("a.txt", "Title\n\nInserted.\n\nOne.\n\nTwo.\n\nThree is here.\n");
        assertThat(run("bookmarks", "list").out()).isEqualTo(id + "  \u00b64  Title  (now \u00b64)\n");
    }

    @Test
    void aMovedDocumentIsFoundByItsFingerprintAndAGoneOneIsListedAsMissing() throws IOException {
        Path doc = write("a.txt", "Title\n\nOne.\n\nTwo.\n");
        String id = run("bookmarks", "add", doc.toString(), "2").out().strip();
        Path moved = Files.move(doc, dir.resolve("docs").resolve("renamed.txt"));
        assertThat(run("bookmarks", "list", dir.resolve("docs").toString()).out())
                .isEqualTo(id + "  \u00b62  Title  (moved to " + moved + ")\n");
        Files.delete(moved);
        assertThat(run("bookmarks", "list").out()).isEqualTo(id + "  \u00b62  " + doc + "  (missing)\n");
    }

    @Test
    void aParagraphThatDoesNotExistIsRefused() throws IOException {
        Path doc = write("a.txt", "Title\n\nOne.\n\nTwo.\n");
        CommandLineTest.Run added = run("bookmarks", "add", doc.toString(), "9");
        assertThat(added.exit()).isEqualTo(ExitCode.TROUBLE);
        assertThat(added.err()).isEqualTo("pilcrow: no paragraph 9: the document has 2\n");
    }

    /** A large file is neither read whole nor searched for the quote: found by path or fingerprint, its number kept. */
    @Test
    void aLargeFileIsFoundByPathOrByItsFingerprintWithItsNumber() throws IOException {
        Path doc = write("big.txt", "A Big One\n\n" + "Words of a paragraph.\n\n".repeat(3000));
        pilcrow.source.FileSource source = pilcrow.source.FileSource.of(doc);
        pilcrow.source.LargeFile file = pilcrow.source.LargeFile.open(source).orElseThrow();
        pilcrow.source.Library library = new pilcrow.source.Library("docs",
                java.util.List.of(new pilcrow.source.LoadResult.Large(source, file)), java.util.List.of());
        pilcrow.store.Bookmark here = new pilcrow.store.Bookmark("a1", doc.toString(), file.fingerprint(), 2500,
                "Not the start of paragraph 2500", "", 1, 1, false);
        pilcrow.store.Bookmark moved = new pilcrow.store.Bookmark("b2", "/gone/big.txt", file.fingerprint(), 40,
                "Words of", "", 1, 1, false);
        java.util.List<BookmarksCommand.Place> places = BookmarksCommand.places(java.util.List.of(here, moved), library);
        assertThat(places.get(0).paragraph()).isEqualTo(2500);
        assertThat(places.get(0).status()).isEmpty();
        assertThat(BookmarksCommand.title(places.get(0))).isEqualTo("A Big One");
        assertThat(places.get(1).paragraph()).isEqualTo(40);
        assertThat(places.get(1).status()).startsWith("moved to ").endsWith("big.txt");
    }

    /** A folder where the temp file goes: every save fails there, reading still works. */
    private void makeSavesFail() throws IOException {
        Files.createDirectories(dir.resolve("data").resolve("bookmarks.json.tmp").resolve("in-the-way"));
    }

    @Test
    void anAddOrRemoveThatCannotBeSavedExitsTwoWithOneLine() throws IOException {
        Path doc = write("a.txt", "Title\n\nOne.\n\nTwo.\n\nThree.\n");
        String id = run("bookmarks", "add", doc.toString(), "2").out().strip();
        makeSavesFail();

        CommandLineTest.Run added = run("bookmarks", "add", doc.toString(), "3");
        assertThat(added.exit()).isEqualTo(2);
        assertThat(added.out()).as("no id for a bookmark that is not there").isEmpty();
        assertThat(added.err().lines().toList()).singleElement().asString()
                .startsWith("pilcrow: not saved: cannot save in " + dir.resolve("data") + " (");

        CommandLineTest.Run removed = run("bookmarks", "remove", id);
        assertThat(removed.exit()).isEqualTo(2);
        assertThat(removed.err().lines().toList()).singleElement().asString()
                .startsWith("pilcrow: not saved: cannot save in " + dir.resolve("data") + " (");
        assertThat(run("bookmarks", "list").out()).startsWith(id + "  \u00b62").doesNotContain("\u00b63");
    }
}
