package pilcrow.core.text;

import java.util.List;

/**
 * A small width table for core tests, so they need no terminal library: one cell a character,
 * two for CJK, Hangul, fullwidth forms and emoji (and a character made an emoji by U+FE0F), none
 * for a combining mark or a control. A grapheme is, the simple way: a code point (a pair of
 * regional indicators, a flag, counts as one), then any combining marks, variation selectors and
 * skin tones, and after a zero width joiner the code point it joins.
 */
public final class FakeTextMeasure implements TextMeasure {

    /**
     * Single graphemes the core tests build text from, each one grapheme for this measure and for
     * JLine's alike (WrapperWithJLineTest holds JLine to the same lengths and widths).
     */
    public static final List<String> SAMPLE_GRAPHEMES = List.of(
            "a", "b", "z", "Q", "7", ".", "\u00e9", "\u00df", "\u03a9", "\u0416", "\u05d0",
            "\u4e2d", "\u6587", "\uac00", "\uff21",                          // wide: CJK, Hangul, fullwidth A
            "\uD83D\uDC4D", "\uD83D\uDC4D\uD83C\uDFFD",                       // thumbs up, with skin tone
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",               // family, ZWJ sequence
            "\uD83C\uDDEB\uD83C\uDDF7",                                       // flag
            "\u2764\uFE0F",                                                   // heart with emoji presentation
            "e\u0301", "a\u0300\u0301\u0302\u0303", "\u4e2d\u0301");          // combining marks

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;

    @Override
    public int graphemeLength(CharSequence text, int index) {
        int first = Character.codePointAt(text, index);
        int end = index + Character.charCount(first);
        if (isRegionalIndicator(first) && end < text.length() && isRegionalIndicator(Character.codePointAt(text, end))) {
            end += Character.charCount(Character.codePointAt(text, end));
        }
        while (end < text.length()) {
            int next = Character.codePointAt(text, end);
            if (next == ZERO_WIDTH_JOINER && end + 1 < text.length()) {
                end += 1 + Character.charCount(Character.codePointAt(text, end + 1));
            } else if (extendsGrapheme(next)) {
                end += Character.charCount(next);
            } else {
                break;
            }
        }
        return end - index;
    }

    @Override
    public int graphemeWidth(CharSequence text, int index) {
        int first = Character.codePointAt(text, index);
        if (Character.isISOControl(first) || isCombiningMark(first)) {
            return 0;
        }
        if (isWide(first)) {
            return 2;
        }
        String grapheme = text.subSequence(index, index + graphemeLength(text, index)).toString();
        return grapheme.indexOf(EMOJI_PRESENTATION) >= 0 ? 2 : 1;
    }

    private static boolean extendsGrapheme(int cp) {
        return isCombiningMark(cp)
                || (cp >= 0xFE00 && cp <= 0xFE0F)       // variation selectors
                || (cp >= 0x1F3FB && cp <= 0x1F3FF);    // skin tones
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)           // Hangul leading consonants
                || (cp >= 0x2E80 && cp <= 0xA4CF)       // CJK radicals to Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)       // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)       // CJK compatibility ideographs
                || (cp >= 0xFF00 && cp <= 0xFF60)       // fullwidth forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F000 && cp <= 0x1FAFF)     // emoji, regional indicators
                || (cp >= 0x20000 && cp <= 0x3FFFD);    // CJK extensions
    }
}
