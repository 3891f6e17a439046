package pilcrow.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.core.find.Guard;
import pilcrow.search.LibraryIndexes;
import pilcrow.search.SearchJobs;
import pilcrow.work.Workers;

/**
 * Runs search effects off the UI thread and posts their results as messages. The open document
 * and the library each have a worker, so a find in a document never waits behind a library
 * search, and a new search of either kind cancels the ones of its kind before it: only the latest
 * is ever wanted. Cancelling sets a flag the job checks between paragraphs and, through its
 * {@link Guard}, while an expression runs within one; results already posted
 * are dropped by the app, which compares ids. A job that fails posts one line why.
 */
public final class BackgroundSearch implements FullScreenReader.Searches {

    private final ExecutorService documentWorker = worker("pilcrow-find");
    private final ExecutorService libraryWorker = worker("pilcrow-library-find");
    private final Map<Long, AtomicBoolean> documentJobs = new ConcurrentHashMap<>();
    private final Map<Long, AtomicBoolean> libraryJobs = new ConcurrentHashMap<>();
    private final Consumer<Msg> post;
    private final long budgetNanos;
    /** The library roots whose indexes {@code F} asks, when fresh, which documents to leave unread. */
    private final LibraryIndexes indexes;

    /** @param post where results go: the UI loop's message queue */
    public BackgroundSearch(Consumer<Msg> post) {
        this(post, Guard.BUDGET_NANOS, LibraryIndexes.NONE);
    }

    /** As above, {@code F} asking the indexes of {@code indexes}' roots. */
    public BackgroundSearch(Consumer<Msg> post, LibraryIndexes indexes) {
        this(post, Guard.BUDGET_NANOS, indexes);
    }

    /** @param budgetNanos the time one paragraph's search may take (tests set a long one) */
    BackgroundSearch(Consumer<Msg> post, long budgetNanos) {
        this(post, budgetNanos, LibraryIndexes.NONE);
    }

    BackgroundSearch(Consumer<Msg> post, long budgetNanos, LibraryIndexes indexes) {
        this.post = post;
        this.budgetNanos = budgetNanos;
        this.indexes = indexes;
    }

    /** Starts a search effect, or cancels one. */
    @Override
    public void run(Effect.Search effect) {
        effect.accept(starter);
    }

    /** What each kind of search effect starts here: the searches, and their cancel. */
    private final Effect.Search.Visitor<Void> starter = new Effect.Search.Visitor<>() {
        @Override
        public Void find(Effect.Find find) {
            AtomicBoolean flag = supersede(documentJobs, find.id());
            documentWorker.execute(() -> guarded(documentJobs, find.id(), () -> SearchJobs.find(find, flag::get, post, budgetNanos)));
            return null;
        }

        @Override
        public Void findInLibrary(Effect.FindInLibrary library) {
            AtomicBoolean flag = supersede(libraryJobs, library.id());
            libraryWorker.execute(() -> guarded(libraryJobs, library.id(),
                    () -> SearchJobs.findInLibrary(library, flag::get, post,
                            Runtime.getRuntime().availableProcessors(), budgetNanos, indexes)));
            return null;
        }

        @Override
        public Void cancelSearch(Effect.CancelSearch cancel) {
            cancel(documentJobs, cancel.id());
            cancel(libraryJobs, cancel.id());
            return null;
        }
    };

    /** Cancels every job of this kind and registers the new one. */
    private static AtomicBoolean supersede(Map<Long, AtomicBoolean> jobs, long id) {
        jobs.values().forEach(flag -> flag.set(true));
        AtomicBoolean flag = new AtomicBoolean();
        jobs.put(id, flag);
        return flag;
    }

    /** Whether a search not cancelled is waiting for its worker or running on it. */
    @Override
    public boolean running() {
        return live(documentJobs) || live(libraryJobs);
    }

    private static boolean live(Map<Long, AtomicBoolean> jobs) {
        for (AtomicBoolean cancelled : jobs.values()) {
            if (!cancelled.get()) {
                return true;
            }
        }
        return false;
    }

    private static void cancel(Map<Long, AtomicBoolean> jobs, long id) {
        AtomicBoolean flag = jobs.get(id);
        if (flag != null) {
            flag.set(true);
        }
    }

    private void guarded(Map<Long, AtomicBoolean> jobs, long id, Runnable job) {
        try {
            AtomicBoolean flag = jobs.get(id);
            if (flag != null && !flag.get()) {
                job.run();
            }
        } catch (Guard.Stopped e) {
            if (e.tooSlow()) {
                post.accept(new Msg.SearchFailed(id, e.getMessage()));
            } // cancelled: a newer search or the end of the session wants nothing more from it
        } catch (RuntimeException | StackOverflowError e) {
            // A regular expression can recurse too deep on a long paragraph: say so, never crash.
            post.accept(new Msg.SearchFailed(id, e instanceof StackOverflowError
                    ? "the pattern is too complex for this text" : String.valueOf(e.getMessage())));
        } finally {
            jobs.remove(id);
        }
    }

    private static ExecutorService worker(String name) {
        return Workers.single(name);
    }

    @Override
    public void close() {
        documentJobs.values().forEach(flag -> flag.set(true));
        libraryJobs.values().forEach(flag -> flag.set(true));
        documentWorker.shutdownNow();
        libraryWorker.shutdownNow();
    }

    /** Waits for the workers to end after {@link #close}: a search still running keeps its worker. */
    boolean awaitStopped(long time, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        return documentWorker.awaitTermination(time, unit)
                && libraryWorker.awaitTermination(Math.max(0, deadline - System.nanoTime()),
                        java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
