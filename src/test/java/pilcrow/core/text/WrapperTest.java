package pilcrow.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.testing.CoreGens;

/**
 * Wrapping measured with the core's fake width table. {@code pilcrow.terminal.WrapperWithJLineTest}
 * runs every test here again over JLine's widths, which the reader draws with.
 */
public class WrapperTest {

    private static final int TRIES = 500;
    private final TextMeasure measure = measure();
    private final Wrapper wrapper = new Wrapper(measure);

    /** The widths the tests wrap with. */
    protected TextMeasure measure() {
        return new FakeTextMeasure();
    }

    /** Single grapheme clusters: narrow, wide, emoji, combining sequences. */
    private static final List<String> GRAPHEMES = FakeTextMeasure.SAMPLE_GRAPHEMES;

    /** A text built from whole graphemes, with the offsets where each grapheme starts or ends. */
    record Text(String text, TreeSet<Integer> boundaries) {
        @Override
        public String toString() {
            return text.codePoints().mapToObj(cp -> cp < 128 && cp >= 32 ? String.valueOf((char) cp)
                    : String.format("\\u%04X", cp)).reduce("", String::concat);
        }
    }

    /** Up to twelve words of up to fourteen graphemes, between gaps of spaces and line breaks. */
    Gen<Text> texts() {
        Gen<String> word = CoreGens.joined(Generate.pick(GRAPHEMES), 1, 14, "");
        Gen<String> gap = Generate.frequency(
                Pair.of(8, Generate.constant(" ")),
                Pair.of(2, CoreGens.strings(CoreGens.charsOf(" "), 2, 4)),
                Pair.of(1, Generate.constant("\n")),
                Pair.of(1, Generate.constant(" \n ")));
        return CoreGens.listsOf(word, 0, 12).zip(CoreGens.listsOf(gap, 12, 12), Generate.pick(List.of("", " ", "\n")),
                this::text);
    }

    private Text text(List<String> words, List<String> gaps, String lead) {
        StringBuilder out = new StringBuilder(lead);
        TreeSet<Integer> bounds = new TreeSet<>();
        for (int i = 0; i <= out.length(); i++) {
            bounds.add(i);
        }
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) {
                for (char c : gaps.get(w).toCharArray()) {
                    out.append(c);
                    bounds.add(out.length());
                }
            }
            for (String g : graphemesOf(words.get(w))) {
                out.append(g);
                bounds.add(out.length());
            }
        }
        return new Text(out.toString(), bounds);
    }

    private static Gen<Integer> widths() {
        return CoreGens.sizes(1, 30);
    }

    private List<String> graphemesOf(String word) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); ) {
            int n = measure.graphemeLength(word, i);
            out.add(word.substring(i, i + n));
            i += n;
        }
        return out;
    }

    /** The generator splits words into graphemes with the measure: each sample must be one. */
    @Test
    public void everyTestGraphemeIsOneClusterForTheMeasure() {
        for (String g : GRAPHEMES) {
            assertThat(measure.graphemeLength(g, 0)).as(g).isEqualTo(g.length());
        }
        assertThat(measure.width("\u4e2d")).isEqualTo(2);
        assertThat(measure.width("e\u0301")).isEqualTo(1);
        assertThat(measure.width("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(2);
        assertThat(measure.width("a" + "\u0301".repeat(500))).isEqualTo(1);
    }

    @Test
    public void wordLinesFitTheWidth() {
        qt().withExamples(TRIES).forAll(texts(), widths()).checkAssert((t, width) -> {
            for (LineSpan line : wrapper.wrapWords(t.text(), width)) {
                assertFits(t.text(), line, width);
            }
        });
    }

    @Test
    public void cellLinesFitTheWidth() {
        qt().withExamples(TRIES).forAll(texts(), widths()).checkAssert((t, width) -> {
            for (LineSpan line : wrapper.wrapCells(t.text(), width)) {
                assertFits(t.text(), line, width);
            }
        });
    }

    @Test
    public void wordWrapLosesNoVisibleCharacter() {
        qt().withExamples(TRIES).forAll(texts(), widths()).checkAssert((t, width) -> {
            StringBuilder joined = new StringBuilder();
            for (LineSpan line : wrapper.wrapWords(t.text(), width)) {
                joined.append(line.of(t.text()));
            }
            assertThat(withoutSpaces(joined)).isEqualTo(withoutSpaces(t.text()));
        });
    }

    @Test
    public void cellWrapKeepsEveryCharacterButNewlines() {
        qt().withExamples(TRIES).forAll(texts(), widths()).checkAssert((t, width) -> {
            StringBuilder joined = new StringBuilder();
            List<LineSpan> lines = wrapper.wrapCells(t.text(), width);
            for (LineSpan line : lines) {
                joined.append(line.of(t.text()));
            }
            assertThat(joined.toString()).isEqualTo(t.text().replace("\n", ""));
            long newlines = t.text().chars().filter(c -> c == '\n').count();
            assertThat((long) lines.size()).isGreaterThanOrEqualTo(newlines + 1);
        });
    }

    @Test
    public void noGraphemeIsSplit() {
        qt().withExamples(TRIES).forAll(texts(), widths()).checkAssert((t, width) -> {
            for (List<LineSpan> lines : List.of(wrapper.wrapWords(t.text(), width), wrapper.wrapCells(t.text(), width))) {
                for (LineSpan line : lines) {
                    assertThat(t.boundaries()).as("start of %s in %s", line, t).contains(line.start());
                    assertThat(t.boundaries()).as("end of %s in %s", line, t).contains(line.end());
                }
            }
        });
    }

    @Test
    public void aWordIsBrokenOnlyWhenLongerThanTheWidth() {
        qt().withExamples(TRIES).forAll(texts(), widths()).checkAssert((t, width) -> {
            String text = t.text();
            List<LineSpan> lines = wrapper.wrapWords(text, width);
            for (int start = 0; start < text.length(); ) {
                if (text.charAt(start) == ' ' || text.charAt(start) == '\n') {
                    start++;
                    continue;
                }
                int end = start;
                while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                    end++;
                }
                final int s = start;
                final int e = end;
                if (measure.width(text.substring(s, e)) <= width) {
                    assertThat(lines).as("word [%d,%d) of %s", s, e, t)
                            .anyMatch(line -> line.start() <= s && e <= line.end());
                }
                start = end;
            }
        });
    }

    /** Greedy: a line is ended only when the next word would not fit on it. */
    @Test
    public void linesAreFilledGreedily() {
        qt().withExamples(TRIES).forAll(texts(), widths()).checkAssert((t, width) -> {
            String text = t.text();
            List<LineSpan> lines = wrapper.wrapWords(text, width);
            for (int i = 0; i + 1 < lines.size(); i++) {
                LineSpan line = lines.get(i);
                LineSpan next = lines.get(i + 1);
                String between = text.substring(line.end(), next.start());
                boolean sameHardLine = between.indexOf('\n') < 0;
                boolean nextStartsAWord = next.start() == 0 || text.charAt(next.start() - 1) == ' ';
                if (!sameHardLine || !nextStartsAWord || next.end() == next.start() || line.end() == line.start()) {
                    continue;
                }
                int wordEnd = next.start();
                while (wordEnd < text.length() && text.charAt(wordEnd) != ' ' && text.charAt(wordEnd) != '\n') {
                    wordEnd++;
                }
                int nextWord = measure.width(text.substring(next.start(), wordEnd));
                if (nextWord <= width) {
                    assertThat(measure.width(line.of(text)) + between.length() + nextWord)
                            .as("line %s then %s in %s", line, next, t).isGreaterThan(width);
                }
            }
        });
    }

    @Test
    public void wrapsAtSpacesAndBreaksOnlyLongWords() {
        String text = "the quick brown fox jumps";
        assertThat(lines(wrapper.wrapWords(text, 10), text)).containsExactly("the quick", "brown fox", "jumps");
        String longWord = "a abcdefghijkl b";
        assertThat(lines(wrapper.wrapWords(longWord, 5), longWord)).containsExactly("a", "abcde", "fghij", "kl b");
        String hard = "one\n\ntwo three";
        assertThat(lines(wrapper.wrapWords(hard, 20), hard)).containsExactly("one", "", "two three");
        assertThat(wrapper.wrapWords("", 5)).containsExactly(new LineSpan(0, 0));
    }

    @Test
    public void wideCharactersAreNeverCutAtTheEdge() {
        String cjk = "\u4e2d\u6587\u5b57";
        assertThat(lines(wrapper.wrapCells(cjk, 5), cjk)).containsExactly("\u4e2d\u6587", "\u5b57");
        assertThat(lines(wrapper.wrapCells(cjk, 1), cjk)).containsExactly("\u4e2d", "\u6587", "\u5b57");
        String mixed = "ab\u4e2d";
        assertThat(lines(wrapper.wrapCells(mixed, 3), mixed)).containsExactly("ab", "\u4e2d");
        String emoji = "x\uD83D\uDC4D\uD83C\uDFFDy";
        assertThat(lines(wrapper.wrapCells(emoji, 2), emoji)).containsExactly("x", "\uD83D\uDC4D\uD83C\uDFFD", "y");
    }

    @Test
    public void codeKeepsItsSpaces() {
        String code = "  if (x)  {\n\treturn;";
        assertThat(lines(wrapper.wrapCells(code, 40), code)).containsExactly("  if (x)  {", "\treturn;");
        assertThat(lines(wrapper.wrapCells("abcdef", 4), "abcdef")).containsExactly("abcd", "ef");
    }

    @Test
    public void fiveHundredCombiningMarksStayOnTheirLetter() {
        String text = "x a" + "\u0301".repeat(500) + " y";
        List<String> wrapped = lines(wrapper.wrapWords(text, 1), text);
        assertThat(wrapped).containsExactly("x", "a" + "\u0301".repeat(500), "y");
    }

    private void assertFits(String text, LineSpan line, int width) {
        String shown = line.of(text);
        int cells = measure.width(shown);
        if (cells > width) {
            assertThat(measure.graphemeLength(shown, 0)).as("over-wide line %s is one grapheme", line)
                    .isEqualTo(shown.length());
            assertThat(cells).isEqualTo(2);
        }
        assertThat(shown).doesNotContain("\n");
    }

    private static String withoutSpaces(CharSequence s) {
        return s.toString().replace(" ", "").replace("\n", "");
    }

    private List<String> lines(List<LineSpan> spans, String text) {
        return spans.stream().map(s -> s.of(text)).toList();
    }
}
