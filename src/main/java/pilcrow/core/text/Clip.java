package pilcrow.core.text;

/** Cutting text to a number of terminal cells, keeping whole graphemes. */
public final class Clip {

    public static final String ELLIPSIS = "\u2026";

    private Clip() {
    }

    /**
     * {@code text} whole if it fits in {@code cells}, else an ellipsis and as much of its end as
     * fits: {@code …/bash/CHANGES.gz}. For paths, whose last parts tell most.
     */
    public static String keepEnd(String text, int cells, TextMeasure measure) {
        if (measure.width(text) <= cells) {
            return text;
        }
        int start = text.length();
        int used = 1;
        while (start > 0) {
            int previous = Character.offsetByCodePoints(text, start, -1);
            int width = measure.width(text.substring(previous, start));
            if (used + width > cells) {
                break;
            }
            used += width;
            start = previous;
        }
        return ELLIPSIS + text.substring(start);
    }
}
