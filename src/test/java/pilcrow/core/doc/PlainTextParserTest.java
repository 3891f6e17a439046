package pilcrow.core.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.testing.CoreGens;

class PlainTextParserTest {

    private static final int TRIES = 500;

    /** Lines of words, blank lines and lines of spaces, as a text file holds them (already normalized). */
    static Gen<String> texts() {
        // Each of the 31 chars as likely: a draw from the union of a-z and the five others.
        Gen<Character> wordChar = Generate.frequency(Pair.of(26, CoreGens.charsBetween('a', 'z')),
                Pair.of(5, CoreGens.charsOf("\u00e9\u4e2d.,-")));
        Gen<String> word = CoreGens.strings(wordChar, 1, 8);
        Gen<String> pad = Generate.pick(List.of("", " ", "  "));
        Gen<String> textLine = pad.zip(CoreGens.joined(word, 1, 6, " "), pad, (before, line, after) -> before + line + after);
        Gen<String> blankLine = Generate.pick(List.of("", " ", "   "));
        return CoreGens.joined(Generate.frequency(Pair.of(3, textLine), Pair.of(1, blankLine)), 0, 15, "\n");
    }

    /** Up to twelve lines of one to five words of a-z, at least {@code minLines} of them. */
    static Gen<List<String>> nonBlankLines(int minLines) {
        Gen<String> word = CoreGens.strings(CoreGens.charsBetween('a', 'z'), 1, 8);
        return CoreGens.listsOf(CoreGens.joined(word, 1, 5, " "), minLines, 12);
    }

    /** Text of every kind of white space, lone surrogates and pairs, in lines and blank lines. */
    static Gen<String> anyLines() {
        Gen<String> piece = Generate.oneOf(
                Generate.pick(List.of(" ", "  ", "\n", "\n\n", "\n \n", "\t", "\r", "\u000b", "\f", "\u001c", "\u00a0",
                        "\u2003", "\u3000", "\u2028", "\u0085", "\ud83d\ude00", "\udc80", "\ud800", "x", "word", "-END")),
                CoreGens.strings(CoreGens.anyCharButSurrogatesAndPrivateUse(), 0, 4));
        return CoreGens.joined(piece, 0, 20, "");
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

    @Test
    void splitsAsTheStringSplitAndStripDid() {
        qt().withExamples(3000).forAll(anyLines()).checkAssert(text -> {
            assertThat(PlainTextParser.splitParagraphs(text)).isEqualTo(splitByStrings(text));
        });
    }

    @Test
    void noParagraphIsEmptyOrHoldsANewline() {
        qt().withExamples(TRIES).forAll(texts()).checkAssert(text -> {
            for (PlainTextParser.Chunk chunk : PlainTextParser.splitParagraphs(text)) {
                assertThat(chunk.text()).isNotBlank().doesNotContain("\n").isEqualTo(chunk.text().strip());
                assertThat(chunk.lines()).isPositive();
            }
        });
    }

    @Test
    void allNonSpaceCharactersAreKeptInOrder() {
        qt().withExamples(TRIES).forAll(texts()).checkAssert(text -> {
            StringBuilder joined = new StringBuilder();
            for (PlainTextParser.Chunk chunk : PlainTextParser.splitParagraphs(text)) {
                joined.append(chunk.text());
            }
            assertThat(nonSpace(joined.toString())).isEqualTo(nonSpace(text));
        });
    }

    /** Blank-line separated: each paragraph is its lines joined with single spaces. */
    @Test
    void blankLineParagraphsJoinTheirLines() {
        qt().withExamples(TRIES).forAll(nonBlankLines(1), nonBlankLines(1)).checkAssert((first, second) -> {
            String text = String.join("\n", first) + "\n\n  \n" + String.join("\n", second) + "\n";
            List<PlainTextParser.Chunk> chunks = PlainTextParser.splitParagraphs(text);
            assertThat(chunks).containsExactly(
                    new PlainTextParser.Chunk(String.join(" ", first), first.size()),
                    new PlainTextParser.Chunk(String.join(" ", second), second.size()));
        });
    }

    @Test
    void aTextWithoutBlankLinesHasOneParagraphPerLine() {
        qt().withExamples(TRIES).forAll(nonBlankLines(0)).checkAssert(lines -> {
            String text = String.join("\n", lines);
            assertThat(PlainTextParser.splitParagraphs(text))
                    .extracting(PlainTextParser.Chunk::text).containsExactlyElementsOf(lines);
            assertThat(PlainTextParser.splitParagraphs("\n\n" + text + "\n  \n"))
                    .extracting(PlainTextParser.Chunk::text).containsExactlyElementsOf(lines);
        });
    }

    @Test
    void parseNumbersBlocksFromOne() {
        qt().withExamples(TRIES).forAll(texts()).checkAssert(text -> {
            Document document = PlainTextParser.parse("x.txt", text, "x.txt", text.length());
            for (int i = 0; i < document.paragraphCount(); i++) {
                assertThat(document.blocks().get(i).number()).isEqualTo(i + 1);
                assertThat(document.blocks().get(i).kind()).isIn(BlockKind.PARAGRAPH, BlockKind.HEADING);
                assertThat(document.paragraph(i + 1)).isSameAs(document.blocks().get(i));
            }
            assertThat(document.title()).isNotBlank();
        });
    }

    @Test
    void shortFirstLineIsTheTitleAndDashLineTheSource() {
        Document d = PlainTextParser.parse("n.txt", "A Headline\nFirst paragraph.\nSecond one.\n-SOME WIRE\n",
                "n.txt", 50);
        assertThat(d.title()).isEqualTo("A Headline");
        assertThat(d.blocks()).extracting(Block::text).containsExactly("First paragraph.", "Second one.");
        assertThat(d.source()).contains("SOME WIRE");
        assertThat(d.wordCount()).isEqualTo(2 + 4 + 2);
        assertThat(d.byteSize()).isEqualTo(50);
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        Document d = PlainTextParser.parse("n.txt", "Title\n\nline one\nline two\n\n  third\n", "n.txt", 0);
        assertThat(d.title()).isEqualTo("Title");
        assertThat(d.blocks()).extracting(Block::text).containsExactly("line one line two", "third");
    }

    @Test
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

    @Test
    void sourceLines() {
        assertThat(PlainTextParser.sourceOf("-CHINA MEDIA GROUP")).contains("CHINA MEDIA GROUP");
        assertThat(PlainTextParser.sourceOf("\u2014 Reuters")).contains("Reuters");
        assertThat(PlainTextParser.sourceOf("no dash")).isEmpty();
        assertThat(PlainTextParser.sourceOf("- " + "word ".repeat(12))).isEmpty();
        assertThat(PlainTextParser.sourceOf("---")).isEqualTo(Optional.empty());
    }

    @Test
    void normalizerConvertsLineEndsExpandsTabsAndComposes() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
        assertThat(TextNormalizer.normalize("\tx\nab\tc\n1234567\t|")).isEqualTo(
                "        x\nab      c\n1234567 |");
        assertThat(TextNormalizer.normalize("e\u0301cole")).isEqualTo("\u00e9cole");
    }

    private static String nonSpace(String s) {
        return s.replaceAll("\\s", "");
    }

    @Test
    void theEndsRuleTakesATitleOnlyBeforeAnotherParagraph() {
        assertThat(PlainTextParser.ends("Title", 1).title()).isEmpty();
        assertThat(PlainTextParser.ends("Title", 2).title()).contains("Title");
        assertThat(PlainTextParser.ends(null, 3).title()).isEmpty(); // written on two lines
        assertThat(PlainTextParser.ends("Ends like a sentence.", 3).title()).isEmpty();
        assertThat(PlainTextParser.ends("", 3).title()).isEmpty();
    }

    @Test
    void theEndsRuleAsksForTheLastParagraphOnlyAfterAnotherBodyParagraph() {
        assertThat(PlainTextParser.ends("Title", 2).asksLast()).isFalse();
        assertThat(PlainTextParser.ends("Title", 3).asksLast()).isTrue();
        assertThat(PlainTextParser.ends("Not a title.", 2).asksLast()).isTrue();
        assertThat(PlainTextParser.ends("Title", 2).withLast("-SOURCE").source()).isEmpty();
        PlainTextParser.Ends ends = PlainTextParser.ends("Title", 3).withLast("-SOURCE");
        assertThat(ends.source()).contains("SOURCE");
        assertThat(ends.body()).isEqualTo(1);
        assertThat(PlainTextParser.ends("Title", 3).withLast(null).source()).isEmpty();
    }

    @Test
    void theEndsRuleIsTheParsersRule() {
        qt().withExamples(TRIES).forAll(texts()).checkAssert(text -> {
            Document document = PlainTextParser.parse("doc", text, "fallback", text.length());
            List<PlainTextParser.Chunk> chunks = PlainTextParser.splitParagraphs(text);
            String first = chunks.isEmpty() ? null : oneLine(chunks.get(0));
            PlainTextParser.Chunk lastChunk = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
            PlainTextParser.Ends ends = PlainTextParser.ends(first, Math.min(3, chunks.size()));
            if (ends.asksLast()) {
                ends = ends.withLast(oneLine(lastChunk));
            }
            assertThat(ends.title().orElse("fallback")).isEqualTo(document.title());
            assertThat(ends.source()).isEqualTo(document.source());
        });
    }

    /** A paragraph's text when it is one line of text: written on one line, or a line underlined. */
    private static String oneLine(PlainTextParser.Chunk chunk) {
        Block block = PlainTextParser.block(0, chunk.text(), chunk.lines());
        return chunk.lines() == 1 || block.kind() == BlockKind.HEADING ? block.text() : null;
    }

    @Test
    void aLineUnderlinedWithEqualsOrDashesIsAHeading() {
        Document d = PlainTextParser.parse("h.txt", "Intro text here.\n\nInstalling\n==========\n\nRun make.\n\n"
                + "From source\n  -----  \n\nMore text.\n", "h.txt", 0);
        assertThat(d.blocks()).extracting(Block::kind, Block::level, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Intro text here."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 1, "Installing"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Run make."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 2, "From source"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "More text."));
    }

    @Test
    void aRuleAloneOrUnderABlankLineOrUnderSeveralLinesStaysText() {
        Document d = PlainTextParser.parse("r.txt", "One.\n\n---\n\nTwo.\n\n\n=====\n\n"
                + "first line\nsecond line\n---\n\n---\n---\n\nlast\n==\n", "r.txt", 0);
        assertThat(d.blocks()).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
        assertThat(d.blocks()).extracting(Block::text).containsExactly("One.", "---", "Two.", "=====",
                "first line second line ---", "--- ---", "last ==");
    }

    @Test
    void anUnderlinedFirstLineIsTheTitleAsAMarkdownHeadingIs() {
        Document d = PlainTextParser.parse("t.txt", "The Title\n=========\n\nBody text.\n", "t.txt", 0);
        assertThat(d.title()).isEqualTo("The Title");
        assertThat(d.titleInText()).isTrue();
        assertThat(d.blocks()).extracting(Block::text).containsExactly("Body text.");
    }

    @Test
    void joinedLinesOfAHeadingAreItsText() {
        assertThat(PlainTextParser.blockOfLines("  Chapter One  \n-----\n"))
                .isEqualTo(new Block(0, BlockKind.HEADING, 2, "", "Chapter One"));
        assertThat(PlainTextParser.joinLines("Chapter One\n=====")).isEqualTo("Chapter One");
        assertThat(PlainTextParser.blockOfLines("a\nb\n---")).isEqualTo(Block.paragraph(0, "a b ---"));
    }
}
