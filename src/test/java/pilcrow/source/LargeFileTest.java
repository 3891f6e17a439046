package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Match;
import pilcrow.core.large.LargeText;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.testing.SourceGens;

/**
 * The lazily read file against the reference: the same bytes read whole by {@link DocumentReader}
 * (decode, normalize, sanitize, {@code PlainTextParser}). Tiny ranges, buffers and heads put the
 * index's range boundaries and the mode decision everywhere: inside CRLFs, multi-byte characters
 * and paragraphs, before and after the first blank line.
 */
class LargeFileTest {

    private static final int EXAMPLES = 400;

    private static Gen<String> documents() {
        // An escape that is no SGR colour is shown as it is; colour, closed within its line as logs
        // close it, is drawn as in a document read whole (one left open is not carried on: below).
        Gen<String> word = SourceGens.pick("zebra", "Finch", "é", "e\u0301", "中文", "\u001b[2J", "x\ty",
                "-SOURCE", "\u0085", "\u202e", "\u3000", "\u2003", "Title", "end.", "\u001b[31mred\u001b[0m",
                "\u001b[1;32mok\u001b[m done", "\u001b[38;5;208mo\u001b[39m", "\u001b[4m-u\u001b[24m", "\u001b[31;41");
        // Underlines, alone on a line among others, make headings of the lines above them.
        Gen<String> underline = SourceGens.pick("===", "-----", "  ---", "==");
        Gen<String> line = Generate.frequency(List.of(Pair.of(6, SourceGens.joined(word, " ", 0, 5, EXAMPLES)),
                Pair.of(1, underline)));
        Gen<String> end = SourceGens.pick("\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\r\n\r\n",
                "\n\u3000\n", "\n\t\n");
        return SourceGens.joined(line.zip(end, (l, e) -> l + e), "", 0, 30, EXAMPLES);
    }

    /** How the file is read: the index's ranges, the read buffer, the head read first, a BOM or not. */
    record Reading(int rangeSize, int bufferSize, int head, boolean bom) {
    }

    private static Gen<Reading> readings() {
        return integers().between(1, 64).zip(integers().between(16, 40), integers().between(1, 200),
                booleans().all(), Reading::new);
    }

    /**
     * A match carries where its paragraph starts only when the text reads paragraphs as the search
     * did: a head without a blank line leaves the text one paragraph a line until the index has
     * seen it all, and the search (which sees it all) counts blank-line separated paragraphs.
     */
    @Test
    void aMatchIsPlacedOnlyWhenTheTextIsCertainHowItsParagraphsGo(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("doc.txt");
        Files.writeString(file, "Title line\nstill the title\n\nOne paragraph.\n\nThe zebra here.\n");
        java.util.regex.Pattern zebra = java.util.regex.Pattern.compile("zebra");
        try (LargeFile certain = LargeFile.open(file, file.toString(), "doc.txt", 1000, 8, 3, 16).orElseThrow();
             LargeFile unsure = LargeFile.open(file, file.toString(), "doc.txt", 4, 8, 3, 16).orElseThrow()) {
            List<Match> found = certain.find(zebra, "zebra", true, () -> false, perMille -> { });
            assertThat(found).hasSize(1);
            assertThat(found.get(0).place()).isEqualTo("Title line\nstill the title\n\nOne paragraph.\n\n".length());
            assertThat(unsure.blankSeparated()).isFalse();
            List<Match> waiting = unsure.find(zebra, "zebra", true, () -> false, perMille -> { });
            assertThat(waiting).isEqualTo(found);
            assertThat(waiting.get(0).place()).isEqualTo(-1);
        }
    }

    @Test
    void numbersAndTextsAreThoseOfTheWholeDocument() {
        qt().withExamples(EXAMPLES).forAll(documents(), readings())
                .checkAssert((text, reading) -> SourceGens.checking(() -> assertSameInAFreshFolder(text, reading)));
    }

    /** Each example writes its file in a folder of its own, removed when it is done. */
    private static void assertSameInAFreshFolder(String text, Reading reading) throws IOException {
        Path dir = Files.createTempDirectory("large");
        try {
            Path file = dir.resolve("doc.txt");
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = reading.bom() ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
            Files.write(file, bytes);
            assertSame(file, reading.rangeSize(), reading.bufferSize(), reading.head());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aLateBlankLineTurnsLinesIntoParagraphs(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc.txt");
        Files.writeString(file, "Title\nline one\nline two\nline three\n\nlast paragraph\nstill last\n");
        assertSame(file, 8, 16, 4);
    }

    @Test
    void anUnderlinedLineIsAHeadingAsInTheWholeDocument(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc.txt");
        Files.writeString(file, "Title\r\n=====\r\n\r\nIntro.\n\nPart one\n--------\n\nText\nof it.\n\n---\n\n"
                + "a\nb\n===\n\nLast\n===\n");
        assertSame(file, 8, 16, 4);
        LargeFile large = LargeFile.open(file, file.toString(), "doc.txt", 1000, 8, 3, 16).orElseThrow();
        assertThat(large.title()).isEqualTo("Title");
        List<Block> blocks = new ArrayList<>();
        for (long at = large.first(); at >= 0; at = large.next(at)) {
            blocks.add(large.block(at));
        }
        assertThat(blocks).extracting(Block::kind, Block::level, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, 0, "Intro."), tuple(BlockKind.HEADING, 2, "Part one"),
                tuple(BlockKind.PARAGRAPH, 0, "Text of it."), tuple(BlockKind.PARAGRAPH, 0, "---"),
                tuple(BlockKind.PARAGRAPH, 0, "a b ==="), tuple(BlockKind.HEADING, 1, "Last"));
    }

    private static void assertSame(Path file, int rangeSize, int bufferSize, int head) throws IOException {
        Document document = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
        LargeFile opened = LargeFile.open(file, file.toString(), "doc.txt", head, rangeSize, 3, bufferSize)
                .orElseThrow();
        List<ParagraphIndex> snapshots = new ArrayList<>();
        LargeFile.Indexed indexed = opened.index(snapshots::add, () -> false);
        LargeText large = indexed.text();
        ParagraphIndex index = indexed.index();

        assertThat(large.title()).isEqualTo(document.title());
        assertThat(large.titleInText()).isEqualTo(document.titleInText());
        assertThat(large.source()).isEqualTo(document.source());
        assertThat(index.complete()).isTrue();
        assertThat(index.count()).isEqualTo(document.paragraphCount());
        List<Long> places = new ArrayList<>();
        for (int n = 1; n <= index.count(); n++) {
            long at = index.offsetOf(n);
            places.add(at);
            assertThat(large.text(at)).as("paragraph %d", n).isEqualTo(document.paragraph(n).text());
            assertThat(large.block(at)).as("block %d", n)
                    .isEqualTo(new Block(0, document.paragraph(n).kind(), document.paragraph(n).level(), "",
                            document.paragraph(n).text()).withStyledText(document.paragraph(n).text(),
                            document.paragraph(n).spans()));
            assertThat(index.numberAt(at)).isEqualTo(n);
            assertThat(large.paragraphAt(at)).isEqualTo(at);
        }
        List<Long> walked = new ArrayList<>();
        for (long at = large.first(); at >= 0; at = large.next(at)) {
            walked.add(at);
        }
        assertThat(walked).isEqualTo(places);
        List<Long> back = new ArrayList<>();
        for (long at = large.last(); at >= 0; at = large.previous(at)) {
            back.add(0, at);
        }
        assertThat(back).isEqualTo(places);
        if (large == opened) {
            for (ParagraphIndex snapshot : snapshots) {
                for (int n = 1; n <= snapshot.count() && n <= index.count(); n++) {
                    assertThat(snapshot.offsetOf(n)).isEqualTo(index.offsetOf(n));
                }
            }
        }
    }

    /**
     * A search finds words as a coloured paragraph shows them: where the text shown starts after a
     * sequence, and not inside one. A colour left open ends with its paragraph, as {@code less -R}
     * starts each line plain (a document read whole carries it on: a large file is read by ranges).
     */
    @Test
    void aSearchFindsWordsAsAColouredParagraphShowsThem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.log");
        Files.writeString(file, "A log\n\n\u001b[31mERROR\u001b[0m disk full\n\nsee \u001b[1mdisk\u001b[22m \u001b[33mopen\n\nnext\n");
        try (LargeFile large = LargeFile.open(file, file.toString(), "app.log", 1000, 8, 3, 16).orElseThrow()) {
            List<Match> found = large.find(java.util.regex.Pattern.compile("disk"), "disk", true, () -> false, p -> { });
            assertThat(found).extracting(Match::paragraph, Match::start, Match::end)
                    .containsExactly(tuple(1, 6, 10), tuple(2, 4, 8));
            assertThat(large.find(java.util.regex.Pattern.compile("31m"), "31m", true, () -> false, p -> { })).isEmpty();
            long second = found.get(1).place();
            assertThat(large.block(second).text()).isEqualTo("see disk open");
            assertThat(large.block(large.next(second)).spans()).isEmpty();
        }
    }

    @Test
    void aFileCutShorterOrLongerWhileOpenGivesNoCrash(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc.txt");
        StringBuilder text = new StringBuilder("Title\n\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Paragraph ").append(i).append(" with some words in it.\n\n");
        }
        Files.writeString(file, text);
        LargeFile opened = LargeFile.open(file, file.toString(), "doc.txt", 64, 4096, 2, 1024).orElseThrow();
        long last = opened.last();
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) / 3);
        }
        // Reads past the new end find nothing more; the index and the search say it in an IOException.
        assertThat(opened.text(last)).isNotNull();
        assertThat(opened.next(opened.previous(last))).isNotNull();
        assertThat(opened.paragraphAt(last)).isGreaterThanOrEqualTo(-1);
        try {
            opened.index(snapshot -> { }, () -> false);
        } catch (IOException expected) {
            assertThat(expected).isInstanceOf(IOException.class);
        }
        try {
            opened.find(java.util.regex.Pattern.compile("Paragraph 19999"), "19999", true, () -> false, p -> { });
        } catch (IOException expected) {
            assertThat(expected).isInstanceOf(IOException.class);
        }
        // Opened again, it is measured again.
        LargeFile again = LargeFile.open(FileSource.of(file)).orElseThrow();
        assertThat(again.size()).isEqualTo(Files.size(file));
        assertThat(again.index(snapshot -> { }, () -> false).index().complete()).isTrue();
        Files.writeString(file, "More paragraphs.\n\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(again.index(snapshot -> { }, () -> false).index().complete()).isTrue();
        assertThat(again.text(again.last())).isNotNull();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
