package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.text.Sanitizer;
import pilcrow.source.FileSource;

/**
 * What the JSON outputs say is true: the paths are the files' real names (JSON escaping is
 * lossless), a name that is not UTF-8 is carried in {@code pathUri}, find's offsets count code
 * points of the NFC paragraph, and the output is still safe to print on a terminal.
 */
class JsonOutputTest {

    /** Names that the display escaping used to turn into paths that do not exist. */
    private static final List<String> HOSTILE_NAMES = List.of(
            "new\nline.txt", "evil\u001b]2;pwned\u0007.txt", "tab\there.txt", "c1\u009b2J.txt",
            "rlo\u202etxt.exe.txt", "plain.txt");

    @TempDir
    Path dir;

    @Test
    void listJsonCarriesTheRealPathOfEveryHostileName() throws IOException {
        List<Path> files = writeHostileFiles();

        CommandLineTest.Run run = CommandLineTest.run("list", "--json", dir.toString());

        assertThat(run.exit()).isZero();
        assertTerminalSafe(run.out());
        List<Path> listed = new ArrayList<>();
        for (JsonElement row : JsonParser.parseString(run.out()).getAsJsonArray()) {
            Path path = Path.of(row.getAsJsonObject().get("path").getAsString());
            assertThat(path).as("a listed path exists").exists();
            assertThat(row.getAsJsonObject().has("pathUri")).as("pathUri for a UTF-8 name").isFalse();
            listed.add(path);
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void showJsonCarriesTheRealPath() throws IOException {
        for (Path file : writeHostileFiles()) {
            CommandLineTest.Run run = CommandLineTest.run("show", file.toString(), "--json");

            assertThat(run.exit()).isZero();
            assertTerminalSafe(run.out());
            JsonObject object = JsonParser.parseString(run.out()).getAsJsonObject();
            assertThat(object.get("path").getAsString()).isEqualTo(file.toString());
        }
    }

    @Test
    void showJsonCarriesABlocksLinks() throws IOException {
        Path file = dir.resolve("links.md");
        Files.writeString(file, "# Links\n\nCaf\u00e9 \ud83d\ude00 [home](https://example.org/) and plain text.\n\nNone here.\n");
        CommandLineTest.Run run = CommandLineTest.run("show", file.toString(), "--json");

        assertThat(run.exit()).isZero();
        JsonArray paragraphs = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("paragraphs");
        JsonObject link = paragraphs.get(0).getAsJsonObject().getAsJsonArray("links").get(0).getAsJsonObject();
        assertThat(link.get("target").getAsString()).isEqualTo("https://example.org/");
        // Code points, as find's offsets: the emoji before the link is one.
        assertThat(link.get("start").getAsInt()).isEqualTo(7);
        assertThat(link.get("end").getAsInt()).isEqualTo(11);
        assertThat(paragraphs.get(1).getAsJsonObject().has("links")).isFalse();
    }

    @Test
    void aNameThatIsNotUtf8IsCarriedLosslesslyAsAFileUri() throws Exception {
        // Java makes file names from strings, always valid UTF-8: the shell makes this one.
        Process touch = new ProcessBuilder("sh", "-c", "printf 'Bad name\\n\\nits text\\n' > \"$(printf 'bad\\377\\376.txt')\"")
                .directory(dir.toFile()).start();
        assertThat(touch.waitFor()).isZero();

        CommandLineTest.Run run = CommandLineTest.run("list", "--json", dir.toString());

        assertThat(run.exit()).isZero();
        assertTerminalSafe(run.out());
        JsonArray rows = JsonParser.parseString(run.out()).getAsJsonArray();
        assertThat(rows).hasSize(1);
        JsonObject row = rows.get(0).getAsJsonObject();
        assertThat(row.get("path").getAsString()).endsWith("bad\ufffd\ufffd.txt");
        URI uri = URI.create(row.get("pathUri").getAsString());
        assertThat(uri.getScheme()).isEqualTo("file");
        assertThat(percentDecoded(uri.getRawPath())).endsWith(bytes("/bad", 0xFF, 0xFE, ".txt"));
        assertThat(Files.readString(Path.of(uri))).startsWith("Bad name");
    }

    @Test
    void aDocumentBundledInTheJarIsNamedByItsResourceWithoutAPathUri() throws IOException {
        // java -jar reads the bundled seeds through the jar's own file system (jar: URIs, no raw path).
        Path jar = dir.resolve("bundle.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("seeds/one.txt"));
            zip.write("A title\n\nSome text.\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (java.nio.file.FileSystem inside = java.nio.file.FileSystems.newFileSystem(jar)) {
            FileSource bundled = new FileSource(inside.getPath("/seeds/one.txt"), "seeds/one.txt");
            JsonObject row = new JsonObject();

            Json.addPath(row, bundled);

            assertThat(row.get("path").getAsString()).isEqualTo("seeds/one.txt");
            assertThat(row.has("pathUri")).as("no file URI for a resource inside the jar").isFalse();
        }
    }

    @Test
    void findJsonPrintsOneObjectAMatchWithCodePointOffsetsInTheNfcParagraph() throws IOException {
        Path file = Files.writeString(dir.resolve("caf\u00e9 \u001b[1m.txt"),
                "Title line\n\n\ud83d\ude00 cafe\u0301 au lait, lait\n", StandardCharsets.UTF_8);

        CommandLineTest.Run run = CommandLineTest.run("find", "--json", "lait", dir.toString());

        assertThat(run.exit()).isZero();
        assertTerminalSafe(run.out());
        List<JsonObject> matches = run.out().lines()
                .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
        assertThat(matches).hasSize(2);
        JsonObject first = matches.get(0);
        assertThat(first.get("path").getAsString()).isEqualTo(file.toString());
        assertThat(first.get("title").getAsString()).isEqualTo("Title line");
        assertThat(first.get("paragraph").getAsInt()).isEqualTo(1);
        // "😀 café au lait": the emoji is one code point (two UTF-16 units), "é" one after NFC.
        assertThat(offsets(first)).containsExactly(10, 14);
        assertThat(offsets(matches.get(1))).containsExactly(16, 20);
        assertThat(first.get("snippet").getAsString()).contains("caf\u00e9 au lait");
    }

    @Test
    void findJsonFindsNothingWithExitOneAndNoOutput() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title\n\nbody\n");

        CommandLineTest.Run run = CommandLineTest.run("find", "--json", "absent", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.NO_MATCH);
        assertThat(run.out()).isEmpty();
    }

    private static List<Integer> offsets(JsonObject match) {
        List<Integer> offsets = new ArrayList<>();
        match.get("offsets").getAsJsonArray().forEach(e -> offsets.add(e.getAsInt()));
        return offsets;
    }

    private List<Path> writeHostileFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : HOSTILE_NAMES) {
            files.add(Files.writeString(dir.resolve(name), "A title\n\nSome text.\n"));
        }
        return files;
    }

    /** What a terminal shows of the output is what the sanitizer lets through: all of it. */
    private static void assertTerminalSafe(String out) {
        for (String line : out.lines().collect(Collectors.toList())) {
            assertThat(Sanitizer.line(line)).as("a line of output changed by the sanitizer").isEqualTo(line);
        }
    }

    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String head, int b1, int b2, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.write(b1);
        out.write(b2);
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
