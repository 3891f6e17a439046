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
import org.commonmark.parser.Parser;
import pilcrow.core.doc.Document;

/**
 * The short way for inline content without markup ({@link MarkdownParser.PlainFirstInlineParser})
 * makes the same document as commonmark's own inline parser: generated documents of words,
 * spaces and tabs at line ends (hard and soft breaks), block markers, and now and then inline
 * markup, so paragraphs with and without it sit side by side.
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
