package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.testing.SourceGens;

/** The seed document, Markdown, and title rules, read the way the program reads them. */
class DocumentReaderTest {

    private static final int DECODING_EXAMPLES = 3000;

    /** The JDK's fast decoding is taken only where it reads as the byte-keeping decoder does. */
    @Test
    void decodingAsTheByteKeepingDecoderDoes() {
        qt().withExamples(DECODING_EXAMPLES).forAll(utf8ish()).checkAssert(bytes ->
                assertThat(Decoder.decodeUtf8(bytes, 0)).isEqualTo(Decoder.decodeKeepingBadBytes(bytes, 0)));
    }

    /** Valid and broken UTF-8 alike: ASCII, multi-byte characters (cut, too), U+FFFD itself, stray bytes. */
    private static Gen<byte[]> utf8ish() {
        Gen<byte[]> piece = Generate.oneOf(
                SourceGens.anyStrings(6, DECODING_EXAMPLES).map(t -> t.getBytes(StandardCharsets.UTF_8)),
                SourceGens.pick("\uFFFD", "\u00e9", "\u4e2d", "\uD83D\uDC4D", "a")
                        .map(t -> t.getBytes(StandardCharsets.UTF_8)),
                SourceGens.byteArrays(3, DECODING_EXAMPLES),
                SourceGens.pick(new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xED, (byte) 0xA0,
                        (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF4, (byte) 0x90,
                        (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}));
        return SourceGens.concatenated(piece, 8, DECODING_EXAMPLES);
    }

    /** Plain ASCII read the short way is the document the full way reads: line ends, tabs, markup. */
    @Test
    void plainAsciiReadsAsTheFullWayDoes() {
        List<String> texts = List.of("Title\r\n\r\nA line\r\nand\tone\ttab\r\n\r\n-SOURCE\r\n",
                "Old Mac\r\rA\tB\r\r\tC D\r", "Title\n\nx\ty\tz\n\n\ttabbed\tline\n",
                "# Head\tline\r\n\r\n    code\tx\r\n\r\n*em*\tphasis &amp; &#27;[1m\n", "", "\n\n", "no end");
        for (String text : texts) {
            for (String name : List.of("a.txt", "a.md")) {
                FileSource source = new FileSource(Path.of("/x", name), name);
                byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
                byte[] buffer = Arrays.copyOf(bytes, bytes.length + 5);
                boolean tabsOrReturns = text.contains("\t") || text.contains("\r");
                assertThat(DocumentReader.fromPlainAscii(source, buffer, bytes.length, tabsOrReturns))
                        .as("%s %s", name, text)
                        .isEqualTo(DocumentReader.fromBytes(source, bytes));
            }
        }
    }

    static final Path SEED = Path.of("seeds/000_36299a940e0d7905.txt");

    @TempDir
    Path dir;

    static Document load(Path path) {
        LoadResult result = DocumentReader.read(FileSource.of(path));
        assertThat(result).as("%s", result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).document();
    }

    Document write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return load(file);
    }

    @Test
    void theSeedDocument() throws IOException {
        Document seed = load(SEED);
        assertThat(seed.title()).isEqualTo("US passes itself off as victim of cyberattacks to smear China");
        assertThat(seed.paragraphCount()).isEqualTo(7);
        assertThat(seed.paragraph(7).text()).contains("Interpol")
                .startsWith("At present, cyberattacks are mainly cross-border crimes")
                .endsWith("the US and other countries around the world.");
        for (int n = 1; n <= 6; n++) {
            assertThat(seed.paragraph(n).text()).doesNotContain("Interpol");
        }
        assertThat(seed.paragraph(1).text()).startsWith("A report released by the National Computer Virus");
        assertThat(seed.source()).contains("CHINA MEDIA GROUP");
        assertThat(seed.blocks()).extracting(Block::text).noneMatch(t -> t.contains("CHINA MEDIA GROUP"));
        assertThat(seed.blocks()).extracting(Block::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(seed.byteSize()).isEqualTo(Files.size(SEED));
        assertThat(seed.name()).isEqualTo(SEED.toString());
        String all = Files.readString(SEED);
        assertThat(seed.wordCount()).isEqualTo(all.strip().split("\\s+").length);
    }

    @Test
    void theBundledLibraryIsTheSeed() {
        Library library = Library.of("seeds", DefaultLibrary.bundledSources());
        assertThat(library.entries()).hasSize(1);
        Document bundled = ((LoadResult.Loaded) library.entries().get(0)).document();
        assertThat(bundled.name()).isEqualTo("seeds/000_36299a940e0d7905.txt");
        assertThat(bundled.title()).isEqualTo("US passes itself off as victim of cyberattacks to smear China");
        assertThat(bundled.paragraphCount()).isEqualTo(7);
    }

    @Test
    void markdownBlocksKeepTheirKind() throws IOException {
        Document md = write("guide.md", """
                Some intro before the heading.

                # The *Guide* Title

                A paragraph with `code` and a [link](http://x).
                It continues here.

                ## Section two

                - first item
                - second item
                  - nested item

                3. three
                4. four

                > quoted text
                > > deeper

                ```java
                int x = 1;
                    if (x) {
                }
                ```

                    indented code

                ---

                <!-- a comment -->
                Last words.
                """);
        assertThat(md.title()).isEqualTo("The Guide Title");
        assertThat(md.blocks()).extracting(Block::kind, Block::level, Block::marker, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "", "Some intro before the heading."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 1, "", "The Guide Title"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "",
                        "A paragraph with code and a link. It continues here."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 2, "", "Section two"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, 1, "\u2022", "first item"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, 1, "\u2022", "second item"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, 2, "\u2022", "nested item"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, 1, "3.", "three"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.LIST_ITEM, 1, "4.", "four"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.QUOTE, 1, "", "quoted text"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.QUOTE, 2, "", "deeper"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.CODE, 0, "", "int x = 1;\n    if (x) {\n}"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.CODE, 0, "", "indented code"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "", "Last words."));
        for (int i = 0; i < md.paragraphCount(); i++) {
            assertThat(md.blocks().get(i).number()).isEqualTo(i + 1);
        }
    }

    @Test
    void markdownLeadingHeadingLeavesTheBody() throws IOException {
        Document md = write("a.markdown", "# Title\n\nBody one.\n\nBody two.\n\n-A SOURCE\n");
        assertThat(md.title()).isEqualTo("Title");
        assertThat(md.blocks()).extracting(Block::number, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Body one."),
                org.assertj.core.groups.Tuple.tuple(2, "Body two."));
        assertThat(md.source()).contains("A SOURCE");
    }

    @Test
    void markdownWithoutHeadingTakesAShortFirstLineOrTheFileName() throws IOException {
        assertThat(write("short.md", "Short Title\n\nThe body text.\n").title()).isEqualTo("Short Title");
        assertThat(write("sentence.md", "A sentence ends.\n\nThe body text.\n").title()).isEqualTo("sentence.md");
        assertThat(write("list.md", "- a\n- b\n").title()).isEqualTo("list.md");
    }

    @Test
    void plainTitleFallsBackToTheFileName() throws IOException {
        Document noTitle = write("no-title.txt", "This first line is a sentence.\nSo is this.\n");
        assertThat(noTitle.title()).isEqualTo("no-title.txt");
        assertThat(noTitle.paragraphCount()).isEqualTo(2);
        assertThat(write("plain", "Title Line\nbody\n").title()).isEqualTo("Title Line");
    }

    @Test
    void gzippedDocumentsAreDecompressed() throws IOException {
        Path gz = dir.resolve("notes.md.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("# Zipped\n\nInside the archive.\n".getBytes(StandardCharsets.UTF_8));
        }
        Document zipped = load(gz);
        assertThat(zipped.title()).isEqualTo("Zipped");
        assertThat(zipped.blocks()).extracting(Block::text).containsExactly("Inside the archive.");
        assertThat(zipped.byteSize()).isEqualTo("# Zipped\n\nInside the archive.\n".length());

        Path plainGz = dir.resolve("plain.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(plainGz))) {
            out.write("one\ntwo\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(load(plainGz).title()).isEqualTo("one");
        // No .gz in the fallback title.
        Path single = dir.resolve("single.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(single))) {
            out.write("only line.".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(load(single).title()).isEqualTo("single.txt");

        Path corrupt = dir.resolve("bad.txt.gz");
        Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        assertThat(DocumentReader.read(FileSource.of(corrupt))).isInstanceOfSatisfying(LoadResult.Failed.class,
                f -> assertThat(f.reason()).isIn("corrupt gzip data", "truncated gzip data"));
    }
}
