package pilcrow.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pilcrow.app.Msg;
import pilcrow.store.Store;
import pilcrow.work.Workers;

/**
 * One reader's data folder, opened on its own thread once the first screen is up. Reading it
 * (bookmarks, positions, history) took 60–100 ms on the UI thread, and a key typed the moment the
 * first screen showed (G in a 1 GiB document) waited behind it. Now the key goes first; the data
 * arrives as a {@link Msg.DataLoaded} message, and a save waits for the folder to be open, so
 * nothing asked for is lost.
 */
final class DataFolder implements AutoCloseable {

    private final Supplier<Store> open;
    private final CompletableFuture<Store> store = new CompletableFuture<>();
    private Thread opener;

    /** @param open opens the store (on the opening thread) */
    DataFolder(Supplier<Store> open) {
        this.open = open;
    }

    /** Opens the store on a new thread and posts what it holds as {@link Msg.DataLoaded}. */
    synchronized void openInBackground(Consumer<Msg> post) {
        if (opener != null) {
            return;
        }
        opener = Workers.thread("pilcrow-data-folder", () -> {
            Store opened;
            try {
                opened = open.get();
            } catch (RuntimeException | Error e) {
                store.completeExceptionally(e);
                post.accept(new Msg.Notice("Cannot open the data folder: bookmarks and positions are not saved"));
                return;
            }
            store.complete(opened);
            post.accept(new Msg.DataLoaded(opened.history(), FullScreen.marks(opened), FullScreen.places(opened),
                    opened.warning().orElse("")));
        });
    }

    /** The open store, waiting for it if it is still being opened; null if it could not be opened or never will be. */
    Store awaitStore() {
        synchronized (this) {
            if (opener == null) {
                return null;
            }
        }
        try {
            return store.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** The store if it is open by now, else null: never waits (the UI loop asks on every tick). */
    Store storeIfOpen() {
        return store.isDone() && !store.isCompletedExceptionally() ? store.join() : null;
    }

    /** As {@link #awaitStore()}, waiting at most {@code millis}: for a signal, which must not hang. */
    Store awaitStore(long millis) {
        try {
            return store.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * Waits for the opening thread to end (it reads the store after handing it over, to post what
     * it holds), then closes the store: after this nothing touches the folder. A test's folder
     * was seen deleted while that thread still read it.
     */
    @Override
    public void close() {
        Store opened = awaitStore();
        Thread thread;
        synchronized (this) {
            thread = opener;
        }
        if (thread != null) {
            try {
                thread.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (opened != null) {
            opened.close();
        }
    }

    /** How long {@link #close} waits for the opening thread: it only reads, so this is never reached. */
    private static final long CLOSE_WAIT_MILLIS = 5_000;
}
