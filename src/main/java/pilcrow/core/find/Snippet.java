package pilcrow.core.find;

/**
 * A match with a little of the text on each side, cut at word boundaries where it can be and
 * marked with an ellipsis where text was left out.
 */
public record Snippet(String before, String match, String after) {

    public static final String ELLIPSIS = "\u2026";

    public static Snippet around(String text, int start, int end, int context) {
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        from = startOfWord(text, from, start);
        to = endOfWord(text, to, end);
        String before = (from > 0 ? ELLIPSIS : "") + text.substring(from, start);
        String after = text.substring(end, to) + (to < text.length() ? ELLIPSIS : "");
        return new Snippet(before, text.substring(start, end), after);
    }

    /** Moves a cut forward to the next word start, unless that would eat into the match. */
    private static int startOfWord(String text, int from, int limit) {
        if (from == 0 || text.charAt(from - 1) == ' ') {
            return from;
        }
        int space = text.indexOf(' ', from);
        int cut = space >= 0 && space < limit ? space + 1 : from;
        return Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
    }

    private static int endOfWord(String text, int to, int limit) {
        if (to == text.length()) {
            return to;
        }
        int space = text.lastIndexOf(' ', to);
        int cut = space >= limit ? space : to;
        return cut < text.length() && Character.isLowSurrogate(text.charAt(cut)) ? cut + 1 : cut;
    }
}
