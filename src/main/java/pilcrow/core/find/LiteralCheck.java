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
 * without the four characters that fold into ASCII letters: they are the word's occurrences. The expression ignoring Unicode case ran several times
 * slower than this scan, and most paragraphs searched across a library are ASCII.
 */
public final class LiteralCheck {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Bit 5 in every byte: set, an ASCII letter reads the same in either case. */
    private static final long FOLD = ONES * 0x20;

    private final String token;
    private final boolean foldCase;
    private final char first;
    private final char firstUpper;
    /** Whether the pattern is the word alone, so its matches are the word's occurrences. */
    private final boolean wholePattern;
    /** For {@link #findIn} ignoring case: the word in ASCII bytes, and its rarest letter, folded. */
    private final byte[] tokenBytes;
    private final int rareIndex;
    private final long rareFolded;

    private LiteralCheck(String token, boolean foldCase, boolean wholePattern) {
        this.token = foldCase ? token.toLowerCase(Locale.ROOT) : token;
        this.wholePattern = wholePattern;
        this.foldCase = foldCase;
        this.first = this.token.charAt(0);
        this.firstUpper = Character.toUpperCase(first);
        this.tokenBytes = this.token.getBytes(StandardCharsets.US_ASCII);
        this.rareIndex = RareLetter.indexIn(tokenBytes);
        this.rareFolded = ONES * (tokenBytes[rareIndex] | 0x20);
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
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long rare = zeroBytes(((long) LONGS.get(bytes, i) | FOLD) ^ rareFolded);
            for (; rare != 0; rare &= rare - 1) {
                addIfAt(bytes, i + (Long.numberOfTrailingZeros(rare) >>> 3) - rareIndex, paragraph, into);
            }
        }
        for (; i < bytes.length; i++) {
            if ((bytes[i] | 0x20) == (byte) rareFolded) {
                addIfAt(bytes, i - rareIndex, paragraph, into);
            }
        }
        return true;
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

    /** Adds a match at {@code at} when the word (folded) is there. */
    private void addIfAt(byte[] bytes, int at, int paragraph, List<Match> into) {
        if (at < 0 || at + tokenBytes.length > bytes.length) {
            return;
        }
        for (int j = 0; j < tokenBytes.length; j++) {
            byte b = bytes[at + j];
            if ((b >= 'A' && b <= 'Z' ? (byte) (b | 0x20) : b) != tokenBytes[j]) {
                return;
            }
        }
        into.add(new Match(paragraph, at, at + tokenBytes.length));
    }

    /** High bit set in each zero byte of {@code v} (and perhaps above one: {@link #addIfAt} drops those). */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGHS;
    }
}
