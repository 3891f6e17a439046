package pilcrow.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlainTextParserTest {

    /** Lines of words, blank lines and lines of spaces, as a text file holds them (already normalized). */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("\u00e9\u4e2d.,-")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> pad = Arbitraries.of("", " ", "  ");
        Arbitrary<String> textLine = net.jqwik.api.Combinators.combine(pad,
                word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words)), pad)
                .as((before, line, after) -> before + line + after);
        Arbitrary<String> blankLine = Arbitraries.of("", " ", "   ");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, textLine), net.jqwik.api.Tuple.of(1, blankLine))
                .list().ofMaxSize(15).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<List<String>> nonBlankLines() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        return word.list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words))
                .list().ofMaxSize(12);
    }

    /** Text of every kind of white space, lone surrogates and pairs, in lines and blank lines. */
    @Provide
    Arbitrary<String> anyLines() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(" ", "  ", "\n", "\n\n", "\n \n", "\t", "\r", "\u000b", "\f", "\u001c", "\u00a0",
                        "\u2003", "\u3000", "\u2028", "\u0085", "\ud83d\ude00", "\udc80", "\ud800", "x", "word", "-END"),
                Arbitraries.strings().ofMaxLength(4));
        return piece.list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    /** The paragraphs as the split on line feeds and String.strip() made them before. */
    static List<PlainTextParser.Chunk> splitByStrings(String text) {
        String[] lines = text.split("\n", -1);
        boolean blankSeparated = false;
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            boolean blank = line.isBlank();
            blankSeparated |= !blank && blankAfterText;
            blankAfterText |= blank && seenText;
            seenText |= !blank;
        }
        List<PlainTextParser.Chunk> paragraphs = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        int joined = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if ((line.isEmpty() || !blankSeparated) && joined > 0) {
                paragraphs.add(new PlainTextParser.Chunk(current.toString(), joined));
                current.setLength(0);
                joined = 0;
            }
            if (!line.isEmpty()) {
                current.append(joined > 0 ? " " : "").append(line);
                joined++;
            }
        }
        if (joined > 0) {
            paragraphs.add(new PlainTextParser.Chunk(current.toString(), joined));
        }
        return paragraphs;
    }

    @Property(tries = 3000)
    void splitsAsTheStringSplitAndStripDid(@ForAll("anyLines") String text) {
        assertThat(PlainTextParser.splitParagraphs(text)).isEqualTo(splitByStrings(text));
    }

    @Property
    void noParagraphIsEmptyOrHoldsANewline(@ForAll("texts") String text) {
        for (PlainTextParser.Chunk chunk : PlainTextParser.splitParagraphs(text)) {
            assertThat(chunk.text()).isNotBlank().doesNotContain("\n").isEqualTo(chunk.text().strip());
            assertThat(chunk.lines()).isPositive();
        }
    }

    @Property
    void allNonSpaceCharactersAreKeptInOrder(@ForAll("texts") String text) {
        StringBuilder joined = new StringBuilder();
        for (PlainTextParser.Chunk chunk : PlainTextParser.splitParagraphs(text)) {
            joined.append(chunk.text());
        }
        assertThat(nonSpace(joined.toString())).isEqualTo(nonSpace(text));
    }

    /** Blank-line separated: each paragraph is its lines joined with single spaces. */
    @Property
    void blankLineParagraphsJoinTheirLines(@ForAll("nonBlankLines") List<String> first,
                                           @ForAll("nonBlankLines") List<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return;
        }
        String text = String.join("\n", first) + "\n\n  \n" + String.join("\n", second) + "\n";
        List<PlainTextParser.Chunk> chunks = PlainTextParser.splitParagraphs(text);
        assertThat(chunks).containsExactly(
                new PlainTextParser.Chunk(String.join(" ", first), first.size()),
                new PlainTextParser.Chunk(String.join(" ", second), second.size()));
    }

    @Property
    void aTextWithoutBlankLinesHasOneParagraphPerLine(@ForAll("nonBlankLines") List<String> lines) {
        String text = String.join("\n", lines);
        assertThat(PlainTextParser.splitParagraphs(text))
                .extracting(PlainTextParser.Chunk::text).containsExactlyElementsOf(lines);
        assertThat(PlainTextParser.splitParagraphs("\n\n" + text + "\n  \n"))
                .extracting(PlainTextParser.Chunk::text).containsExactlyElementsOf(lines);
    }

    @Property
    void parseNumbersBlocksFromOne(@ForAll("texts") String text) {
        Document document = PlainTextParser.parse("x.txt", text, "x.txt", text.length());
        for (int i = 0; i < document.paragraphCount(); i++) {
            assertThat(document.blocks().get(i).number()).isEqualTo(i + 1);
            assertThat(document.blocks().get(i).kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(document.paragraph(i + 1)).isSameAs(document.blocks().get(i));
        }
        assertThat(document.title()).isNotBlank();
    }

    @Example
    void shortFirstLineIsTheTitleAndDashLineTheSource() {
        Document d = PlainTextParser.parse("n.txt", "A Headline\nFirst paragraph.\nSecond one.\n-SOME WIRE\n",
                "n.txt", 50);
        assertThat(d.title()).isEqualTo("A Headline");
        assertThat(d.blocks()).extracting(Block::text).containsExactly("First paragraph.", "Second one.");
        assertThat(d.source()).contains("SOME WIRE");
        assertThat(d.wordCount()).isEqualTo(2 + 4 + 2);
        assertThat(d.byteSize()).isEqualTo(50);
    }

    @Example
    void hardWrappedParagraphsAreJoined() {
        Document d = PlainTextParser.parse("n.txt", "Title\n\nline one\nline two\n\n  third\n", "n.txt", 0);
        assertThat(d.title()).isEqualTo("Title");
        assertThat(d.blocks()).extracting(Block::text).containsExactly("line one line two", "third");
    }

    @Example
    void titleFallsBackToTheFileName() {
        // First line ends like a sentence: not a title.
        Document sentence = PlainTextParser.parse("a/notes.txt", "This is a sentence.\nAnother one.", "notes.txt", 0);
        assertThat(sentence.title()).isEqualTo("notes.txt");
        assertThat(sentence.paragraphCount()).isEqualTo(2);
        // First "line" is a hard-wrapped paragraph of two lines: not a title.
        Document wrapped = PlainTextParser.parse("w.txt", "Two lines\nof a paragraph\n\nAnd more", "w.txt", 0);
        assertThat(wrapped.title()).isEqualTo("w.txt");
        // Too long to be a title.
        String longLine = "word ".repeat(30).strip();
        assertThat(PlainTextParser.parse("l.txt", longLine + "\nbody", "l.txt", 0).title()).isEqualTo("l.txt");
        // A single paragraph is body, not title.
        Document single = PlainTextParser.parse("s.txt", "Just one line", "s.txt", 0);
        assertThat(single.title()).isEqualTo("s.txt");
        assertThat(single.blocks()).extracting(Block::text).containsExactly("Just one line");
        // Empty.
        Document empty = PlainTextParser.parse("e.txt", "", "e.txt", 0);
        assertThat(empty.title()).isEqualTo("e.txt");
        assertThat(empty.paragraphCount()).isZero();
        assertThat(empty.source()).isEmpty();
    }

    @Example
    void sourceLines() {
        assertThat(PlainTextParser.sourceOf("-CHINA MEDIA GROUP")).contains("CHINA MEDIA GROUP");
        assertThat(PlainTextParser.sourceOf("\u2014 Reuters")).contains("Reuters");
        assertThat(PlainTextParser.sourceOf("no dash")).isEmpty();
        assertThat(PlainTextParser.sourceOf("- " + "word ".repeat(12))).isEmpty();
        assertThat(PlainTextParser.sourceOf("---")).isEqualTo(Optional.empty());
    }

    @Example
    void normalizerConvertsLineEndsExpandsTabsAndComposes() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(TextNormalizer.normalize("\tx\nab\tc\n1234567\t|")).isEqualTo(
                "        x\nab      c\n1234567 |");
        assertThat(TextNormalizer.normalize("e\u0301cole")).isEqualTo("\u00e9cole");
    }

    private static String nonSpace(String s) {
        return s.replaceAll("\\s", "");
    }
}
