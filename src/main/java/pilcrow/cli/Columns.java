package pilcrow.cli;

import pilcrow.core.text.TextMeasure;

/** Fitting text into a fixed number of terminal cells, for tables. */
final class Columns {

    private Columns() {
    }

    /** {@code text} cut with an ellipsis, or padded with spaces, to exactly {@code cells} cells. */
    static String fit(String text, int cells, TextMeasure measure) {
        int width = measure.width(text);
        if (width <= cells) {
            return text + " ".repeat(cells - width);
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int length = measure.graphemeLength(text, i);
            int cellsOfGrapheme = measure.graphemeWidth(text, i);
            if (used + cellsOfGrapheme > cells - 1) {
                break;
            }
            out.append(text, i, Math.min(text.length(), i + length));
            used += cellsOfGrapheme;
            i += length;
        }
        return out.append('\u2026') + " ".repeat(Math.max(0, cells - 1 - used));
    }
}
