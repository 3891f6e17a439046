package pilcrow.core.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;

/**
 * Finds every match of a pattern in a document: in the title, paragraph by paragraph, then in the
 * source line, in the order the reader shows them.
 * Matches may overlap ("aa" is found three times in "aaaa"), as a reader stepping with n expects;
 * empty matches are skipped, since they mark nothing.
 */
public final class Finder {

    private Finder() {
    }

    /** Every match, without a guard: for literal patterns, whose matching cannot run away. */
    public static List<Match> find(Document document, Pattern pattern) {
        return find(document, pattern, null, Guard.NONE);
    }

    /**
     * As {@link #find(Document, Pattern)}, running the expression only over the title and
     * paragraphs that {@code check} says may hold a match (all of them when it is null), and not
     * even there when the check can find the matches itself ({@link LiteralCheck#findIn}). Each
     * paragraph is one step of {@code guard}'s.
     *
     * @throws Guard.Stopped when the guard stops the search
     */
    public static List<Match> find(Document document, Pattern pattern, LiteralCheck check, Guard guard) {
        List<Match> matches = new ArrayList<>();
        findIn(document.title(), Match.TITLE, pattern, check, guard, matches);
        for (Block block : document.blocks()) {
            findIn(block.text(), block.number(), pattern, check, guard, matches);
        }
        if (document.source().isPresent()) {
            findIn(document.source().get(), Match.SOURCE, pattern, check, guard, matches);
        }
        return matches;
    }

    private static void findIn(String text, int paragraph, Pattern pattern, LiteralCheck check, Guard guard,
                               List<Match> into) {
        if (check == null) {
            findIn(text, paragraph, pattern, guard, into);
        } else if (!check.findIn(text, paragraph, into) && check.mayHold(text)) {
            findIn(text, paragraph, pattern, guard, into);
        }
    }

    /** As {@link #findIn(String, int, Pattern, Guard, List)} without a guard: for literal patterns. */
    public static void findIn(String text, int paragraph, Pattern pattern, List<Match> into) {
        findIn(text, paragraph, pattern, Guard.NONE, into);
    }

    /**
     * Adds the matches in one paragraph's text (or the title's, as {@link Match#TITLE}), as one
     * step of {@code guard}'s.
     *
     * @throws Guard.Stopped when the guard stops the search
     */
    public static void findIn(String text, int paragraph, Pattern pattern, Guard guard, List<Match> into) {
        Matcher matcher = guard.matcher(pattern, text);
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            if (matcher.end() > matcher.start()) {
                into.add(new Match(paragraph, matcher.start(), matcher.end()));
            }
            from = nextStart(text, matcher.start());
        }
    }

    /** One code point past a match's start, so overlapping matches are found and pairs kept whole. */
    private static int nextStart(String text, int start) {
        return start < text.length() ? start + Character.charCount(text.codePointAt(start)) : start + 1;
    }
}
