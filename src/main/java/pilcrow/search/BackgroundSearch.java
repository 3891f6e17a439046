package pilcrow.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import pilcrow.app.Effect;
import pilcrow.app.Msg;

/**
 * Runs search effects off the UI thread, one at a time per reader, and posts their results as
 * messages. Cancelling sets a flag the job checks between paragraphs; results already posted are
 * dropped by the app, which compares ids.
 */
public final class BackgroundSearch implements AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pilcrow-search");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, AtomicBoolean> cancelled = new ConcurrentHashMap<>();
    private final Consumer<Msg> post;

    /** @param post where results go: the UI loop's message queue */
    public BackgroundSearch(Consumer<Msg> post) {
        this.post = post;
    }

    /** Starts a search effect, or cancels one; other effects are not for this runner. */
    public void run(Effect effect) {
        if (effect instanceof Effect.Find find) {
            AtomicBoolean flag = register(find.id());
            worker.execute(() -> guarded(find.id(), () -> SearchJobs.find(find, flag::get, post)));
        } else if (effect instanceof Effect.FindInLibrary library) {
            AtomicBoolean flag = register(library.id());
            worker.execute(() -> guarded(library.id(), () -> SearchJobs.findInLibrary(library, flag::get, post)));
        } else if (effect instanceof Effect.CancelSearch cancel) {
            AtomicBoolean flag = cancelled.get(cancel.id());
            if (flag != null) {
                flag.set(true);
            }
        }
    }

    private AtomicBoolean register(long id) {
        AtomicBoolean flag = new AtomicBoolean();
        cancelled.put(id, flag);
        return flag;
    }

    private void guarded(long id, Runnable job) {
        try {
            if (!cancelled.get(id).get()) {
                job.run();
            }
        } finally {
            cancelled.remove(id);
        }
    }

    @Override
    public void close() {
        cancelled.values().forEach(flag -> flag.set(true));
        worker.shutdownNow();
    }
}
