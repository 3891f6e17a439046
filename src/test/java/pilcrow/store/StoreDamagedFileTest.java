package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file this pilcrow cannot fully use is never thrown away: what can be used is, the rest kept. */
class StoreDamagedFileTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-01-02T03:04:05Z");

    private Store open() {
        return Store.open(dir, clock);
    }

    private Path file() {
        return dir.resolve(Store.FILE);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FolderLocks.LOCK_FILE))
                    .sorted().toList();
        }
    }

    private static void assertPlainOneLine(String warning) {
        assertThat(warning).doesNotContain("\n").doesNotContain("JSON").doesNotContain("Json")
                .doesNotContain("Strictness").doesNotContain("column").doesNotContain("Exception");
    }

    @Test
    void aNewerVersionIsShownReadOnlyAndNeverWritten() throws IOException {
        String newer = """
                {"version": 2, "tags": ["x"], "bookmarks": [
                  {"id": "0badcafe", "documentPath": "a.txt", "paragraph": 3, "quote": "q", "colour": "red",
                   "createdMillis": 5, "updatedMillis": 5}]}
                """;
        Files.writeString(file(), newer);
        Store store = open();
        assertThat(store.bookmarks()).extracting(Bookmark::id).containsExactly("0badcafe");
        assertThat(store.warning()).hasValueSatisfying(w -> {
            assertThat(w).contains("newer pilcrow").contains("read-only");
            assertPlainOneLine(w);
        });
        Bookmark mine = store.add("b.txt", "", 1, "", "");
        assertThat(store.saveFailure()).hasValueSatisfying(f -> assertThat(f).contains("newer pilcrow"));
        assertThat(store.bookmarks()).as("kept for the session").contains(mine);
        store.close();
        assertThat(Files.readString(file())).isEqualTo(newer);
        assertThat(names()).containsExactly(Store.FILE);
    }

    @Test
    void anEntryThatDoesNotParseIsSkippedAndKeptAsItIsWhenTheFileIsRewritten() throws IOException {
        Files.writeString(file(), """
                {"version": 1, "bookmarks": [
                  {"id": "aaaa0001", "documentPath": "a.txt", "paragraph": 2, "createdMillis": 1, "updatedMillis": 1},
                  {"id": "bbbb0002", "paragraph": "seven", "note": "by hand"},
                  "not even an object"],
                 "positions": [{"documentKey": "k", "paragraph": 1, "offset": 0, "updatedMillis": 1}]}
                """);
        Store store = open();
        assertThat(store.bookmarks()).extracting(Bookmark::id).containsExactly("aaaa0001");
        assertThat(store.position("k")).isPresent();
        assertThat(store.warning()).hasValueSatisfying(w -> {
            assertThat(w).contains("2 entries").contains("skipped");
            assertPlainOneLine(w);
        });

        store.add("c.txt", "", 1, "", "");
        JsonArray written = JsonParser.parseString(Files.readString(file())).getAsJsonObject()
                .getAsJsonArray("bookmarks");
        assertThat(written.toString()).contains("{\"id\":\"bbbb0002\",\"paragraph\":\"seven\",\"note\":\"by hand\"}")
                .contains("\"not even an object\"").contains("aaaa0001");
        assertThat(open().bookmarks()).hasSize(2);
    }

    @Test
    void aTruncatedFileYieldsItsCompleteEntriesAndIsKeptAsideBeforeItIsRewritten() throws IOException {
        Store writer = open();
        for (int i = 1; i <= 6; i++) {
            writer.add("a.txt", "", i, "quote " + i, "note " + i);
        }
        byte[] whole = Files.readAllBytes(file());
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
        Files.write(file(), cut);

        Store store = open();
        int complete = store.bookmarks().size();
        assertThat(complete).as("the complete entries before the cut").isBetween(2, 5);
        assertThat(store.warning()).hasValueSatisfying(w -> {
            assertThat(w).contains("cut short");
            assertPlainOneLine(w);
        });
        store.bookmarks();
        assertThat(Files.readAllBytes(file())).as("reading changes nothing").isEqualTo(cut);
        assertThat(names()).containsExactly(Store.FILE);

        Bookmark added = store.add("b.txt", "", 1, "", "");
        assertThat(store.warning()).hasValueSatisfying(w -> {
            assertThat(w).contains("bookmarks.json.corrupt-20240102-030405");
            assertPlainOneLine(w);
        });
        assertThat(Files.readAllBytes(dir.resolve("bookmarks.json.corrupt-20240102-030405"))).isEqualTo(cut);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("bookmarks.json.corrupt-20240102-030405")))).as("the copy holds notes: private")
                .isEqualTo("rw-------");
        assertThat(open().bookmarks()).hasSize(complete + 1).contains(added);
    }

    @Test
    void readingAFileThatCannotBeUsedNeverMovesOrRewritesIt() throws IOException {
        byte[] garbage = "{\"version\": 1, \"bookmarks\": [{\"id\": \"abc\",\0\0\0".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file(), garbage);
        Store store = open();
        assertThat(store.bookmarks()).isEmpty();
        store.positions();
        store.history();
        assertThat(store.warning()).hasValueSatisfying(StoreDamagedFileTest::assertPlainOneLine);
        store.close();
        assertThat(Files.readAllBytes(file())).isEqualTo(garbage);
        assertThat(names()).containsExactly(Store.FILE);
    }
}
