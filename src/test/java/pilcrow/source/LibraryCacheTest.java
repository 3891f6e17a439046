package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.DocumentSummary;

/** The list's cache in the data folder: keyed by path, size and time; only ever a cache. */
class LibraryCacheTest {

    @TempDir
    Path dir;

    private static final DocumentSummary SUMMARY = new DocumentSummary("A title\twith\\odd\u0007 \udcff chars 😀",
            3, 120, "0123abcd");
    private static final LibraryCache.Key KEY = new LibraryCache.Key("/lib/a\tb\nc.txt", 100, 1_700_000_000_000L);

    @Test
    void keepsWhatWasMeasuredAcrossStarts() {
        LibraryCache cache = LibraryCache.load(dir);
        cache.put(KEY, new LibraryCache.Measure(SUMMARY, null));
        LibraryCache.Key binary = new LibraryCache.Key("/lib/b.txt", 5, 1);
        cache.put(binary, new LibraryCache.Measure(null, "binary file, with NUL bytes"));
        assertThat(cache.save(List.of(KEY, binary))).isTrue();

        LibraryCache again = LibraryCache.load(dir);
        assertThat(again.get(KEY)).isEqualTo(new LibraryCache.Measure(SUMMARY, null));
        assertThat(again.get(binary).problem()).isEqualTo("binary file, with NUL bytes");
    }

    @Test
    void aFileThatChangedSizeOrTimeIsNotKnown() {
        LibraryCache cache = LibraryCache.load(dir);
        cache.put(KEY, new LibraryCache.Measure(SUMMARY, null));
        cache.save(List.of(KEY));
        LibraryCache again = LibraryCache.load(dir);
        assertThat(again.get(new LibraryCache.Key(KEY.path(), KEY.size() + 1, KEY.modifiedMillis()))).isNull();
        assertThat(again.get(new LibraryCache.Key(KEY.path(), KEY.size(), KEY.modifiedMillis() + 1000))).isNull();
        assertThat(again.get(new LibraryCache.Key("/lib/other.txt", KEY.size(), KEY.modifiedMillis()))).isNull();
    }

    @Test
    void savingOneLibraryKeepsTheOthersAndDropsItsOldVersions() {
        LibraryCache first = LibraryCache.load(dir);
        LibraryCache.Key other = new LibraryCache.Key("/other/x.txt", 1, 1);
        first.put(other, new LibraryCache.Measure(SUMMARY, null));
        first.put(KEY, new LibraryCache.Measure(SUMMARY, null));
        first.save(List.of(other, KEY));

        LibraryCache second = LibraryCache.load(dir);
        LibraryCache.Key changed = new LibraryCache.Key(KEY.path(), 200, 2);
        second.put(changed, new LibraryCache.Measure(new DocumentSummary("New", 1, 1, "ff"), null));
        second.save(List.of(changed));

        LibraryCache third = LibraryCache.load(dir);
        assertThat(third.get(other)).isNotNull();
        assertThat(third.get(KEY)).isNull();
        assertThat(third.get(changed).summary().title()).isEqualTo("New");
        assertThat(third.size()).isEqualTo(2);
    }

    @Test
    void aCorruptFileIsAnEmptyCacheAndIsReplaced() throws IOException {
        Path file = dir.resolve(LibraryCache.FILE);
        for (String corrupt : List.of("garbage", LibraryCache.HEADER + "\n/x\t1\t2\tthree\t4\tf\tt\t\n",
                LibraryCache.HEADER + "\n/x\t1\t2\n", LibraryCache.HEADER + "\n/x\\q\t1\t2\t3\t4\tf\tt\t\n")) {
            Files.writeString(file, corrupt);
            assertThat(LibraryCache.load(dir).size()).as(corrupt).isZero();
        }
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        LibraryCache cache = LibraryCache.load(dir);
        assertThat(cache.size()).isZero();
        cache.put(KEY, new LibraryCache.Measure(SUMMARY, null));
        assertThat(cache.save(List.of(KEY))).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith(LibraryCache.HEADER);
        assertThat(LibraryCache.load(dir).get(KEY)).isNotNull();
    }

    /**
     * Version 1 held whole-text fingerprints of large files, version 2 titles and counts from before
     * headings, front matter and tables, version 3 a book's archive as a binary file (before EPUB
     * books were read): none of it is trusted, so each is measured again.
     */
    @Test
    void aCacheOfTheFormerVersionIsNotTrusted() throws IOException {
        Path file = dir.resolve(LibraryCache.FILE);
        for (String former : List.of("1", "2", "3")) {
            Files.writeString(file, "pilcrow library cache " + former + "\n/lib/a.txt\t100\t7\t3\t120\t0123abcd\tA title\t\n");
            assertThat(LibraryCache.load(dir).get(new LibraryCache.Key("/lib/a.txt", 100, 7))).as(former).isNull();
        }
        Files.writeString(file, LibraryCache.HEADER + "\n/lib/a.txt\t100\t7\t3\t120\t0123abcd\tA title\t\n");
        assertThat(LibraryCache.load(dir).get(new LibraryCache.Key("/lib/a.txt", 100, 7))).isNotNull();
    }

    @Test
    void aFolderThatCannotBeWrittenIsNotAnError() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        LibraryCache cache = LibraryCache.load(notAFolder);
        cache.put(KEY, new LibraryCache.Measure(SUMMARY, null));
        assertThat(cache.save(List.of(KEY))).isFalse();
    }
}
