package pilcrow.core.find;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Whether a paragraph can hold a match of a literal pattern, far cheaper than running its regular
 * expression over it: most paragraphs of a document that holds the word somewhere do not. Every
 * match contains the pattern's longest word ({@link SearchQuery#literalToken()}), printable ASCII:
 * <ul>
 *   <li>case-sensitive, the text must contain it exactly (both are NFC; ASCII is its own NFC);</li>
 *   <li>ignoring case, Unicode folding lets some other letters match ASCII ones (U+212A KELVIN SIGN
 *       is k, U+017F long s is s, U+0130 and U+0131 are i), so a paragraph with any character past
 *       ASCII may match; one without must hold the word with its ASCII letters folded.</li>
 * </ul>
 * A "no" is safe to skip; a "maybe" is searched with the expression as before.
 *
 * <p>When the pattern is that one word, {@link #findIn} finds its matches itself in a paragraph
 * without the four characters that fold into ASCII letters: they are the word's occurrences. The
 * expression ignoring Unicode case ran several times slower than this scan, and most paragraphs
 * searched across a library are ASCII. It looks at the paragraph's bytes ({@link WordBytes}).
 */
public final class LiteralCheck {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final String token;
    private final boolean foldCase;
    /** Whether the pattern is the word alone, so its matches are the word's occurrences. */
    private final boolean wholePattern;
    /** Ignoring case: the word in lower-case ASCII bytes, found by its rarest letter; null when case counts. */
    private final WordBytes folded;
    private final char first;
    private final char firstUpper;

    private LiteralCheck(String token, boolean foldCase, boolean wholePattern) {
        this.token = foldCase ? token.toLowerCase(Locale.ROOT) : token;
        this.wholePattern = wholePattern;
        this.foldCase = foldCase;
        this.folded = foldCase ? new WordBytes(this.token.getBytes(StandardCharsets.US_ASCII), true) : null;
        this.first = this.token.charAt(0);
        this.firstUpper = Character.toUpperCase(first);
    }

    /** The check for a query, or null when it is not a literal of printable ASCII. */
    public static LiteralCheck of(SearchQuery query) {
        String token = query.literalToken();
        return token == null ? null
                : new LiteralCheck(token, !query.caseSensitive(), token.equals(query.pattern().strip()));
    }

    /** False only when no match of the query can lie in {@code text}. */
    public boolean mayHold(String text) {
        if (!foldCase) {
            return text.contains(token);
        }
        int n = token.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, token, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the matches of the pattern in {@code text} without the expression, where that gives the
     * same: the pattern is this one word, and case counts or the text holds no character that
     * Unicode folding makes an ASCII letter (U+212A KELVIN SIGN is a k, U+017F a long s, and so
     * on: see {@link #bytesToSearch}). Overlapping
     * occurrences all count, as {@link Finder#findIn(String, int, java.util.regex.Pattern, List)}
     * finds them.
     *
     * @return false, having added nothing, when the expression must search {@code text}
     */
    public boolean findIn(String text, int paragraph, List<Match> into) {
        if (!wholePattern) {
            return false;
        }
        int n = token.length();
        if (!foldCase) {
            for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
                into.add(new Match(paragraph, at, at + n));
            }
            return true;
        }
        byte[] bytes = bytesToSearch(text);
        if (bytes == null) {
            return false; // the expression decides
        }
        occurrences(bytes, paragraph, into);
        return true;
    }

    /**
     * Adds the word's occurrences in {@code bytes} (letters folded), overlapping ones too, in
     * order, to {@code into} as matches.
     */
    private void occurrences(byte[] bytes, int paragraph, List<Match> into) {
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            for (long rare = folded.rareBytes((long) LONGS.get(bytes, i)); rare != 0; rare &= rare - 1) {
                int at = i + (Long.numberOfTrailingZeros(rare) >>> 3) - folded.rare;
                if (folded.isAt(bytes, bytes.length, at)) {
                    into.add(new Match(paragraph, at, at + token.length()));
                }
            }
        }
        for (; i < bytes.length; i++) {
            int at = i - folded.rare;
            if (folded.isRare(bytes[i]) && folded.isAt(bytes, bytes.length, at)) {
                into.add(new Match(paragraph, at, at + token.length()));
            }
        }
    }

    /**
     * The text as one byte a character, to find the word in ignoring case; null when the
     * expression must search it. Only four characters past ASCII fold into ASCII letters (U+0130
     * and U+0131 into i, U+017F into s, U+212A into k: every character was tried), all past
     * Latin-1; so where none is, Latin-1 bytes find what the expression finds. Such a string is
     * copied as it is, while its UTF-8 bytes (checked in a loop) cost twice as much under C1;
     * asking for a character past Latin-1 in a Latin-1 string is answered at once. A character
     * past Latin-1 becomes '?', so a word holding '?' is left to the expression, as is text with a
     * character past U+FFFF (its two chars become one byte).
     */
    private byte[] bytesToSearch(String text) {
        if (text.indexOf('\u0130') >= 0 || text.indexOf('\u0131') >= 0 || text.indexOf('\u017F') >= 0
                || text.indexOf('\u212A') >= 0 || token.indexOf('?') >= 0) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        // A pair of surrogates (an emoji, say) becomes one '?': then the bytes do not line up.
        return bytes.length == text.length() ? bytes : null;
    }
}
