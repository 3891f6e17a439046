package pilcrow.core.large;

import java.util.Arrays;
import pilcrow.core.model.Numbering;

/**
 * Where the paragraphs of a {@link LargeText} start, as far as it has been indexed: an immutable
 * snapshot, built range by range in the background and handed to the app in messages. Offsets are
 * kept per range as ints relative to the range's start (4 bytes a paragraph).
 *
 * <p>"Raw" paragraphs are all of the text's paragraphs; the body numbers skip the title (when
 * there is one) and, once complete, leave out the source line.
 */
public final class ParagraphIndex implements Numbering {

    private final long[] rangeStarts;
    private final int[][] starts;
    private final int[] before;
    private final int raw;
    private final long indexedBytes;
    private final long size;
    private final boolean complete;
    private final int shift;
    private final boolean dropLast;

    /**
     * @param rangeStarts  where each indexed range starts, in order
     * @param starts       per range, the raw paragraph starts in it, relative to its start
     * @param indexedBytes where the indexed part ends (paragraphs starting before it are known)
     * @param shift        1 when the first raw paragraph is the title
     * @param dropLast     the last raw paragraph is the source line (only when complete)
     */
    public ParagraphIndex(long[] rangeStarts, int[][] starts, long indexedBytes, long size, boolean complete,
                          int shift, boolean dropLast) {
        this.rangeStarts = rangeStarts;
        this.starts = starts;
        this.before = new int[starts.length];
        int count = 0;
        for (int i = 0; i < starts.length; i++) {
            before[i] = count;
            count += starts[i].length;
        }
        this.raw = count;
        this.indexedBytes = indexedBytes;
        this.size = size;
        this.complete = complete;
        this.shift = shift;
        this.dropLast = dropLast && complete;
    }

    /** Nothing indexed yet. */
    public static ParagraphIndex empty(long size, int shift) {
        return new ParagraphIndex(new long[0], new int[0][], 0, size, false, shift, false);
    }

    public boolean complete() {
        return complete;
    }

    /** How far the index has come, 0-100. */
    public int percent() {
        return complete || size <= 0 ? 100 : (int) Math.min(99, indexedBytes * 100 / size);
    }

    /** The size of the text this index numbers. */
    public long size() {
        return size;
    }

    public long indexedBytes() {
        return indexedBytes;
    }

    /** Body paragraphs numbered so far (all of them once complete). */
    public int count() {
        return Math.max(0, raw - shift - (dropLast ? 1 : 0));
    }

    /** The body paragraphs there will be: exact once complete, else from the rate so far. */
    public int estimatedTotal(int fallback) {
        if (complete) {
            return count();
        }
        if (raw == 0 || indexedBytes <= 0) {
            return Math.max(count(), fallback);
        }
        double perByte = (double) raw / indexedBytes;
        long guess = raw + Math.round((size - indexedBytes) * perByte) - shift;
        return (int) Math.max(count(), Math.min(Integer.MAX_VALUE, guess));
    }

    /** Where body paragraph {@code number} (from 1, at most {@link #count()}) starts. */
    public long offsetOf(int number) {
        if (number < 1 || number > count()) {
            throw new IndexOutOfBoundsException("paragraph " + number + " of " + count() + " indexed");
        }
        int index = number - 1 + shift;
        int low = 0;
        int high = before.length - 1;
        while (low < high) { // the last range whose first paragraph is at or before index
            int mid = (low + high + 1) >>> 1;
            if (before[mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int range = low;
        return rangeStarts[range] + starts[range][index - before[range]];
    }

    /** Places are byte offsets: every paragraph starting before the indexed bytes' end is numbered. */
    @Override
    public long numberedUpTo() {
        return indexedBytes;
    }

    /** A place is a byte offset: where body paragraph {@code number} starts. */
    @Override
    public long placeOf(int number) {
        return offsetOf(number);
    }

    /**
     * The body number of the paragraph that starts at {@code offset}, or -1 when that part is not
     * indexed yet (or no body paragraph starts there).
     */
    public int numberAt(long offset) {
        int range = rangeHolding(offset);
        if (range < 0) {
            return -1;
        }
        int at = Arrays.binarySearch(starts[range], (int) (offset - rangeStarts[range]));
        if (at < 0) {
            return -1;
        }
        int number = before[range] + at - shift + 1;
        return number >= 1 && number <= count() ? number : -1;
    }

    /**
     * The body number of the paragraph holding {@code offset} (one starting there or the last
     * before it: a piece of a long paragraph), or -1 when that part is not indexed yet or the
     * offset is before the body.
     */
    public int numberHolding(long offset) {
        int raw = rawHolding(offset);
        int number = raw - shift;
        return raw > 0 && number >= 1 && number <= count() ? number : -1;
    }

    /**
     * The paragraph holding {@code offset} counted among all the text's paragraphs, title and
     * source line included (from 1), or -1 when that part is not indexed yet or the offset is
     * before the first paragraph: the numbers a search of the whole file gives.
     */
    public int rawHolding(long offset) {
        int range = rangeHolding(offset);
        if (range < 0) {
            return -1;
        }
        int relative = (int) Math.min(Integer.MAX_VALUE, offset - rangeStarts[range]);
        int at = Arrays.binarySearch(starts[range], relative);
        if (at < 0) {
            at = -at - 2; // the last start before it; -1: the last start of an earlier range
        }
        int raw = before[range] + at + 1;
        return raw >= 1 ? raw : -1;
    }

    /** All the text's paragraphs indexed so far, title and source line included. */
    public int rawCount() {
        return raw;
    }

    /** The indexed range that holds {@code offset}, or -1 when that part is not indexed yet. */
    private int rangeHolding(long offset) {
        if (offset < 0 || offset >= indexedBytes || raw == 0) {
            return -1;
        }
        int range = Arrays.binarySearch(rangeStarts, offset);
        return range >= 0 ? range : -range - 2;
    }

    /** The same starts, numbered with the title and source decided again (a mode found late). */
    public ParagraphIndex withEnds(int newShift, boolean newDropLast) {
        return new ParagraphIndex(rangeStarts, starts, indexedBytes, size, complete, newShift, newDropLast);
    }

    /** Where the last paragraph indexed starts (title and source line counted), or -1 when there is none. */
    public long lastRawStart() {
        for (int range = starts.length - 1; range >= 0; range--) {
            if (starts[range].length > 0) {
                return rangeStarts[range] + starts[range][starts[range].length - 1];
            }
        }
        return -1;
    }

    /**
     * This index up to {@code tail}'s first range, then {@code tail}'s ranges: a grown file's index
     * made of the old one and a scan of what follows its last paragraph (so the paragraph that grew
     * is read again, and nothing before it). The ranges kept are this index's own arrays.
     *
     * @param tail     the index of a scan that starts where this one's last paragraph starts
     * @param shift    1 when the first raw paragraph is the title
     * @param dropLast the last raw paragraph is the source line
     */
    public ParagraphIndex joined(ParagraphIndex tail, int shift, boolean dropLast) {
        long cut = tail.rangeStarts.length == 0 ? tail.size : tail.rangeStarts[0];
        java.util.List<Long> at = new java.util.ArrayList<>();
        java.util.List<int[]> kept = new java.util.ArrayList<>();
        for (int range = 0; range < starts.length && rangeStarts[range] < cut; range++) {
            int[] own = starts[range];
            int before = 0;
            while (before < own.length && rangeStarts[range] + own[before] < cut) {
                before++;
            }
            at.add(rangeStarts[range]);
            kept.add(before == own.length ? own : Arrays.copyOf(own, before));
        }
        for (int range = 0; range < tail.starts.length; range++) {
            at.add(tail.rangeStarts[range]);
            kept.add(tail.starts[range]);
        }
        long[] rangeAt = new long[at.size()];
        for (int i = 0; i < rangeAt.length; i++) {
            rangeAt[i] = at.get(i);
        }
        return new ParagraphIndex(rangeAt, kept.toArray(new int[0][]), tail.indexedBytes, tail.size, tail.complete,
                shift, dropLast);
    }

    /** Whether the ranges starting before {@code cut} are {@code older}'s very arrays (the index was extended, not rebuilt). */
    public boolean sharesRangesBefore(ParagraphIndex older, long cut) {
        for (int range = 0; range < older.starts.length && older.rangeStarts[range] < cut; range++) {
            int[] own = older.starts[range];
            boolean whole = own.length == 0 || older.rangeStarts[range] + own[own.length - 1] < cut;
            if (whole && (range >= starts.length || starts[range] != own)) {
                return false;
            }
        }
        return true;
    }
}
