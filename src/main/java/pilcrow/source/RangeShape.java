package pilcrow.source;

import java.util.List;

/**
 * What a scan of one range of a file found about blank lines, enough to apply the parser's rule
 * for the whole file from its ranges in order: paragraphs are blank-line separated when some blank
 * line has text before and after it (see {@code PlainTextParser}). Both the search scan
 * ({@link LineScan}) and the index scan ({@link IndexScan}) keep it, line by line, through
 * {@link #shapeLine}.
 */
abstract class RangeShape {

    /** The range's first line has been seen, and whether it has text. */
    boolean firstLineSeen;
    boolean firstLineIsText;
    boolean lastLineBlank = true;
    boolean hasText;
    /** A blank line before the range's first line with text (or a blank range). */
    boolean blankBeforeFirstText;
    /** A blank line after the range's last line with text. */
    boolean blankAfterLastText;
    /** A blank line with text before and after it inside the range. */
    boolean innerSeparator;

    /** Notes one more line of the range, in order: {@code first} for the range's first line. */
    final void shapeLine(boolean blank, boolean first) {
        if (first) {
            firstLineSeen = true;
            firstLineIsText = !blank;
        }
        lastLineBlank = blank;
        if (blank) {
            if (hasText) {
                blankAfterLastText = true;
            } else {
                blankBeforeFirstText = true;
            }
            return;
        }
        if (hasText && blankAfterLastText) {
            innerSeparator = true;
        }
        hasText = true;
        blankAfterLastText = false;
    }

    /**
     * Paragraph starts in the range after its first line (whether that one starts a paragraph
     * depends on the range before: {@link Stitch}), the text read as {@code blankSeparated} says.
     */
    abstract long startsAfterFirstLine(boolean blankSeparated);

        /** The parser's rule over the ranges of a whole file, in order. */
    static boolean hasBlankSeparator(List<? extends RangeShape> ranges) {
        boolean seenText = false;
        boolean pendingBlank = false;
        for (RangeShape range : ranges) {
            if (range.innerSeparator) {
                return true;
            }
            if (range.hasText) {
                if (seenText && (pendingBlank || range.blankBeforeFirstText)) {
                    return true;
                }
                seenText = true;
                pendingBlank = range.blankAfterLastText;
            } else if (range.blankBeforeFirstText && seenText) {
                pendingBlank = true;
            }
        }
        return false;
    }
}
