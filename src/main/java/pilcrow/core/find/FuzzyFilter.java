package pilcrow.core.find;

import java.util.Locale;

/**
 * Matches what is typed in the list's filter against a title or path, and scores the match as fzf
 * does, so the best rows come first: the typed letters in order, each worth more at the start of
 * a word and more again right after the letter before it, less for every letter skipped between
 * them. A space in the query only separates words. Case is ignored. Of every way the letters can
 * fall, the best scoring is taken (not the leftmost), and its positions are what the view
 * highlights.
 */
public final class FuzzyFilter {

    /** A letter matched. */
    private static final int MATCH = 16;
    /** A letter at the start of a word (after a non-letter, or a capital after a small letter). */
    private static final int WORD_START = 8;
    /** A letter right after the one matched before it: a run of the query. */
    private static final int RUN = 8;
    /** A letter of the candidate skipped between two matched ones. */
    private static final int GAP = 1;
    private static final int NONE = Integer.MIN_VALUE / 2;

    private FuzzyFilter() {
    }

    /** The char indexes of {@code candidate} that match best, or null when it does not match. */
    public static int[] match(String query, String candidate) {
        Alignment best = align(query, candidate);
        return best == null ? null : best.positions;
    }

    /** How well {@code candidate} matches: higher is better, 0 for an empty query, negative for none. */
    public static int score(String query, String candidate) {
        Alignment best = align(query, candidate);
        return best == null ? -1 : best.score;
    }

    private record Alignment(int score, int[] positions) {
    }

    /**
     * The best alignment, by dynamic programming over (query letter, candidate index): each cell
     * holds the best score with that letter placed there, so it is O(letters x length).
     */
    private static Alignment align(String query, String candidate) {
        String q = query.toLowerCase(Locale.ROOT);
        String c = candidate.toLowerCase(Locale.ROOT);
        if (q.length() != query.length() || c.length() != candidate.length()) {
            return null; // a case mapping changed the length; offsets would not line up
        }
        char[] letters = q.replace(" ", "").toCharArray();
        if (letters.length == 0) {
            return new Alignment(0, new int[0]);
        }
        if (!inOrder(letters, c)) {
            return null; // most rows of a long list: rejected before any table is made
        }
        int n = c.length();
        int[][] best = new int[letters.length][n];
        int[][] from = new int[letters.length][n];
        for (int i = 0; i < letters.length; i++) {
            // The best earlier cell not adjacent to j, with the gap to j counted as it is reached.
            int farScore = NONE;
            int farAt = -1;
            for (int j = 0; j < n; j++) {
                best[i][j] = NONE;
                if (i > 0 && j >= 2 && best[i - 1][j - 2] > NONE && best[i - 1][j - 2] + GAP * (j - 1) > farScore) {
                    farScore = best[i - 1][j - 2] + GAP * (j - 1);
                    farAt = j - 2;
                }
                if (c.charAt(j) != letters[i]) {
                    continue;
                }
                int here = MATCH + (wordStart(candidate, j) ? WORD_START : 0);
                if (i == 0) {
                    best[i][j] = here;
                    from[i][j] = -1;
                    continue;
                }
                int adjacent = j >= 1 && best[i - 1][j - 1] > NONE ? best[i - 1][j - 1] + RUN : NONE;
                int far = farAt >= 0 ? farScore - GAP * j : NONE;
                if (adjacent == NONE && far == NONE) {
                    continue;
                }
                best[i][j] = here + Math.max(adjacent, far);
                from[i][j] = adjacent >= far ? j - 1 : farAt;
            }
        }
        return backtrack(best, from, letters.length - 1);
    }

    /** Whether {@code letters} stand in {@code candidate} in order, gaps allowed: a match exists. */
    private static boolean inOrder(char[] letters, String candidate) {
        int from = 0;
        for (char letter : letters) {
            int at = candidate.indexOf(letter, from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }

    private static Alignment backtrack(int[][] best, int[][] from, int last) {
        int end = -1;
        for (int j = 0; j < best[last].length; j++) {
            if (best[last][j] > NONE && (end < 0 || best[last][j] > best[last][end])) {
                end = j;
            }
        }
        if (end < 0) {
            return null;
        }
        int[] positions = new int[last + 1];
        for (int i = last, j = end; i >= 0; j = from[i][j], i--) {
            positions[i] = j;
        }
        return new Alignment(best[last][end], positions);
    }

    private static boolean wordStart(String candidate, int at) {
        if (at == 0) {
            return true;
        }
        char before = candidate.charAt(at - 1);
        char here = candidate.charAt(at);
        return !Character.isLetterOrDigit(before) || (Character.isLowerCase(before) && Character.isUpperCase(here));
    }
}
