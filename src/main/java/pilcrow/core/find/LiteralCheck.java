package pilcrow.core.find;

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
 */
public final class LiteralCheck {

    private final String token;
    private final boolean foldCase;
    private final char first;
    private final char firstUpper;

    private LiteralCheck(String token, boolean foldCase) {
        this.token = foldCase ? token.toLowerCase(Locale.ROOT) : token;
        this.foldCase = foldCase;
        this.first = this.token.charAt(0);
        this.firstUpper = Character.toUpperCase(first);
    }

    /** The check for a query, or null when it is not a literal of printable ASCII. */
    public static LiteralCheck of(SearchQuery query) {
        String token = query.literalToken();
        return token == null ? null : new LiteralCheck(token, !query.caseSensitive());
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
}
