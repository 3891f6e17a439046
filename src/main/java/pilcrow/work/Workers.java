package pilcrow.work;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The one place pilcrow's own threads are made: every one is a daemon (a worker never keeps the
 * process alive after the reader quits), and every name belongs to one class, so a thread seen in
 * a dump or a test names the code that started it. Shutdown hooks are plain {@link Thread}s.
 */
public final class Workers {

    /** Which class first used each name: a second class asking for it is a mistake. */
    private static final Map<String, Class<?>> OWNERS = new ConcurrentHashMap<>();
    private static final StackWalker CALLERS = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private Workers() {
    }

    /** Starts {@code task} on a daemon thread of its own. */
    public static Thread thread(String name, Runnable task) {
        Thread thread = factory(claim(name, CALLERS.getCallerClass()), Thread.NORM_PRIORITY).newThread(task);
        thread.start();
        return thread;
    }

    /** A pool of {@code threads} daemon threads (at least one) at {@code priority} ({@link Thread#NORM_PRIORITY} unless work must yield). */
    public static ExecutorService pool(String name, int threads, int priority) {
        return Executors.newFixedThreadPool(Math.max(1, threads), factory(claim(name, CALLERS.getCallerClass()), priority));
    }

    /** One daemon thread taking tasks in turn. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(factory(claim(name, CALLERS.getCallerClass()), Thread.NORM_PRIORITY));
    }

    /**
     * The name, once it is known to belong to {@code caller}.
     *
     * @throws IllegalArgumentException when another class already names its threads so
     */
    static String claim(String name, Class<?> caller) {
        Class<?> owner = OWNERS.putIfAbsent(name, caller);
        if (owner != null && owner != caller) {
            throw new IllegalArgumentException("thread name " + name + " belongs to " + owner.getName()
                    + ", not " + caller.getName());
        }
        return name;
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
