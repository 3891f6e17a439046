package pilcrow.core.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.core.text.Sanitizer;

class SgrTest {

    private static final String E = "\u001b";

    /** The one span a text whose sequences make one run has, and its text. */
    private static Sgr.Styled extract(String text) {
        return Sgr.extract(text, TextStyle.PLAIN);
    }

    private static TextStyle styleOf(String sequence) {
        Sgr.Styled styled = extract(sequence + "x");
        return styled.spans().isEmpty() ? TextStyle.PLAIN : styled.spans().get(0).style();
    }

    @Test
    void aColouredWordBecomesASpanOfTheTextWithoutTheSequences() {
        Sgr.Styled styled = extract(E + "[31mred" + E + "[0m plain");
        assertThat(styled.text()).isEqualTo("red plain");
        assertThat(styled.spans()).containsExactly(new StyledSpan(0, 3, TextStyle.PLAIN.withForeground(1)));
        assertThat(styled.end()).isEqualTo(TextStyle.PLAIN);
    }

    @Test
    void eachColourCodeNamesItsBasicColour() {
        for (int i = 0; i < 8; i++) {
            assertThat(styleOf(E + "[" + (30 + i) + "m").foreground()).isEqualTo(i);
            assertThat(styleOf(E + "[" + (90 + i) + "m").foreground()).isEqualTo(8 + i);
            assertThat(styleOf(E + "[" + (40 + i) + "m").background()).isEqualTo(i);
            assertThat(styleOf(E + "[" + (100 + i) + "m").background()).isEqualTo(8 + i);
        }
    }

    @Test
    void eachEmphasisCodeAndItsReset() {
        assertThat(styleOf(E + "[1m").bold()).isTrue();
        assertThat(styleOf(E + "[2m").dim()).isTrue();
        assertThat(styleOf(E + "[3m").italic()).isTrue();
        assertThat(styleOf(E + "[4m").underline()).isTrue();
        assertThat(styleOf(E + "[7m").reverse()).isTrue();
        assertThat(styleOf(E + "[1;2;3;4;7;31;42m" + E + "[22;23;24;27;39;49m")).isEqualTo(TextStyle.PLAIN);
        assertThat(styleOf(E + "[1;31m" + E + "[m")).isEqualTo(TextStyle.PLAIN);
        assertThat(styleOf(E + "[1;31m" + E + "[0m")).isEqualTo(TextStyle.PLAIN);
        assertThat(styleOf(E + "[1;31m" + E + "[39m")).isEqualTo(TextStyle.PLAIN.withEmphasis(true, false, false, false, false));
    }

    @Test
    void extendedColoursAreTheNearestBasicOnes() {
        assertThat(styleOf(E + "[38;5;9m").foreground()).isEqualTo(9);
        assertThat(styleOf(E + "[38;5;196m").foreground()).isEqualTo(9);     // cube red
        assertThat(styleOf(E + "[38;5;232m").foreground()).isEqualTo(0);     // darkest grey
        assertThat(styleOf(E + "[38;5;255m").foreground()).isEqualTo(7);     // lightest grey: xterm's white
        assertThat(styleOf(E + "[38;5;231m").foreground()).isEqualTo(15);    // cube white
        assertThat(styleOf(E + "[48;5;21m").background()).isEqualTo(4);      // cube blue
        assertThat(styleOf(E + "[38;2;250;10;10m").foreground()).isEqualTo(9);
        assertThat(styleOf(E + "[48;2;0;200;0m").background()).isEqualTo(2);
        assertThat(styleOf(E + "[38;5;2;1m")).isEqualTo(TextStyle.PLAIN.withForeground(2).withEmphasis(true, false, false, false, false));
    }

    @Test
    void malformedTruncatedOrHugeSequencesAreNoSgr() {
        for (String bad : List.of(E + "[31", E + "[", E + "[3x1m", E + "[38;5m", E + "[38;2;1;2m", E + "[38m",
                E + "[38;7;1m", E + "[256m", E + "[38;5;256m", E + "[0031m", E + "[99999999999999999999m",
                E + "[" + "1;".repeat(40) + "m", E + "]0;title\u0007", E + "[2J", E + "[31:1m")) {
            assertThat(Sgr.sequenceLength(bad + "x", 0)).as(bad).isZero();
            Sgr.Styled styled = extract(bad + "x");
            assertThat(styled.text()).as(bad).isEqualTo(bad + "x");
            assertThat(styled.spans()).as(bad).isEmpty();
        }
    }

    @Test
    void theBoundIsSixtyFourCharsWholeSequenceIncluded() {
        String longest = E + "[" + "0;".repeat(30) + "31m"; // 2 + 60 + 3 = 65 chars: one past
        assertThat(longest).hasSize(65);
        assertThat(Sgr.sequenceLength(longest, 0)).isZero();
        String fits = E + "[" + "0;".repeat(30) + "1m";
        assertThat(Sgr.sequenceLength(fits, 0)).isEqualTo(Sgr.MAX_LENGTH);
    }

    @Test
    void unknownCodesAreTakenOutAndIgnored() {
        Sgr.Styled styled = extract(E + "[5;53mblink" + E + "[25m");
        assertThat(styled.text()).isEqualTo("blink");
        assertThat(styled.spans()).isEmpty();
    }

    @Test
    void theStyleRunsOnFromOneBlockToTheNextAndEmptyRunsMakeNoSpan() {
        Document document = new Document("x", "x", List.of(Block.paragraph(1, E + "[32mgreen"),
                Block.paragraph(2, "still " + E + "[31m" + E + "[32mgreen" + E + "[0m")), Optional.empty(), 0, false);
        Document styled = Sgr.styled(document);
        TextStyle green = TextStyle.PLAIN.withForeground(2);
        assertThat(styled.paragraph(1).spans()).containsExactly(new StyledSpan(0, 5, green));
        assertThat(styled.paragraph(2).text()).isEqualTo("still green");
        assertThat(styled.paragraph(2).spans()).containsExactly(new StyledSpan(0, 11, green));
    }

    @Test
    void aLineOfOnlySequencesIsBlankAndItsSequencesMoveOn() {
        String text = "one\n" + E + "[31m\n\ntwo\n" + E + "[0m";
        assertThat(Sgr.liftLoneSequences(text)).isEqualTo("one\n\n\n" + E + "[31mtwo\n");
    }

    @Test
    void whiteSpaceLeftBySequencesIsStrippedWithTheSpansMoved() {
        Document document = new Document("x", "x", List.of(Block.paragraph(1, E + "[1m  bold " + E + "[0m")),
                Optional.empty(), 0, false);
        Block block = Sgr.styled(document).paragraph(1);
        assertThat(block.text()).isEqualTo("bold");
        assertThat(block.spans()).containsExactly(new StyledSpan(0, 4, TextStyle.PLAIN.withEmphasis(true, false, false, false, false)));
    }

    /** Text of printable letters, spaces, ESC, '[', digits, ';', 'm' and a few controls and C1s. */
    private static Gen<String> escapeHeavyTexts() {
        String alphabet = "ab [;m0123456789\u001b\u001b\u001b\u0007\u009b\u0085\n";
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 80)
                .map(indexes -> {
                    StringBuilder s = new StringBuilder();
                    indexes.forEach(i -> s.append(alphabet.charAt(i)));
                    return s.toString();
                });
    }

    @Test
    void propertyNoRawEscapeOrC1EverReachesTheText() {
        qt().withExamples(3000).forAll(escapeHeavyTexts()).checkAssert(raw -> {
            String kept = Sanitizer.textKeeping(raw, Sgr::sequenceLength);
            Sgr.Styled styled = extract(kept);
            assertThat(styled.text().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F))
                    .as("%s -> %s", raw, styled.text()).isTrue();
            for (StyledSpan span : styled.spans()) {
                assertThat(span.end()).isLessThanOrEqualTo(styled.text().length());
            }
        });
    }

    @Test
    void propertyTextWithoutSgrIsUnchanged() {
        qt().withExamples(3000).forAll(escapeHeavyTexts()).checkAssert(raw -> {
            String plain = raw.replace("\u001b", "");
            assertThat(Sanitizer.textKeeping(plain, Sgr::sequenceLength)).isEqualTo(Sanitizer.text(plain));
            Sgr.Styled styled = extract(Sanitizer.text(raw));
            assertThat(styled.text()).isEqualTo(Sanitizer.text(raw));
            assertThat(styled.spans()).isEmpty();
        });
    }
}
