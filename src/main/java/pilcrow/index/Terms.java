package pilcrow.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import pilcrow.core.doc.TextNormalizer;
import pilcrow.core.find.SearchQuery;

/**
 * The words of a text as the index holds them, and a query's parts as it looks them up, so that a
 * document the matcher would find is always a candidate. The matcher ({@link SearchQuery#compile})
 * matches a literal's parts between runs of white space ({@code \s}: space, tab, the line breaks,
 * form feed, vertical tab), and ignoring case compares each character by
 * {@code toLowerCase(toUpperCase(c))} ({@link java.util.regex.Pattern}'s Unicode case folding). So
 * the index splits text at exactly those white space characters and folds every code point to the
 * fixed point of that fold; a part of the query, folded the same way, lies within one such word of
 * every paragraph it matches, whatever the case rules. Candidates are then the documents with a
 * word that holds each part as a substring.
 */
public final class Terms {

    private Terms() {
    }

    /** The white space {@code \s} matches without UNICODE_CHARACTER_CLASS: a word never holds one. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * One code point folded as case-insensitive matching compares it, repeated until it stops
     * changing: Pattern compares a text character both as it is and folded once against the
     * pattern's folded character, so only a fold that no longer changes anything puts both sides in
     * one class. (A test checks every code point reaches it within {@link #FOLD_ROUNDS}.)
     */
    public static int fold(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        int folded = c;
        for (int round = 0; round < FOLD_ROUNDS; round++) {
            int next = Character.toLowerCase(Character.toUpperCase(folded));
            if (next == folded) {
                return folded;
            }
            folded = next;
        }
        return folded;
    }

    /** Enough rounds of the fold for every code point to stop changing. */
    static final int FOLD_ROUNDS = 4;

    /** The length in chars of the longest word of {@code text} (white space as {@link #isSpace} has it). */
    static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = isSpace(c) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * The folded words of some texts, one after another, written into a buffer each in turn, with
     * no String made for any: an index's update spent a third of its time making the words of each
     * document into Strings and a set of them, which Lucene hashed again.
     */
    static final class Words {
        private final List<String> texts;
        private int text;
        private int at;

        Words(List<String> texts) {
            this.texts = texts;
        }

        /** Puts the next word into {@code into}; false when there are no more. */
        boolean next(StringBuilder into) {
            into.setLength(0);
            while (text < texts.size()) {
                String current = texts.get(text);
                while (at < current.length()) {
                    int c = current.codePointAt(at);
                    at += Character.charCount(c);
                    if (!isSpace(c)) {
                        into.appendCodePoint(fold(c));
                    } else if (into.length() > 0) {
                        return true;
                    }
                }
                text++;
                at = 0;
                if (into.length() > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The folded parts a query's matches hold, each within one word; null when the index cannot
     * narrow the query (a blank pattern, a part holding white space other than spaces or a lone
     * surrogate, which the index's UTF-8 terms do not keep apart, or a regular expression with no
     * literal of {@link #REGEX_LITERAL} characters that every match holds).
     */
    public static List<String> parts(SearchQuery query) {
        if (query.regex()) {
            return regexParts(query.pattern());
        }
        if (query.pattern().isBlank()) {
            return null;
        }
        String pattern = query.pattern();
        // As SearchQuery.compile normalizes it, then splits it at runs of spaces.
        String normalized = TextNormalizer.belowCombiningMarks(pattern) ? pattern
                : Normalizer.normalize(pattern, Normalizer.Form.NFC);
        List<String> parts = new ArrayList<>();
        for (String part : normalized.strip().split(" +")) {
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < part.length(); ) {
                int c = part.codePointAt(i);
                i += Character.charCount(c);
                if (isSpace(c) || Character.isSurrogate((char) c)) {
                    return null;
                }
                folded.appendCodePoint(fold(c));
            }
            if (folded.length() > 0) {
                parts.add(folded.toString());
            }
        }
        return parts.isEmpty() ? null : parts;
    }

    /** The shortest literal run of a regular expression worth asking the index about. */
    static final int REGEX_LITERAL = 3;

    /**
     * The folded parts of the literal runs every match of {@code regex} holds: runs of plain
     * characters outside any group and character class, in a pattern with no alternation at its top
     * and no inline flags ({@code (?x)} would change what a space means). A character a quantifier
     * may leave out ({@code ?}, {@code *}, {@code {}}) ends the run before it; one repeated
     * ({@code +}) ends it after. Escapes end a run, and the letters and digits right after one are
     * taken as the escape's ({@code \x41}, {@code \p{L}}), not as text. Null when no run of
     * {@link #REGEX_LITERAL} characters is left: the query is scanned.
     */
    static List<String> regexParts(String regex) {
        String normalized = TextNormalizer.belowCombiningMarks(regex) ? regex
                : Normalizer.normalize(regex, Normalizer.Form.NFC);
        if (normalized.contains("(?")) {
            return null;
        }
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < normalized.length()) {
            char c = normalized.charAt(i);
            if (c == '\\') {
                end(run, runs);
                i += 2; // the escape's letter
                while (i < normalized.length() && (Character.isLetterOrDigit(normalized.charAt(i))
                        || "{}<>".indexOf(normalized.charAt(i)) >= 0)) {
                    i++;
                }
                continue;
            }
            if (c == '[') {
                end(run, runs);
                i = afterClass(normalized, i);
                continue;
            }
            if (c == '(') {
                end(run, runs);
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return null;
                }
            } else if (c == '|') {
                if (depth == 0) {
                    return null; // either side may match: nothing is required
                }
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - Character.charCount(run.codePointBefore(run.length())));
                }
                end(run, runs);
                if (c == '{') {
                    int close = normalized.indexOf('}', i);
                    i = close < 0 ? normalized.length() : close; // its counts are not text
                }
            } else if (c == '+') {
                end(run, runs);
            } else if (c == '.' || c == '^' || c == '$' || c == '}') {
                end(run, runs);
            } else if (depth == 0) {
                run.append(c);
            }
            i++;
        }
        end(run, runs);
        List<String> parts = new ArrayList<>();
        for (String literal : runs) {
            List<String> of = parts(new SearchQuery(literal, false, pilcrow.core.find.CaseMode.INSENSITIVE));
            if (of != null) {
                of.stream().filter(part -> part.codePointCount(0, part.length()) >= REGEX_LITERAL).forEach(parts::add);
            }
        }
        return parts.isEmpty() ? null : parts;
    }

    /** Keeps a finished run and starts the next. */
    private static void end(StringBuilder run, List<String> runs) {
        if (run.length() > 0) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    /** The index just after the character class opening at {@code open} (nested classes too). */
    private static int afterClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a ']' first is one of the class's characters
        }
        int depth = 1;
        while (i < regex.length() && depth > 0) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            i++;
        }
        return i;
    }
}
