package pilcrow.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import pilcrow.terminal.JLineTextMeasure;

class WrapperTest {

    private static final TextMeasure MEASURE = new JLineTextMeasure();
    private static final Wrapper WRAPPER = new Wrapper(MEASURE);

    /** Single grapheme clusters, each one cluster for JLine: narrow, wide, emoji, combining sequences. */
    private static final List<String> GRAPHEMES = List.of(
            "a", "b", "z", "Q", "7", ".", "\u00e9", "\u00df", "\u03a9", "\u0416", "\u05d0",
            "\u4e2d", "\u6587", "\uac00", "\uff21",                          // wide: CJK, Hangul, fullwidth A
            "\uD83D\uDC4D", "\uD83D\uDC4D\uD83C\uDFFD",                       // thumbs up, with skin tone
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",               // family, ZWJ sequence
            "\uD83C\uDDEB\uD83C\uDDF7",                                       // flag
            "\u2764\uFE0F",                                                   // heart with emoji presentation
            "e\u0301", "a\u0300\u0301\u0302\u0303", "\u4e2d\u0301");          // combining marks

    /** A text built from whole graphemes, with the offsets where each grapheme starts or ends. */
    record Text(String text, TreeSet<Integer> boundaries) {
        @Override
        public String toString() {
            return text.codePoints().mapToObj(cp -> cp < 128 && cp >= 32 ? String.valueOf((char) cp)
                    : String.format("\\u%04X", cp)).reduce("", String::concat);
        }
    }

    @Provide
    Arbitrary<Text> texts() {
        Arbitrary<String> word = Arbitraries.of(GRAPHEMES).list().ofMinSize(1).ofMaxSize(14)
                .map(l -> String.join("", l));
        Arbitrary<String> gap = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(" ")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars(' ').ofMinLength(2).ofMaxLength(4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("\n")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(" \n ")));
        return Combinators.combine(word.list().ofMaxSize(12), gap.list().ofMinSize(12).ofMaxSize(12),
                Arbitraries.of("", " ", "\n")).as((words, gaps, lead) -> {
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
                });
    }

    private static List<String> graphemesOf(String word) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < word.length(); ) {
            int n = MEASURE.graphemeLength(word, i);
            out.add(word.substring(i, i + n));
            i += n;
        }
        return out;
    }

    @Example
    void everyTestGraphemeIsOneClusterForTheMeasure() {
        for (String g : GRAPHEMES) {
            assertThat(MEASURE.graphemeLength(g, 0)).as(g).isEqualTo(g.length());
        }
        assertThat(MEASURE.width("\u4e2d")).isEqualTo(2);
        assertThat(MEASURE.width("e\u0301")).isEqualTo(1);
        assertThat(MEASURE.width("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(2);
        assertThat(MEASURE.width("a" + "\u0301".repeat(500))).isEqualTo(1);
    }

    @Property
    void wordLinesFitTheWidth(@ForAll("texts") Text t, @ForAll @IntRange(min = 1, max = 30) int width) {
        for (LineSpan line : WRAPPER.wrapWords(t.text(), width)) {
            assertFits(t.text(), line, width);
        }
    }

    @Property
    void cellLinesFitTheWidth(@ForAll("texts") Text t, @ForAll @IntRange(min = 1, max = 30) int width) {
        for (LineSpan line : WRAPPER.wrapCells(t.text(), width)) {
            assertFits(t.text(), line, width);
        }
    }

    @Property
    void wordWrapLosesNoVisibleCharacter(@ForAll("texts") Text t, @ForAll @IntRange(min = 1, max = 30) int width) {
        StringBuilder joined = new StringBuilder();
        for (LineSpan line : WRAPPER.wrapWords(t.text(), width)) {
            joined.append(line.of(t.text()));
        }
        assertThat(withoutSpaces(joined)).isEqualTo(withoutSpaces(t.text()));
    }

    @Property
    void cellWrapKeepsEveryCharacterButNewlines(@ForAll("texts") Text t,
                                                 @ForAll @IntRange(min = 1, max = 30) int width) {
        StringBuilder joined = new StringBuilder();
        List<LineSpan> lines = WRAPPER.wrapCells(t.text(), width);
        for (LineSpan line : lines) {
            joined.append(line.of(t.text()));
        }
        assertThat(joined.toString()).isEqualTo(t.text().replace("\n", ""));
        long newlines = t.text().chars().filter(c -> c == '\n').count();
        assertThat((long) lines.size()).isGreaterThanOrEqualTo(newlines + 1);
    }

    @Property
    void noGraphemeIsSplit(@ForAll("texts") Text t, @ForAll @IntRange(min = 1, max = 30) int width) {
        for (List<LineSpan> lines : List.of(WRAPPER.wrapWords(t.text(), width), WRAPPER.wrapCells(t.text(), width))) {
            for (LineSpan line : lines) {
                assertThat(t.boundaries()).as("start of %s in %s", line, t).contains(line.start());
                assertThat(t.boundaries()).as("end of %s in %s", line, t).contains(line.end());
            }
        }
    }

    @Property
    void aWordIsBrokenOnlyWhenLongerThanTheWidth(@ForAll("texts") Text t,
                                                  @ForAll @IntRange(min = 1, max = 30) int width) {
        String text = t.text();
        List<LineSpan> lines = WRAPPER.wrapWords(text, width);
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
            if (MEASURE.width(text.substring(s, e)) <= width) {
                assertThat(lines).as("word [%d,%d) of %s", s, e, t)
                        .anyMatch(line -> line.start() <= s && e <= line.end());
            }
            start = end;
        }
    }

    /** Greedy: a line is ended only when the next word would not fit on it. */
    @Property
    void linesAreFilledGreedily(@ForAll("texts") Text t, @ForAll @IntRange(min = 1, max = 30) int width) {
        String text = t.text();
        List<LineSpan> lines = WRAPPER.wrapWords(text, width);
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
            int nextWord = MEASURE.width(text.substring(next.start(), wordEnd));
            if (nextWord <= width) {
                assertThat(MEASURE.width(line.of(text)) + between.length() + nextWord)
                        .as("line %s then %s in %s", line, next, t).isGreaterThan(width);
            }
        }
    }

    @Example
    void wrapsAtSpacesAndBreaksOnlyLongWords() {
        String text = "the quick brown fox jumps";
        assertThat(lines(WRAPPER.wrapWords(text, 10), text)).containsExactly("the quick", "brown fox", "jumps");
        String longWord = "a abcdefghijkl b";
        assertThat(lines(WRAPPER.wrapWords(longWord, 5), longWord)).containsExactly("a", "abcde", "fghij", "kl b");
        String hard = "one\n\ntwo three";
        assertThat(lines(WRAPPER.wrapWords(hard, 20), hard)).containsExactly("one", "", "two three");
        assertThat(WRAPPER.wrapWords("", 5)).containsExactly(new LineSpan(0, 0));
    }

    @Example
    void wideCharactersAreNeverCutAtTheEdge() {
        String cjk = "\u4e2d\u6587\u5b57";
        assertThat(lines(WRAPPER.wrapCells(cjk, 5), cjk)).containsExactly("\u4e2d\u6587", "\u5b57");
        assertThat(lines(WRAPPER.wrapCells(cjk, 1), cjk)).containsExactly("\u4e2d", "\u6587", "\u5b57");
        String mixed = "ab\u4e2d";
        assertThat(lines(WRAPPER.wrapCells(mixed, 3), mixed)).containsExactly("ab", "\u4e2d");
        String emoji = "x\uD83D\uDC4D\uD83C\uDFFDy";
        assertThat(lines(WRAPPER.wrapCells(emoji, 2), emoji)).containsExactly("x", "\uD83D\uDC4D\uD83C\uDFFD", "y");
    }

    @Example
    void codeKeepsItsSpaces() {
        String code = "  if (x)  {\n\treturn;";
        assertThat(lines(WRAPPER.wrapCells(code, 40), code)).containsExactly("  if (x)  {", "\treturn;");
        assertThat(lines(WRAPPER.wrapCells("abcdef", 4), "abcdef")).containsExactly("abcd", "ef");
    }

    @Example
    void fiveHundredCombiningMarksStayOnTheirLetter() {
        String text = "x a" + "\u0301".repeat(500) + " y";
        List<String> wrapped = lines(WRAPPER.wrapWords(text, 1), text);
        assertThat(wrapped).containsExactly("x", "a" + "\u0301".repeat(500), "y");
    }

    private static void assertFits(String text, LineSpan line, int width) {
        String shown = line.of(text);
        int cells = MEASURE.width(shown);
        if (cells > width) {
            assertThat(MEASURE.graphemeLength(shown, 0)).as("over-wide line %s is one grapheme", line)
                    .isEqualTo(shown.length());
            assertThat(cells).isEqualTo(2);
        }
        assertThat(shown).doesNotContain("\n");
    }

    private static String withoutSpaces(CharSequence s) {
        return s.toString().replace(" ", "").replace("\n", "");
    }

    private static List<String> lines(List<LineSpan> spans, String text) {
        return spans.stream().map(s -> s.of(text)).toList();
    }
}
