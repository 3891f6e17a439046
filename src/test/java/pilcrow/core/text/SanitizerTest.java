package pilcrow.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.testing.CoreGens;

class SanitizerTest {

    private static final int TRIES = 500;

    private static final List<Character> FORMAT_HAZARDS = List.of(
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E',
        '\u200F', '\u061C', '\u200B');

    /** Mostly the characters that matter here, mixed with ordinary and astral text. */
    static Gen<String> hostile() {
        Gen<Character> controls = CoreGens.charsBetween('\u0000', '\u001f');
        Gen<Character> c1 = CoreGens.charsBetween('\u007f', '\u009f');
        Gen<Character> hazards = Generate.pick(FORMAT_HAZARDS);
        Gen<Character> escapedBytes = CoreGens.charsBetween('\uDC80', '\uDCFF');
        Gen<Character> surrogates = CoreGens.charsBetween('\uD800', '\uDFFF');
        Gen<Character> ascii = CoreGens.charsBetween(' ', '~');
        Gen<Character> any = CoreGens.anyCharButSurrogatesAndPrivateUse();
        Gen<String> chars = CoreGens.strings(Generate.frequency(
                Pair.of(3, controls), Pair.of(2, c1), Pair.of(2, hazards), Pair.of(1, escapedBytes),
                Pair.of(1, surrogates), Pair.of(4, ascii), Pair.of(2, any)), 0, 40);
        Gen<String> astral = Generate.pick(List.of("\uD83D\uDC4D", "\uD83C\uDDEB\uD83C\uDDF7", "\uD840\uDC0B", "\u4e2d"));
        return Generate.oneOf(chars,
                CoreGens.strings(CoreGens.charsBetween('\u0000', '\uFFFF'), 0, 40),
                CoreGens.strings(CoreGens.charsOf("\u001b[31m\u009b\u202e\n\t\r"), 0, 20),
                CoreGens.joined(Generate.oneOf(chars, astral), 0, 8, ""));
    }

    /** Text that needs no change: printable text of many scripts, astral pairs, newlines and tabs. */
    static Gen<String> clean() {
        Gen<String> pieces = Generate.oneOf(
                CoreGens.strings(CoreGens.charsBetween(' ', '~'), 1, 5),
                CoreGens.strings(CoreGens.charsBetween('\u00a0', '\u024f'), 1, 3),
                CoreGens.strings(CoreGens.charsBetween('\u4e00', '\u9fff'), 1, 3),
                CoreGens.strings(hebrewAndArabicButTheLetterMark(), 1, 3),
                Generate.pick(List.of("\uD83D\uDC4D\uD83C\uDFFD", "e\u0301", "\n", "\t", "\u00e9cole", "\u200d")));
        return CoreGens.joined(pieces, 0, 12, "");
    }

    /** U+0590 to U+06FF but U+061C (a format hazard): the chars past it moved up by one. */
    private static Gen<Character> hebrewAndArabicButTheLetterMark() {
        return CoreGens.charsBetween('\u0590', '\u06fe').map(c -> c < '\u061c' ? c : (char) (c + 1));
    }

    /** isClean's plain-ASCII shortcut says what asking every code point would. */
    @Test
    void isCleanAsksEveryCodePoint() {
        qt().withExamples(3000).forAll(hostile()).checkAssert(input -> {
            for (boolean keepLineBreaks : new boolean[] {true, false}) {
                boolean clean = true;
                for (int i = 0; i < input.length(); i += Character.charCount(input.codePointAt(i))) {
                    clean &= Sanitizer.visibleForm(input.codePointAt(i), i, keepLineBreaks) == null;
                }
                assertThat(Sanitizer.isClean(input, keepLineBreaks)).as(input).isEqualTo(clean);
            }
        });
    }

    /** Mostly printable ASCII, long enough for the eight-byte steps, with a rare control, DEL, '?' or lone surrogate. */
    static Gen<String> mostlyAscii() {
        Gen<Character> rare = Generate.pick(List.of('\u0000', '\u001b', '\n', '\t', '\r', '\u007f', '?', '\uDC9B',
                '\uD800', '\u0080', '\u00e9', '\u202e'));
        return CoreGens.strings(Generate.frequency(Pair.of(30, CoreGens.charsBetween(' ', '~')), Pair.of(1, rare)), 0, 70);
    }

    @Test
    void isCleanInTheBytesOfAnAsciiStringSaysWhatAskingEveryCodePointWould() {
        qt().withExamples(3000).forAll(mostlyAscii()).checkAssert(input -> {
            for (boolean keepLineBreaks : new boolean[] {true, false}) {
                assertThat(Sanitizer.isClean(input, keepLineBreaks)).as(input)
                        .isEqualTo(Sanitizer.isClean(new StringBuilder(input), keepLineBreaks));
                assertThat(Sanitizer.text(input)).isEqualTo(Sanitizer.text(new StringBuilder(input)));
            }
        });
    }

    @Test
    void textKeepsOnlyNewlineAndTabBelowSpace() {
        qt().withExamples(TRIES).forAll(hostile()).checkAssert(input -> {
            String out = Sanitizer.text(input);
            assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t').toArray()).isEmpty();
            assertNoTerminalHazards(out);
            assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(input.chars().filter(c -> c == '\n').count());
        });
    }

    @Test
    void lineKeepsNothingBelowSpace() {
        qt().withExamples(TRIES).forAll(hostile()).checkAssert(input -> {
            String out = Sanitizer.line(input);
            assertThat(out.chars().filter(c -> c < 0x20).toArray()).isEmpty();
            assertNoTerminalHazards(out);
        });
    }

    @Test
    void sanitizedTextIsCleanAndStable() {
        qt().withExamples(TRIES).forAll(hostile()).checkAssert(input -> {
            String text = Sanitizer.text(input);
            String line = Sanitizer.line(input);
            assertThat(Sanitizer.isClean(text, true)).isTrue();
            assertThat(Sanitizer.text(text)).isEqualTo(text);
            assertThat(Sanitizer.line(line)).isEqualTo(line);
        });
    }

    /** Nothing is dropped: every character that is fine to show is still there, in order. */
    @Test
    void harmlessCharactersSurviveInOrder() {
        qt().withExamples(TRIES).forAll(hostile()).checkAssert(input -> {
            String out = Sanitizer.text(input);
            StringBuilder harmless = new StringBuilder();
            for (int i = 0; i < input.length(); ) {
                int cp = input.codePointAt(i);
                if (Sanitizer.visibleForm(cp, i, true) == null) {
                    harmless.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            assertThat(isSubsequence(harmless.toString(), out)).as("%s in %s", harmless, out).isTrue();
            assertThat(out.length()).isGreaterThanOrEqualTo(input.length());
        });
    }

    /**
     * Over-escaping, checked against an oracle that does not use the sanitizer: every printable
     * character (letters, marks, digits, punctuation, symbols, spaces), in any plane, comes out as
     * it went in, except the few invisible ones the bar names.
     */
    @Test
    void printableCharactersOfEveryPlaneAreLeftAlone() {
        qt().withExamples(2000).forAll(printableCodePoints()).checkAssert(cp -> {
            String text = "a" + new String(Character.toChars(cp)) + "b";
            assertThat(Sanitizer.text(text)).isEqualTo(text);
            assertThat(Sanitizer.line(text)).isEqualTo(text);
        });
    }

    /** U+0020 to U+3FFFF where printable: drawn from the list, not filtered, as most of the range is not. */
    private static Gen<Integer> printableCodePoints() {
        List<Integer> printable = IntStream.rangeClosed(0x20, 0x3FFFF)
                .filter(SanitizerTest::isPrintable).boxed().toList();
        return Generate.pick(printable);
    }

    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return Character.isDefined(cp) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR && cp != 0x7F;
    }

    @Test
    void cleanInputIsReturnedUnchanged() {
        qt().withExamples(TRIES).forAll(clean()).checkAssert(input -> {
            assertThat(Sanitizer.isClean(input, true)).isTrue();
            assertThat(Sanitizer.text(input)).isEqualTo(input);
            String oneLine = input.replace('\n', ' ').replace('\t', ' ');
            assertThat(Sanitizer.line(oneLine)).isEqualTo(oneLine);
        });
    }

    @Test
    void visibleForms() {
        assertThat(Sanitizer.text("a\u001b[31mred\u001b[0m")).isEqualTo("a^[[31mred^[[0m");
        assertThat(Sanitizer.text("\u0007\u0000\u007f")).isEqualTo("^G^@^?");
        assertThat(Sanitizer.text("x\u009b2J")).isEqualTo("x<9B>2J");
        assertThat(Sanitizer.text("abc\u202edef\u2066")).isEqualTo("abc<U+202E>def<U+2066>");
        assertThat(Sanitizer.text("a\u200bb\u200e\u200f\u061c")).isEqualTo("a<U+200B>b<U+200E><U+200F><U+061C>");
        assertThat(Sanitizer.text(ByteEscapes.escape(0xFF) + "x" + ByteEscapes.escape(0x9B)))
                .isEqualTo("<FF>x<9B>");
        assertThat(Sanitizer.text("\uD800x")).isEqualTo("<U+D800>x");
        assertThat(Sanitizer.text("\uFEFFa\uFEFF")).isEqualTo("\uFEFFa<U+FEFF>");
        assertThat(Sanitizer.text("a\r\nb\tc")).isEqualTo("a^M\nb\tc");
        assertThat(Sanitizer.line("a\nb\tc\r")).isEqualTo("a^Jb c^M");
    }

    private static void assertNoTerminalHazards(String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            assertThat((int) c).as("char %d of %s", i, out)
                    .isNotEqualTo(0x7F)
                    .isNotIn(0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D,
                            0x8E, 0x8F, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C,
                            0x9D, 0x9E, 0x9F)
                    .isNotIn(0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                            0x200E, 0x200F, 0x061C, 0x200B);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1)))
                        .as("paired surrogate at %d of %s", i, out).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("lone surrogate at %d of %s", i, out).isFalse();
            }
        }
    }

    private static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }
}
