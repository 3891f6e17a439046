package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.testing.SourceGens;

/**
 * The index scan against a plain reading of the same bytes line by line, with mapping windows and
 * calls of a few bytes, so that their edges fall everywhere: inside words of eight bytes, between
 * a line feed and the byte after it (which the scan reads beyond a call's end, never beyond the
 * mapping), inside CRLFs and multi-byte characters.
 */
class IndexScanTest {

    private static final int EXAMPLES = 600;

    private static Gen<String> documents() {
        Gen<String> word = SourceGens.pick("zebra", "Finch", "é", "中文", "\u001b[31m", "x\ty", "\u3000",
                "\u2003", "\u0085", "!", "a somewhat longer run of plain words", "\u000e", "\u000b", "~");
        Gen<String> line = SourceGens.joined(word, " ", 0, 6, EXAMPLES);
        Gen<String> end = SourceGens.pick("\n", "\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\r\n\r\n",
                "\n\u3000\n", "\n\t\n", "\n\u000b\n");
        Gen<String> indent = SourceGens.pick("", "", "", " ", "\t", "\u3000");
        return SourceGens.joined(indent.zip(line, end, (i, l, e) -> i + l + e), "", 0, 40, EXAMPLES);
    }

    /** How the scan is cut: the mapped window and the call's size, and what it records. */
    record Cuts(int window, int chunk, boolean wholeWindow, boolean recordLines) {
    }

    private static Gen<Cuts> cuts() {
        return integers().between(1, 48).zip(integers().between(1, 48), booleans().all(), booleans().all(),
                Cuts::new);
    }

    @Test
    void findsWhatReadingLineByLineFinds() {
        qt().withExamples(EXAMPLES).forAll(documents(), cuts())
                .checkAssert((text, cuts) -> SourceGens.checking(() -> assertScans(text, cuts)));
    }

    private static void assertScans(String text, Cuts cuts) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long mapped = cuts.wholeWindow() ? Math.max(1, bytes.length) : cuts.window();
        assertScans(bytes, cuts.recordLines(), mapped, cuts.chunk());
    }

    @Test
    void longLinesAndEveryWindowAndCall() throws IOException {
        String text = "Title line\n\nfirst paragraph, a line of text long enough for several words\n"
                + "its second line\r\nits third\rits fourth\n\n\t\nsecond paragraph\n\u3000\nthird\n"
                + "\u2003 not blank\n\n\u00e9t\u00e9\nlast line without an end";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int window = 1; window <= bytes.length; window++) {
            for (int chunk = 1; chunk <= Math.min(window, 24); chunk++) {
                assertScans(bytes, false, window, chunk);
                assertScans(bytes, true, window, chunk);
            }
        }
    }

    @Test
    void belowCrStopsAtExactlyTheFirstByteBelow0x0E() {
        for (int b = 0; b < 256; b++) {
            for (int at = 0; at < 8; at++) {
                for (int fill : new int[] {'e', ' ', 0x0E, 0x0D, 0x0A, 0xFF, 0x80, 0}) {
                    long w = 0;
                    int expected = 8;
                    for (int i = 7; i >= 0; i--) {
                        int v = i == at ? b : fill;
                        w = (w << 8) | v;
                    }
                    for (int i = 0; i < 8; i++) {
                        if ((i == at ? b : fill) < 0x0E) {
                            expected = i;
                            break;
                        }
                    }
                    long flagged = IndexScan.belowCr(w);
                    assertThat(flagged == 0 ? 8 : Long.numberOfTrailingZeros(flagged) >>> 3)
                            .as("byte 0x%02x at %d among 0x%02x", b, at, fill).isEqualTo(expected);
                }
            }
        }
    }

    private static void assertScans(byte[] bytes, boolean recordLines, long window, int chunk) throws IOException {
        Path file = Files.createTempFile("index-scan", ".txt");
        try {
            Files.write(file, bytes);
            IndexScan scan;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                scan = new IndexScan(0, bytes.length, recordLines, window, chunk).scan(channel, () -> false);
            }
            Expected expected = new Expected(bytes);
            String as = "window " + window + ", call " + chunk + ", lines " + recordLines + ": "
                    + new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r");
            assertThat(scan.afterBlank()).as(as).isEqualTo(expected.afterBlank);
            assertThat(scan.textLines()).as(as).isEqualTo(recordLines ? expected.textLines : new int[0]);
            assertThat(scan.firstLineSeen).as(as).isEqualTo(expected.blanks.length > 0);
            assertThat(scan.firstLineIsText).as(as).isEqualTo(expected.blanks.length > 0 && !expected.blanks[0]);
            assertThat(scan.lastLineBlank).as(as).isEqualTo(expected.blanks.length == 0
                    || expected.blanks[expected.blanks.length - 1]);
            assertThat(scan.hasText).as(as).isEqualTo(expected.hasText);
            assertThat(scan.blankBeforeFirstText).as(as).isEqualTo(expected.blankBeforeFirstText);
            assertThat(scan.blankAfterLastText).as(as).isEqualTo(expected.blankAfterLastText);
            assertThat(scan.innerSeparator).as(as).isEqualTo(expected.innerSeparator);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The lines read one by one: ends at LF, CRLF or a lone CR; blank when nothing is left once decoded. */
    private static final class Expected {
        boolean[] blanks;
        int[] afterBlank;
        int[] textLines;
        boolean hasText;
        boolean blankBeforeFirstText;
        boolean blankAfterLastText;
        boolean innerSeparator;

        Expected(byte[] bytes) {
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r') {
                    lines.add(new int[] {start, i});
                    if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            if (start < bytes.length) {
                lines.add(new int[] {start, bytes.length});
            }
            blanks = new boolean[lines.size()];
            List<Integer> after = new ArrayList<>();
            List<Integer> text = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                byte[] line = Arrays.copyOfRange(bytes, lines.get(l)[0], lines.get(l)[1]);
                blanks[l] = MappedSearch.paragraphText(line).isEmpty();
                if (blanks[l]) {
                    if (hasText) {
                        blankAfterLastText = true;
                    } else {
                        blankBeforeFirstText = true;
                    }
                    continue;
                }
                innerSeparator |= hasText && blankAfterLastText;
                if (l > 0) {
                    text.add(lines.get(l)[0]);
                    if (blanks[l - 1]) {
                        after.add(lines.get(l)[0]);
                    }
                }
                hasText = true;
                blankAfterLastText = false;
            }
            afterBlank = after.stream().mapToInt(Integer::intValue).toArray();
            textLines = text.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
