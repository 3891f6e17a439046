package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.commonmark.parser.Parser;
import pilcrow.core.doc.Document;

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

    private static final Parser COMMONMARK = Parser.builder().build();

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> words = Arbitraries.of("zebra", "finch", "a", "Lotra", "ok?", "yes!", "!", "x.", "\u00e9t\u00e9");
        Arbitrary<String> spaces = Arbitraries.of(" ", " ", "  ", "   ", "\t", " \t");
        Arbitrary<String> markup = Arbitraries.of("*", "_", "`", "[", "]", "![", "!", "<b>", "&amp;", "&#27;", "\\", "**",
                "[a](b)", "<http://x>");
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(8, words), Tuple.of(4, spaces), Tuple.of(1, markup));
        Arbitrary<String> start = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of("# ", "## ", "> ", "- ", "1. ", "    ", " ", "  ", "```", "===", "---", "<div>",
                        "#", "> > ", "* ")));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(10, start.flatMap(s -> token.list().ofMaxSize(8).map(t -> s + String.join("", t)))),
                Tuple.of(3, Arbitraries.just("")));
        return line.list().ofMaxSize(14).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 3000)
    void plainContentIsParsedAsCommonmarkParsesIt(@ForAll("documents") String text) {
        Document fast = MarkdownParser.parse("doc.md", text, "doc.md", text.length());
        Document commonmark = MarkdownParser.parse(COMMONMARK, "doc.md", text, "doc.md", text.length());
        assertThat(fast).as(text).isEqualTo(commonmark);
    }

    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> words = Arbitraries.of("zebra", "finch", "a", "Lotra", "ok?", "yes!", "x.", "C#", "#", "1.",
                "2)", "\u00e9t\u00e9", "\u00a0", "\u2003", "\ud83d\ude00", "-", "=", ">", "|", "~", "(", "'q'", "\"");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "   ");
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(3, words), Tuple.of(2, gap)).list().ofMaxSize(7)
                .map(t -> String.join("", t));
        Arbitrary<String> start = Arbitraries.frequencyOf(Tuple.of(24, Arbitraries.of("Word", "the", "Zebra", "2024",
                        "'", "(", "\"")),
                Tuple.of(4, Arbitraries.of("# ", "## ", "###### ", "####### ", "#", "# x #", "# x#", "#x")),
                Tuple.of(2, Arbitraries.of("1. ", "12) ", "3.5", "- ", "+ ", "* ", "> ", "    ", " ", "   ", "\t", "===",
                        "---", "```", "~~~", "<p>", "[a]: b", "\u00e9", "\u00a0", "\ud83d\ude00", "\r", "!", "|")));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().all().ofLength(0).flatMap(e -> start.flatMap(s -> text.map(t -> s + t)))),
                Tuple.of(3, Arbitraries.of("", " ", "   ")));
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines))
                .flatMap(doc -> Arbitraries.of(doc, doc + "\n", doc + "\n\n"));
    }

    @Property(tries = 4000)
    void proseIsReadAsCommonmarkReadsIt(@ForAll("prose") String text) {
        boolean prose = ProseMarkdown.parts(text) != null;
        Statistics.label("read as prose").collect(prose);
        Document fast = MarkdownParser.parse("doc.md", text, "doc.md", text.length());
        Document commonmark = MarkdownParser.parse(COMMONMARK, "doc.md", text, "doc.md", text.length());
        assertThat(fast).as(text).isEqualTo(commonmark);
        // The comparison means something only if many generated documents are read as prose.
        Statistics.label("read as prose").coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
    }

    @Example
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

    @Example
    void lineBreaksAreHardAfterTwoSpacesAsCommonmarkHasThem() {
        for (String text : List.of("# T\n\na  \nb!\nc", "# T\n\na  \nb\nc!", "# T\n\none  \ntwo \nthree\t", "# T\n\nHi! there")) {
            assertThat(MarkdownParser.parse("d.md", text, "d.md", 1))
                    .isEqualTo(MarkdownParser.parse(COMMONMARK, "d.md", text, "d.md", 1));
        }
        assertThat(MarkdownParser.parse("d.md", "# T\n\none  \ntwo \nthree\t", "d.md", 1).blocks().get(0).text())
                .isEqualTo("one\ntwo three");
    }
}
