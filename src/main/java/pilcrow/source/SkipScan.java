package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import pilcrow.core.find.WordBytes;

/**
 * The search's first pass over a range, as grep makes it: only the lines that may hold a match
 * are found (those holding the word, and those holding any byte that is not printable ASCII, a
 * space or a tab, which may match once decoded, as in {@link LineScan}), and nothing is counted.
 * Numbering them is left to the index or to a count of the stretch before them
 * ({@link MappedSearch}), so a search of a file already indexed reads each byte once, at the
 * cost of two tests a long.
 *
 * <p>The range starts at a line's start and ends after a line break ({@link RangeScan#split}), so
 * every line it holds is its own. A line found is not read further: the scan jumps to its end.
 */
final class SkipScan {

    private static final long ONES = WordBytes.ONES;
    private static final long HIGHS = WordBytes.HIGHS;
    private static final long LOW7 = ~HIGHS;

    final long start;
    final long end;
    private final WordBytes word;
    /** Whether to look for bytes that are not printable ASCII (not when the file is known to have none). */
    private final boolean special;
    private final long window;
    private final Lines lines;
    /** A byte that is not printable ASCII was seen (only when looked for). */
    boolean sawSpecial;

    /** Where the lines found start, in order, once each. */
    private long[] found = new long[16];
    private int count;
    /** The last byte that made a line be found: a later one with no line break between is in the same line. */
    private long lastAt = -1;
    /** The last call ended inside a line found: the next goes on to its end. */
    private boolean inFoundLine;

    /** @param window bytes mapped at a time (small in tests, to cut words and lines) */
    SkipScan(long start, long end, WordBytes word, boolean special, long window, Lines lines) {
        this.start = start;
        this.end = end;
        this.word = word;
        this.special = special;
        this.window = Math.max(1, window);
        this.lines = lines;
    }

    /** The starts of the lines that may hold a match, in order. */
    long[] lineStarts() {
        return Arrays.copyOf(found, count);
    }

    /**
     * Reads the range a window at a time, each mapped with the word's length less one more bytes
     * on either side (within the range), so a word cut by a window's edge is compared whole; asks
     * {@code cancelled} every {@link RangeLines#CHUNK} bytes.
     */
    SkipScan scan(FileChannel channel, BooleanSupplier cancelled) throws IOException {
        RangeLines.mapped(channel, start, end, window, (int) Math.min(RangeLines.CHUNK, window), word.length() - 1,
                cancelled, this::pass);
        return this;
    }

    /** Looks at bytes[i, to) (bytes[0] is at file offset {@code base}), eight at a time. */
    private void pass(ByteBuffer bytes, int i, int to, long base) throws IOException {
        if (inFoundLine) {
            i = lineEnd(bytes, i, to);
        }
        while (i + 8 <= to) {
            long w = bytes.getLong(i);
            long flags = special ? word.rareBytes(w) | special(w) : word.rareBytes(w);
            if (flags == 0) {
                i += 8;
                continue;
            }
            // The lowest flag of either test is exact; those above it are tested again from the next byte.
            int at = i + (Long.numberOfTrailingZeros(flags) >>> 3);
            i = look(bytes, at, base) ? lineEnd(bytes, at + 1, to) : at + 1;
        }
        while (i < to) {
            byte b = bytes.get(i);
            i = (word.isRare(b) || (special && isSpecial(b))) && look(bytes, i, base) ? lineEnd(bytes, i + 1, to) : i + 1;
        }
    }

    /**
     * High bit set in each byte of {@code w} that is not printable ASCII and not a line feed (a
     * tab or a CR is flagged too, and passed over by {@link #look}), perhaps above such a byte
     * too; the lowest flag is exact, as no carry comes up to it from below.
     */
    static long special(long w) {
        long y = w ^ (ONES * '\n');
        long lineFeeds = ~(((y & LOW7) + LOW7) | y | LOW7);
        return (w | ~(w + ONES * 0x60) | (w + ONES)) & HIGHS & ~lineFeeds;
    }

    /** Whether a line holding {@code b} must be decoded and searched (as {@link LineScan} has it). */
    static boolean isSpecial(byte b) {
        return (b < 0x20 || b == 0x7F) && b != '\t' && b != '\n' && b != '\r';
    }

    /**
     * Notes the line of bytes[at] when that byte is special or starts the word there; whether the
     * rest of the line may be passed over (not after the word while looking for special bytes:
     * whether the file has any is kept, see {@link #sawSpecial}).
     */
    private boolean look(ByteBuffer bytes, int at, long base) throws IOException {
        byte b = bytes.get(at);
        boolean isSpecial = special && isSpecial(b);
        if (!isSpecial && !(word.isRare(b) && word.isAt(bytes, at - word.rare))) {
            return false;
        }
        sawSpecial |= isSpecial;
        long offset = base + at;
        long floor = Math.max(start, lastAt + 1);
        long p = offset - 1;
        while (p >= floor && !isBreak(bytes, base, p)) {
            p--;
        }
        lastAt = offset;
        if (p >= floor || floor == start) { // a break found (the line starts after it), or the range's first line
            add(p + 1);
        } // else no break since the last byte found: the same line
        return isSpecial || !special;
    }

    private static byte byteAt(ByteBuffer bytes, long base, long p, Lines lines) throws IOException {
        long i = p - base;
        return i >= 0 && i < bytes.limit() ? bytes.get((int) i) : lines.byteAt(p);
    }

    private boolean isBreak(ByteBuffer bytes, long base, long p) throws IOException {
        byte b = byteAt(bytes, base, p, lines);
        return b == '\n' || b == '\r';
    }

    /** The index of the first line break in bytes[i, to), or {@code to} (then the line goes on into the next call). */
    private int lineEnd(ByteBuffer bytes, int i, int to) {
        while (i < to) {
            byte b = bytes.get(i);
            if (b == '\n' || b == '\r') {
                inFoundLine = false;
                return i;
            }
            i++;
        }
        inFoundLine = true;
        return to;
    }

    private void add(long lineStart) {
        if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = lineStart;
    }
}
