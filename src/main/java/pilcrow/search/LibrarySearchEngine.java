package pilcrow.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import pilcrow.work.Workers;

/**
 * The one search across a library, for the reader's {@code F} (its sink posts) and for
 * {@code pilcrow find} (its sink prints): documents are searched on every core, in batches of
 * {@link #BATCH} a few ahead of the one being taken, and taken in library order on the caller's
 * thread, so what the sink does is exactly what one document after another would give. A document
 * a worker leaves for its turn (a large file, which runs its own parallel scan) is searched by the
 * sink, on the caller's thread, when its turn comes.
 *
 * @param <D> a document as the caller knows it (a row, a source)
 * @param <R> what searching one document gives (hits, printed lines)
 */
public final class LibrarySearchEngine<D, R> {

    /**
     * Documents a task reads and searches, in order. One task a document cost more than most
     * documents: on two cores the taking thread was woken 10,000 times, and the 10,000-document
     * library took 390 ms of wall time for 90 ms of reading.
     */
    public static final int BATCH = 32;
    /** Batches read ahead per thread: enough to keep the threads busy while a slow one is taken. */
    public static final int BATCHES_AHEAD_PER_THREAD = 4;
    /** How long the taking thread waits for a batch before it asks whether it was cancelled. */
    static final long CANCEL_POLL_MILLIS = 20;

    /** The documents in library order; a scan may still be adding to them. */
    public interface Documents<D> {
        /** Up to {@code max} documents from index {@code from}, waiting until there are that many or no more come; none: the end. */
        List<D> next(int from, int max);

        /** As {@link #next}, without waiting: none while fewer than {@code max} are there and more may come. */
        List<D> ready(int from, int max);

        /** A list known whole from the start. */
        static <D> Documents<D> of(List<D> all) {
            return new Documents<>() {
                @Override
                public List<D> next(int from, int max) {
                    return all.subList(Math.min(from, all.size()), Math.min(all.size(), from + max));
                }

                @Override
                public List<D> ready(int from, int max) {
                    return next(from, max);
                }
            };
        }
    }

    /** One document's search, on a worker thread. */
    public interface Worker<D, R> {
        R search(int index, D document);
    }

    /** Takes each document's result on the caller's thread, in library order. */
    public interface Sink<D, R> {
        /** @return false to stop the search here */
        boolean take(int index, D document, R result);

        /** Every document before {@code end} is taken; false to stop the search here. */
        default boolean batchTaken(int end) {
            return true;
        }
    }

    private final String threadName;
    private final int threads;
    private final BooleanSupplier cancelled;
    private final AtomicBoolean failed = new AtomicBoolean();
    private final boolean awaitWorkers;

    /**
     * @param threadName   the workers' name
     * @param cancelled    asked between documents and while waiting for a batch
     * @param awaitWorkers whether {@link #run} returns only once its workers have ended (the
     *                     reader's, so no thread outlives a search), or at once (a command about to exit)
     */
    public LibrarySearchEngine(String threadName, int threads, BooleanSupplier cancelled, boolean awaitWorkers) {
        this.threadName = threadName;
        this.threads = Math.max(1, threads);
        this.cancelled = cancelled;
        this.awaitWorkers = awaitWorkers;
    }

    /** Cancelled, or a document's search failed: a worker asks this to stop within a document. */
    public boolean stopped() {
        return failed.get() || cancelled.getAsBoolean();
    }

    /**
     * Searches every document with {@code worker} and hands each result to {@code sink} in order.
     * A worker's exception is rethrown as itself, once the others have been told to stop.
     *
     * @return true when every document was taken; false when cancelled or stopped by the sink
     */
    public boolean run(Documents<D> documents, Worker<D, R> worker, Sink<D, R> sink) {
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Workers.pool(threadName, threads, Thread.NORM_PRIORITY);
        try {
            Deque<Batch<D, R>> queue = new ArrayDeque<>();
            int next = 0;
            while (true) {
                // Hand out what is there, a bounded number ahead; wait for more only when nothing
                // is pending, so what is found is taken without waiting for more to come.
                while (queue.size() < threads * BATCHES_AHEAD_PER_THREAD) {
                    List<D> batch = queue.isEmpty() ? documents.next(next, BATCH) : documents.ready(next, BATCH);
                    if (batch.isEmpty()) {
                        break;
                    }
                    int start = next;
                    queue.add(new Batch<>(start, batch, pool.submit(() -> {
                        workers.add(Thread.currentThread());
                        return search(start, batch, worker);
                    })));
                    next += batch.size();
                }
                Batch<D, R> head = queue.poll();
                if (head == null) {
                    return true;
                }
                List<R> results = take(head.results());
                if (results == null) {
                    return false;
                }
                for (int k = 0; k < results.size(); k++) {
                    if (!sink.take(head.start() + k, head.documents().get(k), results.get(k)) || stopped()) {
                        return false;
                    }
                }
                if (!sink.batchTaken(head.start() + results.size())) {
                    return false;
                }
            }
        } catch (RuntimeException | Error e) {
            failed.set(true); // the other workers stop too before it is told
            throw e;
        } finally {
            pool.shutdownNow();
            if (awaitWorkers) {
                awaitEnd(pool, workers);
            }
        }
    }

    /** A batch in the queue: the index of its first document, its documents, and their results being found. */
    private record Batch<D, R>(int start, List<D> documents, Future<List<R>> results) {
    }

    /** Searches a batch in order; stops when the search is. */
    private List<R> search(int start, List<D> batch, Worker<D, R> worker) {
        List<R> results = new ArrayList<>(batch.size());
        for (int k = 0; k < batch.size() && !stopped(); k++) {
            results.add(worker.search(start + k, batch.get(k)));
        }
        return results;
    }

    /** Waits for a batch's results, asking now and then whether the search was cancelled; null when it was. */
    private List<R> take(Future<List<R>> future) {
        while (true) {
            if (stopped()) {
                return null;
            }
            try {
                return future.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still searching: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                // A pattern too complex for a paragraph, say: the caller says so in one line.
                throw new IllegalStateException(Workers.checkedCause(e));
            }
        }
    }

    /**
     * The workers stop within a document once told: wait for them, so no thread outlives the
     * search. A pool counts as terminated a moment before its threads have ended; they are joined
     * too (every thread of the pool ran a batch: each is made for one).
     */
    private static void awaitEnd(ExecutorService pool, Set<Thread> workers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
            for (Thread worker : workers) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left > 0) {
                    worker.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
