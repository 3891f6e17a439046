package pilcrow.core.find;

import java.util.Locale;

/**
 * Matches what is typed in the list's filter against a title or path: the typed text as one
 * piece, or else its letters in order with gaps ("usvc" finds "US ... victim of cyberattacks").
 * Case is ignored. The positions matched are returned so the view can highlight them.
 */
public final class FuzzyFilter {

    private FuzzyFilter() {
    }

    /** The char indexes of {@code candidate} that match, or null when it does not match. */
    public static int[] match(String query, String candidate) {
        if (query.isEmpty()) {
            return new int[0];
        }
        String q = query.toLowerCase(Locale.ROOT);
        String c = candidate.toLowerCase(Locale.ROOT);
        if (q.length() != query.length() || c.length() != candidate.length()) {
            return null; // a case mapping changed the length; offsets would not line up
        }
        int at = c.indexOf(q);
        if (at >= 0) {
            int[] positions = new int[q.length()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = at + i;
            }
            return positions;
        }
        return subsequence(q, c);
    }

    private static int[] subsequence(String q, String c) {
        int[] positions = new int[q.length()];
        int from = 0;
        for (int i = 0; i < q.length(); i++) {
            char wanted = q.charAt(i);
            if (wanted == ' ') {
                positions[i] = -1;
                continue;
            }
            int found = c.indexOf(wanted, from);
            if (found < 0) {
                return null;
            }
            positions[i] = found;
            from = found + 1;
        }
        return java.util.Arrays.stream(positions).filter(p -> p >= 0).toArray();
    }
}
