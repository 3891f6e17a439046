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
import pilcrow.core.large.ParagraphIndex;
import pilcrow.testing.SourceGens;

/**
 * Ranges scanned apart and stitched in order number the paragraphs as the file read line by line
 * does, wherever the ranges are cut: inside a paragraph, just after a blank line, in a run of
 * blank lines.
 */
class StitchTest {

    private static final int EXAMPLES = 500;

    private static Gen<String> documents() {
        Gen<String> word = SourceGens.pick("zebra", "Finch", "é", "\u3000", "x\ty", "a longer run of words");
        Gen<String> line = SourceGens.joined(word, " ", 0, 4, EXAMPLES);
        Gen<String> end = SourceGens.pick("\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\n\u3000\n");
        return SourceGens.joined(line.zip(end, (l, e) -> l + e), "", 0, 30, EXAMPLES);
    }

    @Test
    void rangesStitchedNumberParagraphsAsTheWholeFile() {
        qt().withExamples(EXAMPLES).forAll(documents(), integers().between(1, 48), booleans().all())
                .checkAssert((text, nominal, blankSeparated) -> SourceGens.checking(
                        () -> assertStitched(text.getBytes(StandardCharsets.UTF_8), nominal, blankSeparated)));
    }

    private static void assertStitched(byte[] bytes, int nominal, boolean blankSeparated) throws IOException {
        Path file = Files.createTempFile("stitch", ".txt");
        try {
            Files.write(file, bytes);
            LargeIndexer.Starts starts = new LargeIndexer.Starts(blankSeparated);
            Stitch stitch = new Stitch(blankSeparated);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                for (RangeScan.Range range : RangeScan.split(channel, 0, bytes.length, nominal)) {
                    IndexScan scan = new IndexScan(range.from(), range.to(), !blankSeparated, 16)
                            .scan(channel, () -> false);
                    starts.add(scan);
                    stitch.add(scan);
                }
            }
            long[] expected = expectedStarts(bytes, blankSeparated);
            ParagraphIndex index = starts.index(bytes.length, true, 0, false);
            long[] actual = new long[index.count()];
            for (int n = 1; n <= actual.length; n++) {
                actual[n - 1] = index.offsetOf(n);
            }
            String as = "ranges of " + nominal + ", blank-separated " + blankSeparated + ": "
                    + new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r");
            assertThat(actual).as(as).isEqualTo(expected);
            assertThat(stitch.paragraphs()).as(as).isEqualTo(expected.length);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Where paragraphs start, line by line: a line with text after a blank line or none (or any line with text). */
    private static long[] expectedStarts(byte[] bytes, boolean blankSeparated) {
        List<Long> starts = new ArrayList<>();
        boolean previousBlank = true;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean lineEnd = i == bytes.length ? start < bytes.length : bytes[i] == '\n' || bytes[i] == '\r';
            if (!lineEnd) {
                continue;
            }
            boolean blank = MappedSearch.paragraphText(Arrays.copyOfRange(bytes, start, i)).isEmpty();
            if (!blank && (previousBlank || !blankSeparated)) {
                starts.add((long) start);
            }
            previousBlank = blank;
            if (i < bytes.length && bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                i++;
            }
            start = i + 1;
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }
}
