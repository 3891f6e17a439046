package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pilcrow.core.large.ParagraphIndex;

/**
 * Builds a {@link LargeFile}'s {@link ParagraphIndex}: the file's ranges scanned in parallel by
 * {@link IndexScan} on a {@link RangeScan}, their paragraph starts stitched together in order,
 * with a snapshot now and then for the reader to number what it has so far.
 */
final class LargeIndexer {

    static final long MIN_RANGE = 4L << 20;
    /**
     * At most one progress snapshot in this time: each is laid out and drawn again on the UI
     * thread (a few ms of a core), which the index needs.
     */
    static final long PROGRESS_NANOS = 250_000_000L;

    /**
     * What the scan ends with: every range's scan and their starts when {@code whole}; else (cancelled)
     * the last snapshot handed out.
     */
    record Scanned(boolean whole, List<IndexScan> scans, Starts starts, ParagraphIndex last) {
    }

    private final FileChannel channel;
    private final long begin;
    private final long size;
    private final Tuning tuning;

    LargeIndexer(TextFile file, Tuning tuning) {
        this.channel = file.channel();
        this.begin = file.begin();
        this.size = file.size();
        this.tuning = tuning;
    }

    /**
     * Scans every range, stitching paragraph starts as {@code blankSeparated} says, and hands
     * {@code progress} a snapshot (numbered with {@code shift}) at most every {@link #PROGRESS_NANOS}.
     */
    Scanned scan(boolean blankSeparated, int shift, ParagraphIndex empty, Consumer<ParagraphIndex> progress,
                 BooleanSupplier cancelled) throws IOException {
        return scan(begin, blankSeparated, shift, empty, progress, cancelled);
    }

    /**
     * As above, from {@code from} (the start of a line that starts a paragraph) to the end: what
     * follows the last paragraph of an index made before the file grew.
     */
    Scanned scan(long from, boolean blankSeparated, int shift, ParagraphIndex empty, Consumer<ParagraphIndex> progress,
                 BooleanSupplier cancelled) throws IOException {
        long nominal = tuning.rangeSize() > 0 ? tuning.rangeSize()
                : Math.max(MIN_RANGE, Math.min(64L << 20, (size - begin) / (tuning.threads() * 8L) + 1));
        List<IndexScan> scans = new ArrayList<>();
        for (RangeScan.Range range : RangeScan.split(channel, from, size, nominal)) {
            scans.add(new IndexScan(range.from(), range.to(), !blankSeparated, tuning.window()));
        }
        List<RangeScan.Part<IndexScan>> parts = new ArrayList<>();
        scans.forEach(scan -> parts.add(() -> scan.scan(channel, cancelled)));
        Starts starts = new Starts(blankSeparated);
        ParagraphIndex[] snapshot = {empty};
        long[] lastPost = {0};
        boolean whole = new RangeScan("pilcrow-index", "indexing", tuning.threads()).run(parts, parts.size(), cancelled, (i, scan) -> {
            starts.add(scan);
            if (i < parts.size() - 1 && System.nanoTime() - lastPost[0] > PROGRESS_NANOS) {
                snapshot[0] = starts.index(size, false, shift, false);
                progress.accept(snapshot[0]);
                lastPost[0] = System.nanoTime();
            }
        });
        return new Scanned(whole, scans, starts, snapshot[0]);
    }

    /** The whole index of scans made one paragraph a line, read again as blank-line separated. */
    static ParagraphIndex stitched(List<IndexScan> scans, long size, int shift, boolean dropLast) {
        Starts again = new Starts(true);
        scans.forEach(again::add);
        return again.index(size, true, shift, dropLast);
    }

    /** Ranges' paragraph starts put together in order ({@link Stitch}), for a {@link ParagraphIndex}. */
    static final class Starts {
        private final Stitch stitch;
        private final List<Long> rangeStarts = new ArrayList<>();
        private final List<int[]> starts = new ArrayList<>();
        private long indexed;

        Starts(boolean blankSeparated) {
            this.stitch = new Stitch(blankSeparated);
        }

        void add(IndexScan scan) {
            int[] rest = scan.starts(stitch.blankSeparated());
            int[] all = rest;
            if (stitch.add(scan).firstStarts()) {
                all = new int[rest.length + 1];
                System.arraycopy(rest, 0, all, 1, rest.length);
            }
            rangeStarts.add(scan.start);
            starts.add(all);
            indexed = scan.end;
        }

        ParagraphIndex index(long size, boolean complete, int shift, boolean dropLast) {
            long[] at = new long[rangeStarts.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = rangeStarts.get(i);
            }
            return new ParagraphIndex(at, starts.toArray(new int[0][]), complete ? size : indexed, size, complete,
                    shift, dropLast);
        }
    }
}
