package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.function.BooleanSupplier;

/**
 * One pass over a range of a plain-text file, line by line, read in place from the mapping: the
 * loop the index's scan ({@link IndexScan}) and the search's ({@link LineScan}) share. Each reads
 * a call's bytes its own way ({@link #lines}), since they look for different things in a line,
 * and notes each line's end ({@link #endLine}); the mapping, the calls and the stop are here.
 *
 * <p>Lines end at {@code \n}, at {@code \r\n} and at a lone {@code \r}, as {@code TextNormalizer}
 * has it; a CR ending one call and an LF starting the next are one end ({@link #pendingCr}).
 */
abstract class RangeLines extends RangeShape {

    /** Bytes mapped at a time: a range is usually one window. */
    static final long MAP_WINDOW = 256L << 20;
    /**
     * Bytes read by one call of {@link #lines}. Many short calls let the JIT see every way out of
     * its loops early: one long loop compiled without its exit (never taken while profiling) was
     * thrown back to the interpreter at each range's end, and the next range began interpreted.
     */
    static final int CHUNK = 64 << 10;

    final long start;
    final long end;
    /** Bytes mapped at a time (a few in tests, to cut lines and words). */
    private final long window;
    /** Bytes read by one call: whether to stop is asked between calls. */
    private final int chunk;

    /** Where the line being read starts. */
    long lineStart;
    /** The last byte read was a CR: an LF next belongs to the same line end. */
    boolean pendingCr;

    /**
     * @param window bytes mapped at a time
     * @param chunk  bytes read by one call, at most the window
     */
    RangeLines(long start, long end, long window, int chunk) {
        if (end - start > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a range of " + (end - start) + " bytes is too large");
        }
        this.start = start;
        this.end = end;
        this.window = Math.max(1, window);
        this.chunk = (int) Math.max(1, Math.min(chunk, this.window));
    }

    /**
     * Reads the range a window at a time, each mapped with {@code margin} more bytes on either
     * side (within the range: a word cut by the window's edge is still compared whole), in calls
     * of {@link #chunk} bytes, asking {@code cancelled} before each (it may also wait there). A
     * file cut shorter meanwhile makes reading the mapping fail with an {@link InternalError}: it
     * is turned into an {@link IOException}.
     */
    final void readLines(FileChannel channel, int margin, BooleanSupplier cancelled) throws IOException {
        lineStart = start;
        if (!mapped(channel, start, end, window, chunk, margin, cancelled,
                (bytes, from, to, base) -> lines(channel, bytes, from, to, base))) {
            return;
        }
        if (lineStart < end) {
            endLine(channel, end);
        }
    }

    /** Reads bytes[from, to) of a mapping whose bytes[0] is at file offset {@code base}. */
    interface Chunk {
        void read(ByteBuffer bytes, int from, int to, long base) throws IOException;
    }

    /**
     * Maps [start, end) a window at a time, each with {@code margin} more bytes on either side
     * (within [start, end)), and hands {@code chunk} bytes at a time to {@code reader}, asking
     * {@code cancelled} before each; false when it said stop. A file cut shorter meanwhile makes
     * reading the mapping fail with an {@link InternalError}: it is turned into an {@link IOException}.
     */
    static boolean mapped(FileChannel channel, long start, long end, long window, int chunk, int margin,
                          BooleanSupplier cancelled, Chunk reader) throws IOException {
        long position = start;
        try {
            while (position < end) {
                long scanEnd = Math.min(end, position + window);
                long mapStart = Math.max(start, position - margin);
                long mapEnd = Math.min(end, scanEnd + margin);
                ByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, mapStart, mapEnd - mapStart)
                        .order(ByteOrder.LITTLE_ENDIAN);
                for (long from = position; from < scanEnd; from += chunk) {
                    if (cancelled.getAsBoolean()) {
                        return false;
                    }
                    reader.read(bytes, (int) (from - mapStart), (int) (Math.min(scanEnd, from + chunk) - mapStart),
                            mapStart);
                }
                position = scanEnd;
            }
        } catch (InternalError e) {
            throw new IOException("the file changed while it was read", e);
        }
        return true;
    }

    /**
     * Reads bytes[from, to) line by line (bytes[0] is at file offset {@code base}): a line's end is
     * handed to {@link #endLine}, any other byte to {@link #noteByte}, and once a line has text
     * what follows is passed over by {@link #passText}, eight bytes at a time. The two scans are
     * the two cases of each call, so the JIT inlines both here.
     */
    final void lines(FileChannel channel, ByteBuffer bytes, int from, int to, long base) throws IOException {
        int i = from;
        while (i < to) {
            byte b = bytes.get(i);
            if (pendingCr) {
                pendingCr = false;
                if (b == '\n') {
                    lineStart = base + i + 1;
                    i++;
                    continue;
                }
            }
            if (hasText()) {
                i = passText(bytes, i, to, base);
                if (i >= to) {
                    break;
                }
                b = bytes.get(i);
            }
            if (b == '\n' || b == '\r') {
                endLine(channel, base + i);
                lineStart = base + i + 1;
                pendingCr = b == '\r';
            } else {
                noteByte(bytes, base, i, b);
            }
            i++;
        }
    }

    /** Whether the line being read has text that only {@link #passText} needs to read on. */
    abstract boolean hasText();

    /**
     * Passes over the line's text from {@code i}; returns the index of the first byte the byte loop
     * must see (a line end, or one the scan looks at), or {@code to}. Bytes up to the buffer's
     * limit (the margin) may be looked at.
     */
    abstract int passText(ByteBuffer bytes, int i, int to, long base);

    /** A byte of the line that is not its end, bytes[i] at file offset {@code base + i}. */
    abstract void noteByte(ByteBuffer bytes, long base, int i, byte b);

    /** The line from {@link #lineStart} to {@code lineEnd} (its terminator's offset) has ended. */
    abstract void endLine(FileChannel channel, long lineEnd) throws IOException;

    /**
     * A line whose only text is non-ASCII may still be blank: an ideographic space is white space
     * to the paragraph splitter. Rare, so such a line is decoded to tell.
     */
    static boolean blankOnceDecoded(FileChannel channel, long from, long to) throws IOException {
        return MappedSearch.paragraphText(MappedSearch.read(channel, from, (int) Math.min(Integer.MAX_VALUE - 16,
                to - from))).isEmpty();
    }
}
