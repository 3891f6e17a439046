package pilcrow.core.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.text.TextMeasure;

/** A document as lines at a width: prefixes per kind of block, widths kept, the text whole and in order. */
class DocumentLayoutTest {

    /** One char a grapheme; CJK ideographs take two cells, everything else one. Enough to pin layout down. */
    private static final TextMeasure CELLS = new TextMeasure() {
        @Override
        public int graphemeLength(CharSequence text, int index) {
            return 1;
        }

        @Override
        public int graphemeWidth(CharSequence text, int index) {
            char ch = text.charAt(index);
            return ch >= '\u4e00' && ch <= '\u9fff' ? 2 : 1;
        }
    };
    private static final DocumentLayout LAYOUT = new DocumentLayout(CELLS);

    private static List<String> plain(List<LayoutLine> lines) {
        return lines.stream().map(LayoutLine::plain).toList();
    }

    @Test
    void aHeadingIsMarkedByItsLevelAndItsNextLinesIndented() {
        Block heading = new Block(1, BlockKind.HEADING, 2, "", "A heading long enough");
        assertThat(plain(LAYOUT.block(heading, 12))).containsExactly("## A heading", "   long", "   enough");
    }

    @Test
    void aListItemShowsItsMarkerIndentedByItsDepth() {
        Block item = new Block(1, BlockKind.LIST_ITEM, 1, "\u2022", "first item that wraps");
        assertThat(plain(LAYOUT.block(item, 12))).containsExactly("\u2022 first item", "  that wraps");
        Block nested = new Block(2, BlockKind.LIST_ITEM, 2, "1.", "nested item wraps");
        assertThat(plain(LAYOUT.block(nested, 12))).containsExactly("  1. nested", "     item", "     wraps");
        Block unmarked = new Block(3, BlockKind.LIST_ITEM, 1, "", "no marker");
        assertThat(plain(LAYOUT.block(unmarked, 40))).containsExactly("  no marker");
    }

    @Test
    void aQuoteHasItsBarOnEveryLineOncePerLevel() {
        Block quote = new Block(1, BlockKind.QUOTE, 1, "", "a quote that wraps");
        assertThat(plain(LAYOUT.block(quote, 10))).containsExactly("\u2502 a quote", "\u2502 that", "\u2502 wraps");
        Block deeper = new Block(2, BlockKind.QUOTE, 2, "", "deeper one");
        assertThat(plain(LAYOUT.block(deeper, 10))).containsExactly("\u2502 \u2502 deeper", "\u2502 \u2502 one");
    }

    @Test
    void codeIsIndentedKeepsItsSpacingAndItsLineBreaksAndIsCutByCells() {
        Block code = new Block(1, BlockKind.CODE, 0, "", "a  =  1\n    indented\nlongerthanthewidth");
        assertThat(plain(LAYOUT.block(code, 14))).containsExactly(
                "    a  =  1", "        indent", "    ed", "    longerthan", "    thewidth");
    }

    @Test
    void aDocumentIsTitleBlocksWithOneBlankBetweenThenTheSource() {
        Document document = new Document("d.txt", "The title", List.of(Block.paragraph(1, "One."),
                Block.paragraph(2, "Two and more words.")), Optional.of("Somewhere"), 100, true);
        List<LayoutLine> lines = LAYOUT.layout(document, 12, true);
        assertThat(plain(lines)).containsExactly("The title", "", "One.", "", "Two and more", "words.", "",
                "\u2014 Somewhere");
        assertThat(lines).extracting(LayoutLine::kind).containsExactly(LineKind.TITLE, LineKind.BLANK, LineKind.BODY,
                LineKind.BLANK, LineKind.BODY, LineKind.BODY, LineKind.BLANK, LineKind.SOURCE);
        assertThat(lines).extracting(LayoutLine::paragraph).containsExactly(0, 0, 1, 0, 2, 2, 0, 0);
        assertThat(lines).extracting(LayoutLine::first).containsExactly(true, false, true, false, true, false, false, true);
        assertThat(plain(LAYOUT.layout(document, 12, false))).as("without the title").startsWith("One.", "");
    }

    private static final Gen<String> WORDS = Generate.pick(List.of("a", "to", "wrap", "words", "\u4e2d\u6587",
            "\u4e2d", "caf\u00e9", "antidisestablishmentarianism", "x\u4e2dy", "..."));
    private static final Gen<String> GAPS = Generate.pick(List.of(" ", " ", " ", "  ", "   ", "\n", " \n "));

    /** Text of words and gaps (spaces, runs of them, line breaks), sometimes starting with a gap. */
    private static final Gen<String> TEXTS = lists().of(WORDS.zip(GAPS, (word, gap) -> gap + word)).ofSizeBetween(0, 30)
            .zip(Generate.booleans(), (parts, leading) -> String.join("", parts).substring(
                    leading || parts.isEmpty() ? 0 : 1));

    private static final Gen<Block> BLOCKS = Generate.enumValues(BlockKind.class).zip(integers().between(1, 3), TEXTS,
            (kind, level, text) -> switch (kind) {
                case HEADING -> new Block(1, kind, level, "", text);
                case LIST_ITEM -> new Block(1, kind, level, level == 2 ? "12." : "\u2022", text);
                case QUOTE -> new Block(1, kind, level, "", text);
                default -> new Block(1, kind, 0, "", text);
            });

    /**
     * Every line fits the width (prefix included) unless it is a single character wider than the
     * room left, every line carries the same prefix as the block's next lines, and the lines are
     * the text's characters in order: cut from it where they say, with only spaces and line breaks
     * between them.
     */
    @Test
    void linesFitTheWidthAndHoldTheWholeTextInOrder() {
        qt().withExamples(3000).forAll(BLOCKS, integers().between(1, 50)).checkAssert((block, width) -> {
            List<LayoutLine> lines = LAYOUT.block(block, width);
            assertThat(lines).isNotEmpty();
            String firstPrefix = DocumentLayout.firstPrefix(block);
            int prefixWidth = CELLS.width(firstPrefix);
            int room = Math.max(1, width - prefixWidth);
            int covered = 0;
            for (int i = 0; i < lines.size(); i++) {
                LayoutLine line = lines.get(i);
                assertThat(line.first()).isEqualTo(i == 0);
                assertThat(line.paragraph()).isEqualTo(block.number());
                assertThat(line.prefix()).isEqualTo(i == 0 || block.kind() == BlockKind.QUOTE
                        ? firstPrefix : " ".repeat(prefixWidth));
                assertThat(line.text()).isEqualTo(block.text().substring(line.start(), line.end()));
                if (line.text().length() > 1) {
                    assertThat(CELLS.width(line.text())).as("line %d of %s", i, lines).isLessThanOrEqualTo(room);
                }
                if (width >= prefixWidth + 2) {
                    assertThat(CELLS.width(line.plain())).isLessThanOrEqualTo(width);
                }
                assertThat(line.start()).isGreaterThanOrEqualTo(covered);
                String skipped = block.text().substring(covered, line.start());
                assertThat(skipped.isBlank()).as("skipped %s", skipped).isTrue();
                if (block.kind().isPreformatted()) {
                    assertThat(skipped.replace("\n", "")).as("code keeps its spaces").isEmpty();
                }
                covered = line.end();
            }
            assertThat(block.text().substring(covered).isBlank()).isTrue();
            assertThat(String.join("", lines.stream().map(LayoutLine::text).toList()).replaceAll("\\s", ""))
                    .isEqualTo(block.text().replaceAll("\\s", ""));
        });
    }

    private static final String HEADER = "Tool \u2502 Language \u2502 Note";

    /** The rule under {@link #HEADER} whose last column (with its gap's edge) is {@code last} cells. */
    private static String ruleUnderHeader(int last) {
        return "\u2500".repeat(5) + "\u253c" + "\u2500".repeat(10) + "\u253c" + "\u2500".repeat(last);
    }

    private static final Block TOOLS = Block.table(4, List.of(List.of("Tool", "Language", "Note"),
            List.of("less", "C", "pages anything since 1983"), List.of("glow", "Go", "Markdown")));

    @Test
    void aTableThatFitsHasColumnsAsWideAsTheirCellsAndARuleUnderTheHeader() {
        assertThat(plain(LAYOUT.block(TOOLS, 60))).containsExactly(
                HEADER, ruleUnderHeader(26),
                "less \u2502 C        \u2502 pages anything since 1983",
                "glow \u2502 Go       \u2502 Markdown");
        assertThat(LAYOUT.block(TOOLS, 60)).allMatch(line -> line.blockKind() == BlockKind.TABLE && line.paragraph() == 4)
                .extracting(LayoutLine::first).containsExactly(true, false, false, false);
    }

    @Test
    void aNarrowerTableWrapsLongCellsInsideTheirColumn() {
        assertThat(plain(LAYOUT.block(TOOLS, 30))).containsExactly(
                HEADER, ruleUnderHeader(13),
                "less \u2502 C        \u2502 pages",
                "     \u2502          \u2502 anything",
                "     \u2502          \u2502 since 1983",
                "glow \u2502 Go       \u2502 Markdown");
    }

    @Test
    void tooNarrowForTheColumnsEachCellIsAHeaderValueLine() {
        assertThat(plain(LAYOUT.block(TOOLS, 18))).containsExactly(
                "Tool: less", "Language: C", "Note: pages", "anything since", "1983", "",
                "Tool: glow", "Language: Go", "Note: Markdown");
    }

    @Test
    void everyTableLineFitsTheWidthAndStartsAtItsRow() {
        qt().withExamples(300).forAll(integers().between(1, 70)).checkAssert(width -> {
            for (LayoutLine line : LAYOUT.block(TOOLS, width)) {
                assertThat(CELLS.width(line.plain())).as("at %d: %s", width, line.plain()).isLessThanOrEqualTo(width);
                assertThat(line.start()).isIn(0, "Tool | Language | Note\n".length(),
                        "Tool | Language | Note\nless | C | pages anything since 1983\n".length());
            }
        });
    }
}
