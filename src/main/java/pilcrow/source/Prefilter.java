package pilcrow.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
 */
public final class Prefilter {

    private static final boolean[] PLAIN_SPECIAL = new boolean[256];
    private static final boolean[] MARKDOWN_SPECIAL = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            boolean special = (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b >= 0x7F;
            PLAIN_SPECIAL[b] = special;
            MARKDOWN_SPECIAL[b] = special || "*_`[]<>&\\".indexOf(b) >= 0;
        }
    }

    private final byte[] token;
    private final boolean foldCase;
    /** Per byte value, in plain text and in Markdown: 0 nothing, 1 may change in decoding, 2 the word may start here. */
    private final byte[] plainRoles = new byte[256];
    private final byte[] markdownRoles = new byte[256];

    /**
     * @param token    printable ASCII without spaces, as {@code literalToken()} gives it
     * @param foldCase whether case does not count (ASCII letters compared folded)
     */
    public Prefilter(String token, boolean foldCase) {
        this.foldCase = foldCase;
        this.token = (foldCase ? token.toLowerCase(Locale.ROOT) : token).getBytes(StandardCharsets.US_ASCII);
        for (int b = 0; b < 256; b++) {
            boolean starts = this.token.length > 0 && (b == this.token[0]
                    || foldCase && b >= 'A' && b <= 'Z' && (b | 0x20) == this.token[0]);
            plainRoles[b] = (byte) (PLAIN_SPECIAL[b] ? 1 : starts ? 2 : 0);
            markdownRoles[b] = (byte) (MARKDOWN_SPECIAL[b] ? 1 : starts ? 2 : 0);
        }
    }

    /** False only when no document read from these bytes, under this file name, can match. */
    public boolean mayMatch(byte[] bytes, String fileName, boolean markdown) {
        return mayMatch(bytes, bytes.length, fileName, markdown);
    }

    /** As {@link #mayMatch(byte[], String, boolean)}, for the first {@code length} bytes of {@code bytes}. */
    public boolean mayMatch(byte[] bytes, int length, String fileName, boolean markdown) {
        if (token.length == 0 || contains(fileName.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        // A file name with anything but printable ASCII may normalize or fold into the word too.
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return true;
            }
        }
        // One pass, one table look-up a byte: most bytes neither change nor start the word.
        byte[] roles = markdown ? markdownRoles : plainRoles;
        int n = token.length;
        for (int i = 0; i < length; i++) {
            byte role = roles[bytes[i] & 0xFF];
            if (role == 0) {
                continue;
            }
            if (role == 1 || startsAt(bytes, length, i, n)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsAt(byte[] bytes, int length, int at, int n) {
        if (at + n > length) {
            return false;
        }
        for (int j = 1; j < n; j++) {
            if (fold(bytes[at + j]) != token[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token occurs in the bytes (ASCII letters folded when case does not count). */
    boolean contains(byte[] bytes) {
        int n = token.length;
        for (int i = 0; i + n <= bytes.length; i++) {
            if (fold(bytes[i]) == token[0] && startsAt(bytes, bytes.length, i, n)) {
                return true;
            }
        }
        return n == 0;
    }

    private byte fold(byte b) {
        return foldCase && b >= 'A' && b <= 'Z' ? (byte) (b | 0x20) : b;
    }
}
