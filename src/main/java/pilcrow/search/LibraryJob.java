package pilcrow.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pilcrow.app.Effect;
import pilcrow.app.Entry;
import pilcrow.app.Hit;
import pilcrow.app.Msg;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.LiteralCheck;
import pilcrow.core.find.Match;
import pilcrow.core.find.Snippet;
import pilcrow.core.large.LargeText;

/**
 * The search across the library ({@code F}): documents are read and searched on every core, in
 * batches a few ahead of the one whose hits are posted, and posted in library order, so the results are
 * exactly what one document after another would give. For a literal word a document not read yet
 * is first looked at as raw bytes ({@link Entry#loadIfMayHold}); one that cannot match is neither
 * decoded nor parsed, and nothing read is kept. A large document is scanned in place when its turn
 * comes ({@link LargeText#findEach}, itself parallel), its hits and progress posted as they come.
 *
 * <p>This is the reader's counterpart of {@code cli.LibraryFind} (which prints instead of posting
 * and reads {@code DocumentSource}s rather than entries); the two keep the same order-keeping scheme.
 */
final class LibraryJob {

    /** How long the posting thread waits for a document before it asks whether it was cancelled. */
    static final long CANCEL_POLL_MILLIS = 20;

    private final Effect.FindInLibrary job;
    /** Cancelled from outside, or stopped by a failure of one batch: every reader asks this. */
    private final BooleanSupplier cancelled;
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Consumer<Msg> post;
    private final int threads;
    /** The literal word every match holds, or null (a regular expression): then every document is read. */
    private final String word;
    private final boolean foldCase;
    private final LiteralCheck check;
    private final Guard guard;

    private List<Hit> pending = new ArrayList<>();
    private long lastPost = System.nanoTime();

    /** @param budgetNanos the time one paragraph's search may take ({@link Guard}) */
    LibraryJob(Effect.FindInLibrary job, BooleanSupplier cancelled, Consumer<Msg> post, int threads,
               long budgetNanos) {
        this.job = job;
        this.cancelled = () -> cancelled.getAsBoolean() || failed.get();
        this.post = post;
        this.threads = Math.max(1, threads);
        this.word = job.query().literalToken();
        this.foldCase = !job.query().caseSensitive();
        this.check = LiteralCheck.of(job.query());
        this.guard = Guard.of(this.cancelled, budgetNanos, System::nanoTime);
    }

    void run() {
        List<Entry> entries = job.entries();
        List<Thread> readers = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "pilcrow-library-read");
            thread.setDaemon(true);
            readers.add(thread);
            return thread;
        });
        try {
            Deque<Pending> queue = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (done < entries.size()) {
                while (next < entries.size() && queue.size() < threads * BATCHES_AHEAD_PER_THREAD) {
                    queue.add(next(entries, next, pool));
                    next = queue.peekLast().end();
                }
                Pending head = queue.remove();
                boolean searched;
                if (head.hits() == null) {
                    searched = searchLarge(head.start(), entries.get(head.start()));
                } else {
                    List<List<Hit>> hits = take(head.hits());
                    searched = hits != null;
                    if (searched) {
                        hits.forEach(pending::addAll);
                    }
                }
                if (!searched || cancelled.getAsBoolean()) {
                    return;
                }
                done = head.end();
                postIfDue(done, 0);
            }
            post.accept(new Msg.LibraryResults(job.id(), pending, entries.size(), entries.size(), true));
        } catch (Guard.Stopped e) {
            failed.set(true); // the other readers stop too before it is told
            if (e.tooSlow()) {
                throw e;
            } // cancelled: nothing more to say
        } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
        } finally {
            pool.shutdownNow();
            awaitEnd(pool, readers);
        }
    }

    /**
     * Documents a task reads and searches, in order. One task a document woke the posting thread
     * for every document and cost more than most documents (as it did in {@code cli.LibraryFind}).
     */
    static final int BATCH = 32;
    /** Batches read ahead per thread: enough to keep the threads busy while a slow one is posted. */
    static final int BATCHES_AHEAD_PER_THREAD = 4;

    /** The next batch from {@code start}: small documents up to {@link #BATCH}, or one large one. */
    private Pending next(List<Entry> entries, int start, ExecutorService pool) {
        if (entries.get(start).isLarge()) {
            return new Pending(start, start + 1, null); // it does its own parallel scan in its turn, not alongside
        }
        int end = start;
        while (end < entries.size() && end - start < BATCH && !entries.get(end).isLarge()) {
            end++;
        }
        int last = end;
        return new Pending(start, end, pool.submit(() -> searchSmall(start, last, entries)));
    }

    /** Entries {@code [start, end)} in the queue: their hits being found on the pool, or null for one large one, scanned in its turn. */
    private record Pending(int start, int end, Future<List<List<Hit>>> hits) {
    }

    /** Searches small documents in order, each one's hits; stops when the search is cancelled. */
    private List<List<Hit>> searchSmall(int start, int end, List<Entry> entries) {
        List<List<Hit>> hits = new ArrayList<>(end - start);
        for (int index = start; index < end && !cancelled.getAsBoolean(); index++) {
            hits.add(searchSmall(index, entries.get(index)));
        }
        return hits;
    }

    /** Reads (if need be) and searches one document; nothing when it cannot match or cannot be read. */
    private List<Hit> searchSmall(int index, Entry entry) {
        if (cancelled.getAsBoolean() || !entry.readable()) {
            return List.of();
        }
        Entry read = word == null ? entry.load() : entry.loadIfMayHold(word, foldCase);
        Document document = read == null ? null : read.document();
        if (document == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Match match : Finder.find(document, job.pattern(), check, guard)) {
            hits.add(new Hit(index, match, SearchJobs.snippet(document, match)));
        }
        return hits;
    }

    /** Waits for a batch's hits, asking now and then whether the search was cancelled; null when it was. */
    private List<List<Hit>> take(Future<List<List<Hit>>> future) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            try {
                return future.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still reading: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                // A pattern too complex for a paragraph, say: the runner says so in one line.
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * Scans a large document in place, its hits and how far it has come posted as they come; its
     * title first when it is not a line of the text (then the scan does not see it).
     *
     * @return false when cancelled
     */
    private boolean searchLarge(int index, Entry entry) {
        LargeText text = entry.large();
        if (!text.titleInText()) {
            List<Match> inTitle = new ArrayList<>();
            Finder.findIn(text.title(), Match.TITLE, job.pattern(), guard, inTitle);
            inTitle.forEach(match -> pending.add(new Hit(index, match,
                    Snippet.around(text.title(), match.start(), match.end(), SearchJobs.SNIPPET_CONTEXT))));
        }
        try {
            return text.findEach(job.pattern(), word, !foldCase, cancelled,
                    perMille -> postIfDue(index, Math.max(1, perMille)),
                    found -> pending.add(new Hit(index, found.match(), Snippet.around(found.text(),
                            found.match().start(), found.match().end(), SearchJobs.SNIPPET_CONTEXT))));
        } catch (IOException e) {
            return true; // cut or gone while searched: it has no hits, the rest of the library still does
        }
    }

    private void postIfDue(int scanned, int partPerMille) {
        if (System.nanoTime() - lastPost > SearchJobs.POST_EVERY_NANOS && !cancelled.getAsBoolean()) {
            post.accept(new Msg.LibraryResults(job.id(), pending, scanned, job.entries().size(), partPerMille, false));
            pending = new ArrayList<>();
            lastPost = System.nanoTime();
        }
    }

    /**
     * The readers stop within a document once cancelled: wait for them, so no thread outlives the
     * search. A pool counts as terminated a moment before its threads have ended; they are joined too.
     */
    private static void awaitEnd(ExecutorService pool, List<Thread> readers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
            for (Thread reader : readers) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left > 0) {
                    reader.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
