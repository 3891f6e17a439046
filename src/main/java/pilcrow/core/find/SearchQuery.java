package pilcrow.core.find;

import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import pilcrow.core.doc.TextNormalizer;

/**
 * What the user asked to find, and its compiled form. Text is matched in Unicode NFC (documents are
 * normalized the same way), with Unicode case folding when case does not count. In literal mode a
 * run of spaces in the pattern matches any run of white space, so a phrase is found across the
 * hard line breaks of code and the joins of wrapped paragraphs.
 */
public record SearchQuery(String pattern, boolean regex, CaseMode caseMode) {

    public static SearchQuery literal(String pattern) {
        return new SearchQuery(pattern, false, CaseMode.SMART);
    }

    public boolean caseSensitive() {
        return switch (caseMode) {
            case SENSITIVE -> true;
            case INSENSITIVE -> false;
            case SMART -> hasCapital(pattern, regex);
        };
    }

    public Pattern compile() throws InvalidPatternException {
        if (pattern.isEmpty()) {
            throw new InvalidPatternException("empty pattern");
        }
        // Text below the combining marks is NFC already; asking java.text.Normalizer loads its
        // tables, about 5 ms of every `pilcrow find`'s start.
        String normalized = TextNormalizer.belowCombiningMarks(pattern) ? pattern
                : Normalizer.normalize(pattern, Normalizer.Form.NFC);
        int flags = caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return Pattern.compile(regex ? normalized : literalRegex(normalized), flags);
        } catch (PatternSyntaxException e) {
            throw new InvalidPatternException("invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
        }
    }

    private static String literalRegex(String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : text.strip().split(" +", -1)) {
            if (regex.length() > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(part));
        }
        return text.isBlank() ? Pattern.quote(text) : regex.toString();
    }

    /**
     * For scanning raw bytes before decoding: the longest run of the pattern without spaces, when
     * the pattern is a literal of printable ASCII; null otherwise. Every match contains it.
     */
    public String literalToken() {
        if (regex) {
            return null;
        }
        String longest = null;
        for (String part : pattern.strip().split("\\s+")) {
            if (!part.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                return null;
            }
            if (longest == null || part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest == null || longest.isEmpty() ? null : longest;
    }

    /** A capital letter that is not part of a regex escape such as {@code \S} or {@code \W}. */
    static boolean hasCapital(String pattern, boolean regex) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (regex && c == '\\') {
                i++;
            } else if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return true;
            }
        }
        return false;
    }
}
