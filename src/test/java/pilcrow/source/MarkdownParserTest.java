package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.Link;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.testing.SourceGens;

/**
 * The short way for inline content without markup ({@link MarkdownParser.PlainFirstInlineParser})
 * makes the same document as commonmark's own inline parser: generated documents of words,
 * spaces and tabs at line ends (hard and soft breaks), block markers, and now and then inline
 * markup, so paragraphs with and without it sit side by side. And the short way for documents
 * that are only headings and paragraphs ({@link ProseMarkdown}) makes the same document as
 * commonmark: generated prose with what comes near it (indents, list and heading markers, setext
 * underlines, trailing spaces, characters past Latin-1).
 */
class MarkdownParserTest {

    private static final Parser COMMONMARK = Parser.builder().extensions(MarkdownParser.extensions()).build();

    private static final int INLINE_EXAMPLES = 3000;
    private static final int PROSE_EXAMPLES = 4000;

    private static Gen<String> documents() {
        Gen<String> words = SourceGens.pick("zebra", "finch", "a", "Lotra", "ok?", "yes!", "!", "x.", "\u00e9t\u00e9");
        Gen<String> spaces = SourceGens.pick(" ", " ", "  ", "   ", "\t", " \t");
        Gen<String> markup = SourceGens.pick("*", "_", "`", "[", "]", "![", "!", "<b>", "&amp;", "&#27;", "\\", "**",
                "[a](b)", "<http://x>");
        Gen<String> token = Generate.frequency(List.of(Pair.of(8, words), Pair.of(4, spaces), Pair.of(1, markup)));
        Gen<String> start = Generate.frequency(List.of(Pair.of(10, Generate.constant("")),
                Pair.of(1, SourceGens.pick("# ", "## ", "> ", "- ", "1. ", "    ", " ", "  ", "```", "===", "---", "<div>",
                        "#", "> > ", "* "))));
        Gen<String> line = Generate.frequency(List.of(
                Pair.of(10, start.zip(SourceGens.joined(token, "", 0, 8, INLINE_EXAMPLES), String::concat)),
                Pair.of(3, Generate.constant(""))));
        return SourceGens.joined(line, "\n", 0, 14, INLINE_EXAMPLES);
    }

    @Test
    void plainContentIsParsedAsCommonmarkParsesIt() {
        qt().withExamples(INLINE_EXAMPLES).forAll(documents()).checkAssert(MarkdownParserTest::parsedAsCommonmark);
    }

    private static void parsedAsCommonmark(String text) {
        Document fast = MarkdownParser.parse("doc.md", text, "doc.md", text.length());
        Document commonmark = MarkdownParser.parse(COMMONMARK, "doc.md", text, "doc.md", text.length());
        assertThat(fast).as(text).isEqualTo(commonmark);
    }

    private static Gen<String> prose() {
        Gen<String> words = SourceGens.pick("zebra", "finch", "a", "Lotra", "ok?", "yes!", "x.", "C#", "#", "1.",
                "2)", "\u00e9t\u00e9", "\u00a0", "\u2003", "\ud83d\ude00", "-", "=", ">", "|", "~", "(", "'q'", "\"");
        Gen<String> gap = SourceGens.pick(" ", " ", " ", "  ", "   ");
        Gen<String> text = SourceGens.joined(Generate.frequency(List.of(Pair.of(3, words), Pair.of(2, gap))), "",
                0, 7, PROSE_EXAMPLES);
        Gen<String> start = Generate.frequency(List.of(
                Pair.of(24, SourceGens.pick("Word", "the", "Zebra", "2024", "'", "(", "\"")),
                Pair.of(4, SourceGens.pick("# ", "## ", "###### ", "####### ", "#", "# x #", "# x#", "#x")),
                Pair.of(2, SourceGens.pick("1. ", "12) ", "3.5", "- ", "+ ", "* ", "> ", "    ", " ", "   ", "\t", "===",
                        "---", "```", "~~~", "<p>", "[a]: b", "\u00e9", "\u00a0", "\ud83d\ude00", "\r", "!", "|"))));
        Gen<String> line = Generate.frequency(List.of(
                Pair.of(10, start.zip(text, String::concat)),
                Pair.of(3, SourceGens.pick("", " ", "   "))));
        return SourceGens.joined(line, "\n", 0, 12, PROSE_EXAMPLES)
                .zip(SourceGens.pick("", "\n", "\n\n"), String::concat);
    }

    @Test
    void proseIsReadAsCommonmarkReadsIt() {
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger readAsProse = new AtomicInteger();
        qt().withExamples(PROSE_EXAMPLES).forAll(prose()).checkAssert(text -> {
            tried.incrementAndGet();
            if (ProseMarkdown.parts(text) != null) {
                readAsProse.incrementAndGet();
            }
            parsedAsCommonmark(text);
        });
        // The comparison means something only if many generated documents are read as prose. Since
        // GFM tables and strikethrough, '|' and '~' (frequent in the generator) make a line markup:
        // about a quarter are prose now (969 of 3889 in one run), so the floor is a fifth.
        assertThat(readAsProse.get()).as("documents read as prose, of %d", tried.get())
                .isGreaterThan(tried.get() / 5);
    }

    @Test
    void setextAndAtxHeadingsReachTheModelWithTheirLevels() {
        // The first as prose only (the short way), the second with markup (commonmark's way).
        for (String tail : List.of("Text.\n", "Text with *emphasis*.\n")) {
            Document d = MarkdownParser.parse("h.md", "Intro.\n\nSetext One\n==========\n\nSetext Two\n---\n\n"
                    + "### Three\n\n" + tail, "h.md", 0);
            assertThat(d.blocks()).extracting(Block::kind, Block::level, Block::text).containsExactly(
                    tuple(BlockKind.PARAGRAPH, 0, "Intro."), tuple(BlockKind.HEADING, 1, "Setext One"),
                    tuple(BlockKind.HEADING, 2, "Setext Two"), tuple(BlockKind.HEADING, 3, "Three"),
                    tuple(BlockKind.PARAGRAPH, 0, tail.strip().replace("*", "")));
        }
    }

    @Test
    void aGfmTableIsOneBlockOfItsRowsAndCells() {
        Document d = MarkdownParser.parse("t.md", "# T\n\nBefore.\n\n| Name | Use |\n|---|:-:|\n| **less** | pages \\| text |\n"
                + "| glow \u001b[31m |\n\nAfter.\n", "t.md", 0);
        assertThat(d.blocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.TABLE,
                BlockKind.PARAGRAPH);
        Block table = d.paragraph(2);
        assertThat(table.rows()).containsExactly(List.of("Name", "Use"), List.of("less", "pages | text"),
                List.of("glow ^[[31m", ""));
        assertThat(table.text()).isEqualTo("Name | Use\nless | pages | text\nglow ^[[31m | ");
        assertThat(table.wordCount()).isEqualTo(8); // the escaped pipe is a word; the separators are not
    }

    @Test
    void strikethroughStaysReadableAndTaskItemsShowTheirBox() {
        Document d = MarkdownParser.parse("s.md", "# T\n\nNot ~~this~~ but ~that~.\n\n- [ ] open task\n- [x] done task\n"
                + "- [X] also done\n- [y] no task\n- [ ]\n\n1. [ ] numbered\n", "s.md", 0);
        assertThat(d.blocks()).extracting(Block::marker, Block::text).containsExactly(
                tuple("", "Not ~~this~~ but ~~that~~."),
                tuple("\u2610", "open task"), tuple("\u2611", "done task"), tuple("\u2611", "also done"),
                tuple("\u2022", "[y] no task"), tuple("\u2022", "[ ]"), tuple("\u2610", "numbered"));
    }

    @Test
    void linkTextStaysInTheFlowAndTheTargetIsKept() {
        Document d = MarkdownParser.parse("l.md", "# T\n\n  See [the *docs*](https://x.org/a \"t\") and <http://y.com>, "
                + "[a ref][r] and ![an image](i.png).\n\n- [ ] read [this](#part)\n\n[r]: ./local.md#part\n", "l.md", 0);
        Block paragraph = d.paragraph(1);
        assertThat(paragraph.text()).isEqualTo("See the docs and http://y.com, a ref and an image.");
        assertThat(paragraph.links()).extracting(link -> paragraph.text().substring(link.start(), link.end()), Link::target)
                .containsExactly(tuple("the docs", "https://x.org/a"), tuple("http://y.com", "http://y.com"),
                        tuple("a ref", "./local.md#part"));
        Block task = d.paragraph(2);
        assertThat(task.marker()).isEqualTo("\u2610");
        assertThat(task.links()).extracting(link -> task.text().substring(link.start(), link.end()), Link::target)
                .containsExactly(tuple("this", "#part"));
    }

    @Test
    void aHostileLinkIsSanitizedAndItsOffsetsFollowTheText() {
        Document d = MarkdownParser.parse("h.md", "# T\n\n\u001b[2J then [e\u001bvil \u202e](http://x/&#27;]8;;&#x202e;) end\n",
                "h.md", 0);
        Block block = d.paragraph(1);
        assertThat(block.links()).hasSize(1);
        Link link = block.links().get(0);
        assertThat(block.text().substring(link.start(), link.end())).isEqualTo("e^[vil <U+202E>");
        assertThat(link.target()).isEqualTo("http://x/^[]8;;<U+202E>");
        assertThat(PlainTextParser.parse("p.txt", "Title\n\nsee [x](y)\n", "p.txt", 0).paragraph(1).links()).isEmpty();
    }

    @Test
    void headingsAndParagraphsAreProseAndMarkupIsNot() {
        assertThat(ProseMarkdown.parts("# Title\n\nOne line\nand two  \nthree.\n\n## Part\nText")).containsExactly(
                new ProseMarkdown.Part(pilcrow.core.doc.BlockKind.HEADING, 1, "Title", false),
                new ProseMarkdown.Part(pilcrow.core.doc.BlockKind.PARAGRAPH, 0, "One line and two\nthree.", true),
                new ProseMarkdown.Part(pilcrow.core.doc.BlockKind.HEADING, 2, "Part", false),
                new ProseMarkdown.Part(pilcrow.core.doc.BlockKind.PARAGRAPH, 0, "Text", false));
        for (String notProse : List.of("a *b*", "- item", "1. item", "    code", "a\n===", "# T #", "a\tb", "a\r\nb",
                "&amp;", "[a]: b", "\u00e9t\u00e9", "a \ud83d\ude00")) {
            assertThat(ProseMarkdown.parts(notProse)).as(notProse).isNull();
        }
    }

    @Test
    void lineBreaksAreHardAfterTwoSpacesAsCommonmarkHasThem() {
        for (String text : List.of("# T\n\na  \nb!\nc", "# T\n\na  \nb\nc!", "# T\n\none  \ntwo \nthree\t", "# T\n\nHi! there")) {
            assertThat(MarkdownParser.parse("d.md", text, "d.md", 1))
                    .isEqualTo(MarkdownParser.parse(COMMONMARK, "d.md", text, "d.md", 1));
        }
        assertThat(MarkdownParser.parse("d.md", "# T\n\none  \ntwo \nthree\t", "d.md", 1).blocks().get(0).text())
                .isEqualTo("one\ntwo three");
    }
}
