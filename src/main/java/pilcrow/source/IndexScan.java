package pilcrow.source;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
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
 */
final class IndexScan implements RangeShape {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    final long start;
    final long end;
    private final boolean recordLines;
    /** Bytes copied out of the mapping at a time. */
    static final int BUFFER = 1 << 20;

    private final int bufferSize;

    boolean firstLineSeen;
    boolean firstLineIsText;
    boolean lastLineBlank = true;
    boolean hasText;
    boolean blankBeforeFirstText;
    boolean blankAfterLastText;
    boolean innerSeparator;

    @Override
    public boolean innerSeparator() {
        return innerSeparator;
    }

    @Override
    public boolean hasText() {
        return hasText;
    }

    @Override
    public boolean blankBeforeFirstText() {
        return blankBeforeFirstText;
    }

    @Override
    public boolean blankAfterLastText() {
        return blankAfterLastText;
    }
    /** Text lines after a blank line, not counting the range's first line; relative to start. */
    private int[] afterBlank = new int[64];
    private int afterBlankCount;
    /** Every text line but the range's first, relative to start (only with recordLines). */
    private int[] textLines = new int[64];
    private int textLineCount;

    private long lineStart;
    private boolean lineBlank = true;
    private boolean maybeWhite;
    private boolean previousBlank;
    private boolean firstLine = true;
    private boolean pendingCr;

    IndexScan(long start, long end, boolean recordLines, int bufferSize) {
        if (end - start > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a range of " + (end - start) + " bytes is too large");
        }
        this.start = start;
        this.end = end;
        this.recordLines = recordLines;
        this.bufferSize = Math.max(16, bufferSize);
    }

    int[] afterBlank() {
        return Arrays.copyOf(afterBlank, afterBlankCount);
    }

    int[] textLines() {
        return Arrays.copyOf(textLines, textLineCount);
    }

    /**
     * Scans the range. A file cut shorter meanwhile makes the mapping fail with an
     * {@link InternalError}: it is turned into an {@link IOException}.
     */
    IndexScan scan(FileChannel channel, BooleanSupplier cancelled) throws IOException {
        byte[] bytes = new byte[bufferSize];
        lineStart = start;
        long position = start;
        MappedByteBuffer window = null;
        long windowStart = 0;
        try {
            while (position < end) {
                if (cancelled.getAsBoolean()) {
                    return this;
                }
                if (window == null || position >= windowStart + window.capacity()) {
                    windowStart = position;
                    window = channel.map(FileChannel.MapMode.READ_ONLY, position,
                            Math.min(LineScan.MAP_WINDOW, end - position));
                }
                int read = (int) Math.min(Math.min(bufferSize, end - position), windowStart + window.capacity() - position);
                window.get((int) (position - windowStart), bytes, 0, read);
                lines(channel, bytes, read, position);
                position += read;
            }
        } catch (InternalError e) {
            throw new IOException("the file changed while it was read", e);
        }
        if (lineStart < end) {
            endLine(channel, end);
        }
        return this;
    }

    private void lines(FileChannel channel, byte[] bytes, int to, long base) throws IOException {
        int i = 0;
        while (i < to) {
            if (pendingCr) {
                pendingCr = false;
                if (bytes[i] == '\n') {
                    lineStart = base + i + 1;
                    i++;
                    continue;
                }
            }
            if (!lineBlank && !maybeWhite) {
                i = skipPrintable(bytes, i, to);
                if (i >= to) {
                    break;
                }
            }
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                endLine(channel, base + i);
                lineStart = base + i + 1;
                pendingCr = b == '\r';
            } else if (b >= 0x21 && b < 0x7F) {
                lineBlank = false;
                maybeWhite = false;
            } else if (b != ' ' && b != '\t') {
                // Non-ASCII: only a few lead bytes can start Unicode white space (U+1680, U+2000
                // to U+205F, U+3000); a line with nothing else is decoded to tell.
                int u = b & 0xFF;
                boolean lead = u >= 0xC0;
                maybeWhite = b < 0 && (lineBlank || maybeWhite) && (!lead || u == 0xE1 || u == 0xE2 || u == 0xE3);
                lineBlank = false;
            }
            i++;
        }
    }

    private static int skipPrintable(byte[] bytes, int i, int to) {
        while (i + 8 <= to) {
            long w = (long) LONGS.get(bytes, i);
            long flagged = (((w - ONES * 0x20) | w) & HIGHS) | ((w + ONES) & HIGHS & ~w);
            if (flagged != 0) {
                return i + (Long.numberOfTrailingZeros(flagged) >>> 3);
            }
            i += 8;
        }
        while (i < to && bytes[i] >= 0x20 && bytes[i] < 0x7F) {
            i++;
        }
        return i;
    }

    private void endLine(FileChannel channel, long lineEnd) throws IOException {
        boolean blank = lineBlank || (maybeWhite && blankOnceDecoded(channel, lineStart, lineEnd));
        if (firstLine) {
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
        } else {
            if (hasText && blankAfterLastText) {
                innerSeparator = true;
            }
            if (!firstLine) {
                int relative = (int) (lineStart - start);
                if (previousBlank) {
                    afterBlank = add(afterBlank, afterBlankCount++, relative);
                }
                if (recordLines) {
                    textLines = add(textLines, textLineCount++, relative);
                }
            }
            hasText = true;
            blankAfterLastText = false;
        }
        previousBlank = blank;
        firstLine = false;
        lineBlank = true;
        maybeWhite = false;
    }

    private static int[] add(int[] array, int at, int value) {
        int[] into = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        into[at] = value;
        return into;
    }

    private static boolean blankOnceDecoded(FileChannel channel, long from, long to) throws IOException {
        return MappedSearch.paragraphText(MappedSearch.read(channel, from, (int) Math.min(Integer.MAX_VALUE - 16,
                to - from))).isEmpty();
    }
}
