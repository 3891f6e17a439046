package pilcrow.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into lines that fit a width in terminal cells.
 *
 * <p>A {@code '\n'} always ends a line. Prose is wrapped at spaces and a word is broken only when it
 * is longer than a whole line; code keeps its spacing and is cut by cells. A grapheme is never
 * split, so a wide character is never cut in half: the only line wider than the width is one that
 * holds a single grapheme wider than the width itself (a CJK character at width 1).
 */
public final class Wrapper {

    private final TextMeasure measure;

    public Wrapper(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * Word-wraps prose. Runs of spaces between words on one line are kept as they are.
     *
     * <p>The text is worked on as a {@code String}, its lines found with {@code indexOf}: under C1
     * (the launcher's), {@code CharSequence.charAt} is a call a character where {@code String}'s
     * is inlined, and wrapping was most of the time taken to open a document of a few MB.
     */
    public List<LineSpan> wrapWords(CharSequence text, int width) {
        String string = text.toString();
        List<LineSpan> lines = new ArrayList<>();
        forEachHardLine(string, (from, to) -> wrapWordsInLine(string, from, to, Math.max(1, width), lines));
        return lines;
    }

    /** Cuts each hard line by cells, keeping every space (code, preformatted text). */
    public List<LineSpan> wrapCells(CharSequence text, int width) {
        String string = text.toString();
        List<LineSpan> lines = new ArrayList<>();
        forEachHardLine(string, (from, to) -> cutByCells(string, from, to, Math.max(1, width), lines, true));
        return lines;
    }

    private interface Range {
        void accept(int from, int to);
    }

    private static void forEachHardLine(String text, Range range) {
        int start = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
            range.accept(start, newline);
            start = newline + 1;
        }
        range.accept(start, text.length());
    }

    private void wrapWordsInLine(String text, int from, int to, int width, List<LineSpan> lines) {
        int before = lines.size();
        int lineStart = -1;
        int lineEnd = -1;
        int lineWidth = 0;
        int i = skipSpaces(text, from, to);
        while (i < to) {
            int wordEnd = wordEnd(text, i, to);
            int wordWidth = measure.width(text, i, wordEnd);
            if (lineStart >= 0 && lineWidth + (i - lineEnd) + wordWidth <= width) {
                lineWidth += (i - lineEnd) + wordWidth;
                lineEnd = wordEnd;
            } else {
                if (lineStart >= 0) {
                    lines.add(new LineSpan(lineStart, lineEnd));
                }
                if (wordWidth <= width) {
                    lineStart = i;
                    lineEnd = wordEnd;
                    lineWidth = wordWidth;
                } else {
                    // A word longer than a line: full lines of it, and its tail starts the next line.
                    LineSpan tail = cutByCells(text, i, wordEnd, width, lines, false);
                    lineStart = tail.start();
                    lineEnd = tail.end();
                    lineWidth = measure.width(text, lineStart, lineEnd);
                }
            }
            i = skipSpaces(text, wordEnd, to);
        }
        if (lineStart >= 0) {
            lines.add(new LineSpan(lineStart, lineEnd));
        }
        if (lines.size() == before) {
            lines.add(new LineSpan(from, from));
        }
    }

    /**
     * Cuts [from, to) into lines of at most {@code width} cells. With {@code addLast} every piece is
     * added; without, the last piece is returned instead, for the caller to keep filling.
     */
    private LineSpan cutByCells(String text, int from, int to, int width, List<LineSpan> lines,
                                boolean addLast) {
        int lineStart = from;
        int lineWidth = 0;
        int i = from;
        while (i < to) {
            int length = Math.min(measure.graphemeLength(text, i), to - i);
            int cells = Math.max(0, measure.graphemeWidth(text, i));
            if (lineWidth + cells > width && i > lineStart) {
                lines.add(new LineSpan(lineStart, i));
                lineStart = i;
                lineWidth = 0;
            }
            lineWidth += cells;
            i += length;
        }
        LineSpan last = new LineSpan(lineStart, to);
        if (addLast) {
            lines.add(last);
        }
        return last;
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Not {@code indexOf(' ', i)}: in a text of one word a line it would search on past the line, every line. */
    private static int wordEnd(String text, int i, int to) {
        while (i < to && text.charAt(i) != ' ') {
            i++;
        }
        return i;
    }
}
