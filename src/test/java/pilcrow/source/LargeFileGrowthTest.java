package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.large.ParagraphIndex;

/**
 * A log that grows while followed: the index of the longer file is the old one extended from its
 * last paragraph, never rebuilt, and it numbers exactly as an index of the whole file built anew.
 */
class LargeFileGrowthTest {

    @TempDir
    Path dir;

    /** Texts whose every cut point is tried: blank-line paragraphs, one a line, a title, long lines, CRLF. */
    private static final List<String> TEXTS = List.of(
            "A title\n=======\n\nFirst paragraph\nof two lines.\n\nSecond.\n\n\nThird, after two blanks.\n\nLast",
            "line one\nline two\nline three\n\nnow blank separated\nwith more\n\nend\n",
            "2024-01-01 start\n2024-01-01 request a\n2024-01-01 request b\n2024-01-02 done\n",
            "Title line\n\r\nwindows paragraph\r\n\r\nanother\r\n\r\n" + "x".repeat(300) + "\n\nafter long\n");

    @Test
    void anAppendedFileIsNumberedAsTheWholeFileIndexedAnew() throws IOException {
        for (String text : TEXTS) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int cut = 1; cut < bytes.length; cut++) {
                assertGrowsAsWhole(bytes, cut);
            }
        }
    }

    private void assertGrowsAsWhole(byte[] bytes, int cut) throws IOException {
        Path file = dir.resolve("grow.log");
        Files.write(file, java.util.Arrays.copyOf(bytes, cut));
        try (LargeFile before = open(file)) {
            LargeFile.Indexed first = before.index(index -> { }, () -> false);
            Files.write(file, java.util.Arrays.copyOfRange(bytes, cut, bytes.length), StandardOpenOption.APPEND);
            LargeFile.Indexed grown = first.text().grownTo(bytes.length, first.index());
            try (LargeFile fresh = open(file)) {
                LargeFile.Indexed whole = fresh.index(index -> { }, () -> false);
                String where = "cut at " + cut + " of " + new String(bytes, StandardCharsets.UTF_8);
                assertThat(grown.index().complete()).as(where).isTrue();
                assertThat(starts(grown.index())).as(where).isEqualTo(starts(whole.index()));
                assertThat(grown.text().size()).as(where).isEqualTo(bytes.length);
                assertThat(grown.text().title()).as(where).isEqualTo(whole.text().title());
                for (int n = 1; n <= whole.index().count(); n++) {
                    long at = whole.index().offsetOf(n);
                    assertThat(grown.text().text(at)).as(where).isEqualTo(whole.text().text(at));
                }
            }
        }
    }

    private static List<Long> starts(ParagraphIndex index) {
        List<Long> starts = new java.util.ArrayList<>();
        for (int n = 1; n <= index.count(); n++) {
            starts.add(index.offsetOf(n));
        }
        return starts;
    }

    @Test
    void theIndexIsExtendedFromItsLastParagraphNotRebuilt() throws IOException {
        Path file = dir.resolve("kept.log");
        Files.writeString(file, "one\n\ntwo\n\nthree\n");
        try (LargeFile before = open(file)) {
            LargeFile.Indexed first = before.index(index -> { }, () -> false);
            Files.writeString(file, "\nfour\n\nfive\n", StandardOpenOption.APPEND);
            LargeFile.Indexed grown = first.text().grownTo(Files.size(file), first.index());
            // Ranges before the last paragraph are the old index's own arrays, untouched.
            assertThat(grown.index().sharesRangesBefore(first.index(), first.index().offsetOf(first.index().count())))
                    .isTrue();
            assertThat(grown.index().count()).isEqualTo(first.index().count() + 2);
        }
    }

    @Test
    void appendingKeepsTheFingerprintSoBookmarksFindTheLog() throws IOException {
        Path file = dir.resolve("print.log");
        byte[] start = new byte[(1 << 20) + 100];
        java.util.Arrays.fill(start, (byte) 'a');
        start[start.length - 1] = '\n';
        Files.write(file, start);
        String before;
        try (LargeFile opened = LargeFile.open(FileSource.of(file)).orElseThrow()) {
            before = opened.fingerprint();
        }
        Files.writeString(file, "one more line\n", StandardOpenOption.APPEND);
        try (LargeFile opened = LargeFile.open(FileSource.of(file)).orElseThrow()) {
            assertThat(opened.fingerprint()).isEqualTo(before);
            assertThat(opened.grownTo(opened.size(), opened.emptyIndex()).text().fingerprint()).isEqualTo(before);
        }
    }

    private static LargeFile open(Path file) throws IOException {
        // Tiny ranges and windows, so an extension crosses range boundaries as a big log's does.
        return LargeFile.open(file, file.toString(), "grow.log", 16, 8, 2, 16).orElseThrow();
    }
}
