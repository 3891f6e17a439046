package pilcrow.core.text;

/**
 * How many terminal cells text takes, grapheme by grapheme. The core does not pick the tables: an
 * adapter supplies them (JLine's, see {@code pilcrow.terminal.JLineTextMeasure}), so layout stays
 * free of terminal libraries and tests can pin a measure down.
 */
public interface TextMeasure {

    /** The number of chars in the grapheme cluster starting at {@code index}; at least 1. */
    int graphemeLength(CharSequence text, int index);

    /** The cells the grapheme cluster starting at {@code index} takes: 0, 1 or 2. */
    int graphemeWidth(CharSequence text, int index);

    /** The cells a whole string takes. */
    default int width(CharSequence text) {
        int cells = 0;
        for (int i = 0; i < text.length(); i += graphemeLength(text, i)) {
            cells += graphemeWidth(text, i);
        }
        return cells;
    }

    /** The cells {@code text} from {@code from} to {@code to} takes, as {@link #width(CharSequence)} of that part. */
    default int width(String text, int from, int to) {
        return width(text.substring(from, to));
    }
}
