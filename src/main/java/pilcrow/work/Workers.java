package pilcrow.work;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The one place pilcrow's own threads are made: every one is a daemon (a worker never keeps the
 * process alive after the reader quits) and named by its caller, so a thread seen in a dump or a
 * test names the code that started it. Shutdown hooks are plain {@link Thread}s. No registry of
 * names is kept: the project has no static mutable state, and one server runs many readers.
 */
public final class Workers {

    private Workers() {
    }

    /**
     * Why a task failed, for its waiter to throw: an unchecked failure is rethrown here as itself
     * (a bug or a stop keeps its type and trace), a checked one is returned for the caller to wrap.
     */
    public static Throwable checkedCause(ExecutionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return cause;
    }

    /** Starts {@code task} on a daemon thread of its own. */
    public static Thread thread(String name, Runnable task) {
        Thread thread = factory(name, Thread.NORM_PRIORITY).newThread(task);
        thread.start();
        return thread;
    }

    /** A pool of {@code threads} daemon threads (at least one) at {@code priority} ({@link Thread#NORM_PRIORITY} unless work must yield). */
    public static ExecutorService pool(String name, int threads, int priority) {
        return Executors.newFixedThreadPool(Math.max(1, threads), factory(name, priority));
    }

    /** One daemon thread taking tasks in turn. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(factory(name, Thread.NORM_PRIORITY));
    }

    /** One daemon thread running tasks at their times (a watch that looks again every so often). */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(factory(name, Thread.NORM_PRIORITY));
    }

    private static ThreadFactory factory(String name, int priority) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }
}
