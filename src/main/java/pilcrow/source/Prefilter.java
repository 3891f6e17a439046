package pilcrow.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import pilcrow.core.find.WordBytes;

/**
 * Whether a document's raw bytes can hold a match of a literal word, without decoding or parsing
 * them: for {@code pilcrow find} across a library, where most documents do not. It answers "maybe"
 * whenever decoding could make the word appear where the bytes do not spell it, so a "no" is safe
 * to skip:
 * <ul>
 *   <li>any byte that is not printable ASCII, tab or a line break: non-ASCII text may normalize
 *       (NFC: U+212A KELVIN SIGN is K) or fold (U+017F long s matches s), control characters are
 *       shown as {@code ^X}, gzip and UTF-16 and binary files start with such bytes;</li>
 *   <li>in Markdown, the characters whose markup is dropped from between letters (emphasis, code,
 *       links, inline HTML, escapes, entities): {@code * _ ` [ ] < > & \};</li>
 *   <li>the file name, which is the title of a document without one.</li>
 * </ul>
 * Tabs and line breaks only ever become white space, which a word (the pattern's longest run
 * without spaces, {@link pilcrow.core.find.SearchQuery#literalToken()}) cannot span.
 *
 * <p>{@link #look} also tells whether every byte is printable ASCII, a tab or a line break: such a
 * document needs no decoding, NFC or sanitizing ({@link DocumentReader#fromPlainAscii}). Once
 * the word is found, the rest is read for that alone.
 *
 * <p>Speed: eight bytes are tested at a time (read from the array as a long): for anything but
 * printable ASCII and line feeds, in Markdown for markup, and for the word's rarest letter
 * ({@link WordBytes}), where the word is then compared; only the few longs that hold
 * anything else are looked at byte by byte. The launcher runs {@code find} with C1 only,
 * where a loop of one table look-up a byte cost about twice as much.
 */
public final class Prefilter {

    /** What a document's bytes say. */
    public enum Verdict {
        /** No document read from these bytes can match: skip it. */
        CANNOT_MATCH,
        /** It may match; the bytes must be decoded as usual. */
        MAY_MATCH,
        /** It may match, and every byte is printable ASCII or a line feed: the text is the bytes. */
        MAY_MATCH_PRINTABLE_ASCII,
        /** It may match, and every byte is printable ASCII, a tab or a line break, with some tabs or returns. */
        MAY_MATCH_ASCII_WITH_TABS_OR_RETURNS;

        /** Whether the bytes are plain ASCII: read with {@link DocumentReader#fromPlainAscii}. */
        public boolean plainAscii() {
            return this == MAY_MATCH_PRINTABLE_ASCII || this == MAY_MATCH_ASCII_WITH_TABS_OR_RETURNS;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Added to a byte below 0x80, sets its high bit from 0x20 up: what is still clear is a control character. */
    private static final long CONTROL_EDGE = ONES * 0x60;
    private static final long LINE_FEEDS = ONES * '\n';
    private static final long LOW_SEVENS = ONES * 0x7F;

    private static final boolean[] PLAIN_SPECIAL = new boolean[256];
    private static final boolean[] MARKDOWN_SPECIAL = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            boolean special = (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b >= 0x7F;
            PLAIN_SPECIAL[b] = special;
            MARKDOWN_SPECIAL[b] = special || "*_`[]<>&\\".indexOf(b) >= 0;
        }
    }

    /** The word by its rarest letter, for eight bytes at a time; null for an empty word. */
    private final WordBytes finder;
    /**
     * Per byte value, in plain text and in Markdown: 0 nothing, 1 may change in decoding (not
     * plain ASCII), 3 Markdown markup, which may vanish from between letters, 4 a tab or
     * carriage return (plain, but to be normalized).
     */
    private final byte[] plainRoles = new byte[256];
    private final byte[] markdownRoles = new byte[256];
    /** Whether the word holds no character the reader adds to an HTML page's text: see {@link #lookAtHtml}. */
    private final boolean htmlReadable;

    /**
     * @param token    printable ASCII without spaces, as {@code literalToken()} gives it
     * @param foldCase whether case does not count (ASCII letters compared folded)
     */
    public Prefilter(String token, boolean foldCase) {
        byte[] word = (foldCase ? token.toLowerCase(Locale.ROOT) : token).getBytes(StandardCharsets.US_ASCII);
        this.finder = word.length == 0 ? null : new WordBytes(word, foldCase);
        this.htmlReadable = token.indexOf('^') < 0 && token.indexOf('|') < 0;
        for (int b = 0; b < 256; b++) {
            byte plain = (byte) (PLAIN_SPECIAL[b] ? 1 : b == '\t' || b == '\r' ? 4 : 0);
            plainRoles[b] = plain;
            markdownRoles[b] = MARKDOWN_SPECIAL[b] && plain != 1 ? 3 : plain;
        }
    }

    /** False only when no document read from these bytes, under this file name, can match. */
    public boolean mayMatch(byte[] bytes, String fileName, boolean markdown) {
        return mayMatch(bytes, bytes.length, fileName, markdown);
    }

    /** As {@link #mayMatch(byte[], String, boolean)}, for the first {@code length} bytes of {@code bytes}. */
    public boolean mayMatch(byte[] bytes, int length, String fileName, boolean markdown) {
        return scan(bytes, length, fileName, markdown, false) != Verdict.CANNOT_MATCH;
    }

    /**
     * As {@link #mayMatch(byte[], int, String, boolean)}, and whether the bytes are plain ASCII:
     * where the word is found, the rest is still read to tell (a document that may match is then
     * read anyway, and this pass is cheaper than the decoder's, NFC's and the sanitizer's).
     */
    public Verdict look(byte[] bytes, int length, String fileName, boolean markdown) {
        return scan(bytes, length, fileName, markdown, true);
    }

    /**
     * As {@link #look}, for a page the reader parses as HTML: the word is looked for in the text the
     * page may show ({@link HtmlText}), where tags no longer split it and entities are decoded.
     * Where that text cannot be told from the bytes, or the word holds a character the reader may
     * make itself ({@code ^} of a line break shown as {@code ^J}, {@code |} between table cells),
     * it is looked for as in Markdown: any markup byte is a "maybe".
     */
    public Verdict lookAtHtml(byte[] bytes, int length, String fileName) {
        Verdict plain = plainFrom(bytes, 0, length, false);
        if (plain == Verdict.MAY_MATCH) {
            return plain; // decoded first: non-ASCII text may fold into the word
        }
        if (finder == null || nameMayMatch(fileName)) {
            return plain;
        }
        // The shown text is looked through where it lies, not copied out and scanned.
        Boolean holds = htmlReadable ? HtmlText.holds(bytes, length, finder) : null;
        if (holds == null) {
            return look(bytes, length, fileName, true);
        }
        return holds ? plain : Verdict.CANNOT_MATCH;
    }

    /** @param toTheEnd after a "maybe", read on to tell whether the bytes are plain ASCII */
    private Verdict scan(byte[] bytes, int length, String fileName, boolean markdown, boolean toTheEnd) {
        boolean maybe = finder == null || nameMayMatch(fileName);
        if (maybe && !toTheEnd) {
            return Verdict.MAY_MATCH;
        }
        boolean tabsOrReturns = false;
        int i = 0; // the bytes before it are plain ASCII
        byte[] roles = markdown ? markdownRoles : plainRoles;
        // Eight bytes a step; a long of printable ASCII and line feeds without the rarest letter
        // (or, in Markdown, markup) needs a few tests. The word is found from its rarest letter,
        // wherever it starts, in both kinds of step.
        while (i < length && !maybe) {
            int end = i + Long.BYTES;
            if (end <= length) {
                long word = (long) LONGS.get(bytes, i);
                long odd = (word | ~(word + CONTROL_EDGE) | (word + ONES)) & HIGHS;
                long rare = finder.rareBytes(word);
                if ((odd | rare) == 0 && !markdown) {
                    i = end; // most of plain text: one test
                    continue;
                }
                if ((odd == 0 || onlyLineFeeds(word, odd)) && !(markdown && mayHoldMarkup(word))) {
                    for (; rare != 0 && !maybe; rare &= rare - 1) {
                        maybe = finder.isAt(bytes, length, i + (Long.numberOfTrailingZeros(rare) >>> 3) - finder.rare);
                    }
                    if (!maybe) {
                        i = end;
                    }
                    continue; // with a "maybe", the rest is read from this long on
                }
            } else {
                end = length; // the last few bytes
            }
            for (; i < end && !maybe; i++) {
                byte b = bytes[i];
                byte role = roles[b & 0xFF];
                if (role == 1) {
                    return Verdict.MAY_MATCH;
                }
                tabsOrReturns |= role == 4;
                maybe = role == 3 || finder.isRare(b) && finder.isAt(bytes, length, i - finder.rare);
            }
        }
        if (!maybe) {
            return Verdict.CANNOT_MATCH;
        }
        if (!toTheEnd) {
            return Verdict.MAY_MATCH;
        }
        return plainFrom(bytes, i, length, tabsOrReturns);
    }

    /**
     * Whether the bytes from {@code i} on are plain ASCII (and hold tabs or returns, or those
     * before did): eight bytes a step.
     */
    private Verdict plainFrom(byte[] bytes, int from, int length, boolean tabsOrReturnsBefore) {
        int i = from;
        boolean tabsOrReturns = tabsOrReturnsBefore;
        while (i < length) {
            int end = i + Long.BYTES;
            if (end <= length) {
                long word = (long) LONGS.get(bytes, i);
                long odd = (word | ~(word + CONTROL_EDGE) | (word + ONES)) & HIGHS;
                if (odd == 0 || onlyLineFeeds(word, odd)) {
                    i = end;
                    continue;
                }
            } else {
                end = length;
            }
            for (; i < end; i++) {
                byte role = plainRoles[bytes[i] & 0xFF];
                if (role == 1) {
                    return Verdict.MAY_MATCH;
                }
                tabsOrReturns |= role == 4;
            }
        }
        return tabsOrReturns ? Verdict.MAY_MATCH_ASCII_WITH_TABS_OR_RETURNS : Verdict.MAY_MATCH_PRINTABLE_ASCII;
    }

    /**
     * Whether the bytes of {@code word} marked in {@code odd} (below 0x20 or past 0x7E, as the
     * scan's first test marks them) are all line feeds: a line feed is in about one long of ten
     * in text of short lines. Told exactly: the first test carries from one byte to the next only
     * from a byte past ASCII, which leaves its own mark.
     */
    private static boolean onlyLineFeeds(long word, long odd) {
        return (odd & ~equalBytes(word, LINE_FEEDS)) == 0;
    }

    /** The high bit of each byte of {@code word} that equals the byte of {@code ones}, exactly. */
    private static long equalBytes(long word, long ones) {
        long x = word ^ ones;
        return ~(((x & LOW_SEVENS) + LOW_SEVENS) | x | LOW_SEVENS);
    }

    /**
     * Whether {@code word} may hold a Markdown markup character ({@code * _ ` [ ] < > & \}); a
     * "yes" only where there is one, or a {@code ^} (which shares a test with {@code \ ] _}). The
     * zero-byte test used can mark a byte above a zero, never without one.
     */
    private static boolean mayHoldMarkup(long word) {
        long backslashBracketCaretUnderscore = (word & ~(ONES * 0x03)) ^ (ONES * 0x5C);
        long angles = (word & ~(ONES * 0x02)) ^ (ONES * '<');
        long open = word ^ (ONES * '[');
        long backtick = word ^ (ONES * '`');
        long star = word ^ (ONES * '*');
        long ampersand = word ^ (ONES * '&');
        return ((zeroish(backslashBracketCaretUnderscore) | zeroish(angles) | zeroish(open) | zeroish(backtick)
                | zeroish(star) | zeroish(ampersand)) & HIGHS) != 0;
    }

    private static long zeroish(long v) {
        return (v - ONES) & ~v;
    }

    /** The file name is the title of a document without one: it may hold or fold into the word. */
    private boolean nameMayMatch(String fileName) {
        if (contains(fileName.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        // A file name with anything but printable ASCII may normalize or fold into the word too.
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word occurs in the bytes (ASCII letters folded when case does not count). */
    boolean contains(byte[] bytes) {
        return finder == null || finder.isIn(bytes);
    }
}
