package pilcrow.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SanitizerTest {

    private static final List<Character> FORMAT_HAZARDS = List.of(
        '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E',
        '\u200F', '\u061C', '\u200B');

    /** Mostly the characters that matter here, mixed with ordinary and astral text. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> controls = Arbitraries.chars().range('\u0000', '\u001f');
        Arbitrary<Character> c1 = Arbitraries.chars().range('\u007f', '\u009f');
        Arbitrary<Character> hazards = Arbitraries.of(FORMAT_HAZARDS);
        Arbitrary<Character> escapedBytes = Arbitraries.chars().range('\uDC80', '\uDCFF');
        Arbitrary<Character> surrogates = Arbitraries.chars().range('\uD800', '\uDFFF');
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> any = Arbitraries.chars();
        Arbitrary<String> chars = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, controls), net.jqwik.api.Tuple.of(2, c1),
                        net.jqwik.api.Tuple.of(2, hazards), net.jqwik.api.Tuple.of(1, escapedBytes),
                        net.jqwik.api.Tuple.of(1, surrogates), net.jqwik.api.Tuple.of(4, ascii),
                        net.jqwik.api.Tuple.of(2, any))
                .list().ofMaxSize(40).map(SanitizerTest::join);
        Arbitrary<String> astral = Arbitraries.of("\uD83D\uDC4D", "\uD83C\uDDEB\uD83C\uDDF7", "\uD840\uDC0B", "\u4e2d");
        return Arbitraries.oneOf(chars, Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("\u001b[31m\u009b\u202e\n\t\r").ofMaxLength(20),
                Arbitraries.oneOf(chars, astral).list().ofMaxSize(8).map(l -> String.join("", l)));
    }

    /** Text that needs no change: printable text of many scripts, astral pairs, newlines and tabs. */
    @Provide
    Arbitrary<String> clean() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withCharRange('\u00a0', '\u024f').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u0590', '\u06ff').ofMinLength(1).ofMaxLength(3)
                        .filter(s -> s.indexOf('\u061c') < 0),
                Arbitraries.of("\uD83D\uDC4D\uD83C\uDFFD", "e\u0301", "\n", "\t", "\u00e9cole", "\u200d"));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder out = new StringBuilder();
        chars.forEach(out::append);
        return out.toString();
    }

    /** isClean's plain-ASCII shortcut says what asking every code point would. */
    @Property(tries = 3000)
    void isCleanAsksEveryCodePoint(@ForAll("hostile") String input) {
        for (boolean keepLineBreaks : new boolean[] {true, false}) {
            boolean clean = true;
            for (int i = 0; i < input.length(); i += Character.charCount(input.codePointAt(i))) {
                clean &= Sanitizer.visibleForm(input.codePointAt(i), i, keepLineBreaks) == null;
            }
            assertThat(Sanitizer.isClean(input, keepLineBreaks)).as(input).isEqualTo(clean);
        }
    }

    /** Mostly printable ASCII, long enough for the eight-byte steps, with a rare control, DEL, '?' or lone surrogate. */
    @Provide
    Arbitrary<String> mostlyAscii() {
        Arbitrary<Character> rare = Arbitraries.of('\u0000', '\u001b', '\n', '\t', '\r', '\u007f', '?', '\uDC9B', '\uD800',
                '\u0080', '\u00e9', '\u202e');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(30, Arbitraries.chars().range(' ', '~')),
                        net.jqwik.api.Tuple.of(1, rare))
                .list().ofMaxSize(70).map(SanitizerTest::join);
    }

    @Property(tries = 3000)
    void isCleanInTheBytesOfAnAsciiStringSaysWhatAskingEveryCodePointWould(@ForAll("mostlyAscii") String input) {
        for (boolean keepLineBreaks : new boolean[] {true, false}) {
            assertThat(Sanitizer.isClean(input, keepLineBreaks)).as(input)
                    .isEqualTo(Sanitizer.isClean(new StringBuilder(input), keepLineBreaks));
            assertThat(Sanitizer.text(input)).isEqualTo(Sanitizer.text(new StringBuilder(input)));
        }
    }

    @Property
    void textKeepsOnlyNewlineAndTabBelowSpace(@ForAll("hostile") String input) {
        String out = Sanitizer.text(input);
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t').toArray()).isEmpty();
        assertNoTerminalHazards(out);
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(input.chars().filter(c -> c == '\n').count());
    }

    @Property
    void lineKeepsNothingBelowSpace(@ForAll("hostile") String input) {
        String out = Sanitizer.line(input);
        assertThat(out.chars().filter(c -> c < 0x20).toArray()).isEmpty();
        assertNoTerminalHazards(out);
    }

    @Property
    void sanitizedTextIsCleanAndStable(@ForAll("hostile") String input) {
        String text = Sanitizer.text(input);
        String line = Sanitizer.line(input);
        assertThat(Sanitizer.isClean(text, true)).isTrue();
        assertThat(Sanitizer.text(text)).isEqualTo(text);
        assertThat(Sanitizer.line(line)).isEqualTo(line);
    }

    /** Nothing is dropped: every character that is fine to show is still there, in order. */
    @Property
    void harmlessCharactersSurviveInOrder(@ForAll("hostile") String input) {
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
    }

    /**
     * Over-escaping, checked against an oracle that does not use the sanitizer: every printable
     * character (letters, marks, digits, punctuation, symbols, spaces), in any plane, comes out as
     * it went in, except the few invisible ones the bar names.
     */
    @Property(tries = 2000)
    void printableCharactersOfEveryPlaneAreLeftAlone(@ForAll @net.jqwik.api.constraints.IntRange(min = 0x20, max = 0x3FFFF) int cp) {
        int type = Character.getType(cp);
        boolean printable = Character.isDefined(cp) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
        net.jqwik.api.Assume.that(printable && cp != 0x7F);
        String text = "a" + new String(Character.toChars(cp)) + "b";
        assertThat(Sanitizer.text(text)).isEqualTo(text);
        assertThat(Sanitizer.line(text)).isEqualTo(text);
    }

    @Property
    void cleanInputIsReturnedUnchanged(@ForAll("clean") String input) {
        assertThat(Sanitizer.isClean(input, true)).isTrue();
        assertThat(Sanitizer.text(input)).isEqualTo(input);
        String oneLine = input.replace('\n', ' ').replace('\t', ' ');
        assertThat(Sanitizer.line(oneLine)).isEqualTo(oneLine);
    }

    @Example
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
