package pilcrow.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pilcrow.app.Msg;
import pilcrow.core.text.Sanitizer;
import pilcrow.index.Indexer;
import pilcrow.search.LibraryIndexes;
import pilcrow.work.Workers;

/**
 * Brings the search index of each library root the reader opened up to date in the background
 * (as {@code pilcrow index} does), posting how far it has come ({@link Msg.LibraryIndexing}) for
 * the status line. It waits while the reader is busy: a key is handled, or a search the user
 * started runs, so the user's search has the cores. A data folder it cannot write (read-only, a
 * full disk) is one note; reading goes on, and {@code F} reads every document it must.
 */
public final class LibraryIndexing implements AutoCloseable {

    /** How often progress is posted: the status line moves, the UI loop is not flooded. */
    static final long POST_EVERY_NANOS = 250_000_000L;
    /** How long a wait for the reader to be idle sleeps before it asks again. */
    static final long WAIT_MILLIS = 5;

    private final LibraryIndexes indexes;
    private final int threads;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Thread thread;

    public LibraryIndexing(LibraryIndexes indexes) {
        this(indexes, Runtime.getRuntime().availableProcessors());
    }

    LibraryIndexing(LibraryIndexes indexes, int threads) {
        this.indexes = indexes;
        this.threads = threads;
    }

    /**
     * Starts the update of every root on its own thread, posting to {@code post}, waiting while
     * {@code busy} says the reader is (called once the first screen is up).
     */
    public void start(Consumer<Msg> post, BooleanSupplier busy) {
        if (indexes.dataDir() == null || indexes.roots().isEmpty() || closed.get()) {
            return;
        }
        thread = Workers.thread("pilcrow-library-index", () -> run(post, busy));
    }

    /** Updates the roots one after another; stops at the first that cannot be written. */
    void run(Consumer<Msg> post, BooleanSupplier busy) {
        for (String root : indexes.roots()) {
            if (closed.get()) {
                return;
            }
            Posting posting = new Posting(post, busy);
            try {
                Indexer.update(indexes.dataDir(), Path.of(root), threads,
                        note -> post.accept(new Msg.Notice(Sanitizer.line(note))), posting);
            } catch (Indexer.Stopped e) {
                return; // the reader is closing: nothing to say to it
            } catch (IOException | RuntimeException e) {
                post.accept(new Msg.LibraryIndexing(0, 0));
                post.accept(new Msg.Notice("Not indexed (" + Sanitizer.line(reason(e))
                        + "): F reads every document"));
                return;
            }
            post.accept(new Msg.LibraryIndexing(0, 0)); // done: the status line is quiet again
        }
    }

    /** Why the data folder could not take the index, in a few words ("No space left on device"). */
    private static String reason(Exception e) {
        String message = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getFile() + ": " + fs.getReason() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** One root's update: its progress posted now and then, its documents read while the reader is idle. */
    private final class Posting implements Indexer.Progress {
        private final Consumer<Msg> post;
        private final BooleanSupplier busy;
        private long lastPost = System.nanoTime() - POST_EVERY_NANOS;

        Posting(Consumer<Msg> post, BooleanSupplier busy) {
            this.post = post;
            this.busy = busy;
        }

        @Override
        public synchronized void read(int read, int toRead) {
            long now = System.nanoTime();
            if (toRead > 0 && read < toRead && now - lastPost >= POST_EVERY_NANOS && !closed.get()) {
                post.accept(new Msg.LibraryIndexing(read, toRead));
                lastPost = now;
            }
        }

        @Override
        public boolean waitOrStop() {
            while (busy.getAsBoolean() && !closed.get()) {
                try {
                    Thread.sleep(WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
            return closed.get();
        }
    }

    /** Stops the update at its next document; what it read is committed on its own thread. */
    @Override
    public void close() {
        closed.set(true);
    }

    /** Waits for the update's thread to end (tests). */
    boolean awaitEnd(long millis) throws InterruptedException {
        Thread running = thread;
        if (running != null) {
            running.join(millis);
            return !running.isAlive();
        }
        return true;
    }
}
