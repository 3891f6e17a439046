package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * One pass over a range of a plain-text file that notes where paragraphs start, for the
 * {@link LargeFile}'s index: the lines with text that follow a blank line (paragraph starts when
 * the text is blank-line separated), and with {@code recordLines} every line with text (paragraph
 * starts when each line is a paragraph). Line ends and blank lines are as {@link LineScan} has
 * them; ranges are scanned in parallel and stitched by {@link LargeFile}, which decides whether
 * a range's first line starts a paragraph from the range before it.
 *
 * <p>Speed, as {@link LineScan}'s: the range is read in place from the mapping (no copy), eight
 * bytes at a time, in calls of {@link RangeLines#CHUNK} bytes ({@link RangeLines}). Once a line has visible text, nothing
 * in it but its end matters, so a word needs one test for a byte below 0x0E (CR, LF and a few
 * controls); and a line feed between two lines of text, which changes nothing but where the line
 * starts, is passed over without leaving that loop. Whether to stop is asked between calls.
 */
final class IndexScan extends RangeLines {

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final boolean recordLines;

    /** Text lines after a blank line, not counting the range's first line; relative to start. */
    private int[] afterBlank = new int[64];
    private int afterBlankCount;
    /** Every text line but the range's first, relative to start (only with recordLines). */
    private int[] textLines = new int[64];
    private int textLineCount;

    private boolean lineBlank = true;
    private boolean maybeWhite;
    private boolean previousBlank;
    private boolean firstLine = true;
    /**
     * The last line ended had text: ending another line with text then changes nothing but, one a
     * line, the list of lines. Kept as one field rather than tested as "not the first line, and the
     * line before not blank", so the JIT sees no test that only a range's start takes (an
     * uncommon trap there sent the next range back to the interpreter).
     */
    private boolean textBefore;

    /** @param window bytes mapped and read at a time */
    IndexScan(long start, long end, boolean recordLines, long window) {
        this(start, end, recordLines, window, CHUNK);
    }

    /** @param chunk bytes read by one call, at most the window (small in tests, to cut lines) */
    IndexScan(long start, long end, boolean recordLines, long window, int chunk) {
        super(start, end, window, chunk);
        this.recordLines = recordLines;
    }

    int[] afterBlank() {
        return Arrays.copyOf(afterBlank, afterBlankCount);
    }

    /** The starts after the range's first line as {@code blankSeparated} says (one a line: with recordLines). */
    int[] starts(boolean blankSeparated) {
        return blankSeparated ? afterBlank() : textLines();
    }

    @Override
    long startsAfterFirstLine(boolean blankSeparated) {
        return blankSeparated ? afterBlankCount : textLineCount;
    }

    int[] textLines() {
        return Arrays.copyOf(textLines, textLineCount);
    }

    /**
     * Scans the range, asking {@code cancelled} every {@link RangeLines#CHUNK} bytes (it may also
     * wait there); a file cut shorter meanwhile is an {@link IOException}.
     */
    IndexScan scan(FileChannel channel, BooleanSupplier cancelled) throws IOException {
        readLines(channel, 0, cancelled);
        return this;
    }

    @Override
    boolean hasText() {
        return !lineBlank && !maybeWhite;
    }

    @Override
    void noteByte(ByteBuffer bytes, long base, int i, byte b) {
        if (b >= 0x21 && b < 0x7F) {
            lineBlank = false;
            maybeWhite = false;
        } else if (b != ' ' && b != '\t') {
            // Controls are visible text once sanitized. Non-ASCII: only a few lead bytes can
            // start Unicode white space (U+1680, U+2000 to U+205F, U+3000); a line with nothing
            // else is decoded to tell.
            int u = b & 0xFF;
            boolean lead = u >= 0xC0;
            maybeWhite = b < 0 && (lineBlank || maybeWhite) && (!lead || u == 0xE1 || u == 0xE2 || u == 0xE3);
            lineBlank = false;
        }
    }

    /**
     * Skips the rest of a line with text from {@code i}, eight bytes at a time, to the first byte
     * below 0x0E (a CR, an LF or one of a few controls, which change nothing in such a line);
     * returns its index, or {@code to}. A line feed followed by visible ASCII between two lines of
     * text (see {@link #textBefore}) is passed over here, the next line's start noted.
     */
    @Override
    int passText(ByteBuffer bytes, int i, int to, long base) {
        boolean passLineFeeds = textBefore;
        // Words end a byte before the mapping does, so the byte after a flagged one can be read.
        int stop = Math.min(to, bytes.limit() - 1);
        while (i + 8 <= stop) {
            long w = bytes.getLong(i);
            long flagged = belowCr(w);
            if (flagged != 0) {
                int at = i + (Long.numberOfTrailingZeros(flagged) >>> 3);
                if (!passLineFeeds || !textFollowsLineFeed(bytes, at)) {
                    return at;
                }
                // The next line starts with a visible byte: it has text, after text.
                if (recordLines) {
                    textLines = add(textLines, textLineCount++, (int) (lineStart - start));
                }
                lineStart = base + at + 1;
                i = at + 1;
                continue;
            }
            i += 8;
        }
        while (i < to && (bytes.get(i) < 0 || bytes.get(i) >= 0x0E)) {
            i++;
        }
        return i;
    }

    /**
     * Whether bytes[at] is a line feed and the byte after it (which may lie beyond the call's end,
     * never beyond the mapping) is visible ASCII.
     */
    private static boolean textFollowsLineFeed(ByteBuffer bytes, int at) {
        byte next = bytes.get(at + 1);
        return bytes.get(at) == '\n' & next >= 0x21 & next < 0x7F;
    }

    /**
     * High bit set in each byte of {@code w} below 0x0E, and perhaps in bytes above one (a borrow
     * only moves upward from such a byte), so the lowest flag is exact.
     */
    static long belowCr(long w) {
        return (w - ONES * 0x0E) & ~w & HIGHS;
    }

    @Override
    void endLine(FileChannel channel, long lineEnd) throws IOException {
        boolean blank = lineBlank || (maybeWhite && blankOnceDecoded(channel, lineStart, lineEnd));
        shapeLine(blank, firstLine);
        if (!blank && !firstLine) {
            int relative = (int) (lineStart - start);
            if (previousBlank) {
                afterBlank = add(afterBlank, afterBlankCount++, relative);
            }
            if (recordLines) {
                textLines = add(textLines, textLineCount++, relative);
            }
        }
        previousBlank = blank;
        textBefore = !blank;
        firstLine = false;
        lineBlank = true;
        maybeWhite = false;
    }

    private static int[] add(int[] array, int at, int value) {
        int[] into = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        into[at] = value;
        return into;
    }
}
