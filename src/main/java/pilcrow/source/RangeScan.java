package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import pilcrow.core.find.Guard;
import pilcrow.work.Workers;

/**
 * Work on a large file in parts, run in parallel and taken in order: the index's ranges, the
 * search's ranges and a long paragraph's pieces. Results reach the caller on its own thread, in
 * the parts' order, with a cancel check between parts; a part's {@link IOException} or
 * {@link Guard.Stopped} is rethrown as itself, so no caller unwraps an {@link ExecutionException}.
 *
 * <p>The workers are never interrupted: a thread interrupted in a read closes the channel for
 * every user of it, and the channel is often a {@link LargeFile}'s own. A part already running
 * when the work is cancelled ends by its own checks.
 */
final class RangeScan {

    /** A part of the work, run on a worker. */
    interface Part<T> {
        T run() throws IOException;
    }

    /** Takes each part's result in order, on the caller's thread. */
    interface Taker<T> {
        void take(int index, T result) throws IOException;
    }

    /** Bytes [from, to) of a file. */
    record Range(long from, long to) {
    }

    private final String name;
    private final String what;
    private final int threads;

    /**
     * @param name    the workers' thread name
     * @param what    what is interrupted, for the message ("indexing", "search")
     * @param threads at most this many parts at once
     */
    RangeScan(String name, String what, int threads) {
        this.name = name;
        this.what = what;
        this.threads = Math.max(1, threads);
    }

    /**
     * {@code [begin, size)} in ranges of about {@code nominal} bytes, each but the last ending just
     * after a line break, so that no line is split between two.
     */
    static List<Range> split(FileChannel channel, long begin, long size, long nominal) throws IOException {
        List<Range> ranges = new ArrayList<>();
        for (long from = begin; from < size; ) {
            long to = from + nominal >= size ? size : MappedSearch.afterLineBreak(channel, from + nominal, size);
            ranges.add(new Range(from, to));
            from = to;
        }
        return ranges;
    }

    /**
     * Runs the parts, at most {@code ahead} of them started beyond the one being taken (bounding
     * what is held at once), and hands each result to {@code taker} in order. A part that would
     * start once {@code cancelled} says so does not run.
     *
     * @return true when every part was taken; false when cancelled was seen between two parts
     */
    <T> boolean run(List<? extends Part<T>> parts, int ahead, BooleanSupplier cancelled, Taker<T> taker)
            throws IOException {
        ExecutorService pool = Workers.pool(name, Math.min(threads, Math.max(1, parts.size())), Thread.NORM_PRIORITY);
        Deque<Future<T>> running = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int taken = 0; taken < parts.size(); taken++) {
                while (submitted < parts.size() && submitted - taken < Math.max(1, ahead)) {
                    Part<T> part = parts.get(submitted++);
                    running.add(pool.submit(() -> cancelled.getAsBoolean() ? null : part.run()));
                }
                T result = running.removeFirst().get();
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                taker.take(taken, result);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(what + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Guard.Stopped stopped) {
                throw stopped;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            running.forEach(future -> future.cancel(false));
            pool.shutdown();
        }
    }
}
