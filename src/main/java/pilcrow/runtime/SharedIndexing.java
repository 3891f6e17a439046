package pilcrow.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pilcrow.app.Msg;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;

/**
 * The paragraph indexes of a served library's large documents, built once for every session that
 * reads it (one {@link Indexing} at a time) and handed to each as {@link Msg.Indexed} snapshots. An
 * index is an immutable snapshot, so one object serves all sessions: a session that joins later
 * gets the latest snapshot of each document at once, and a finished index is kept for the life of
 * the server (4 bytes a paragraph) and never built again. Indexing runs while some session is
 * there: when the last one leaves it stops, and the next one to join starts it again for what is
 * not finished. While a key is handled in any session, the index waits, as it does for the local
 * reader.
 */
public final class SharedIndexing implements AutoCloseable {

    private final List<LoadResult.Large> large;
    private final List<Reader> readers = new CopyOnWriteArrayList<>();
    /** The latest snapshot of each document, by path; guarded by this. */
    private final Map<String, Msg.Indexed> latest = new LinkedHashMap<>();
    /** The indexing that runs now, or null; guarded by this. */
    private Indexing running;
    private int started;
    private boolean closed;

    public SharedIndexing(Library library) {
        this.large = Indexing.largeOf(library);
    }

    /** One session's reader: where its messages go, and whether it is handling a key. */
    private record Reader(Consumer<Msg> post, BooleanSupplier busy) {
    }

    /** A session's place in the sharing: joined once its first screen is up, left when it ends. */
    public final class Session implements AutoCloseable {
        private Reader reader;

        /** Hands the reader what is indexed so far, then the rest as it comes; starts indexing if need be. */
        public void join(Consumer<Msg> post, BooleanSupplier busy) {
            Reader joining = new Reader(post, busy);
            synchronized (SharedIndexing.this) {
                if (closed || reader != null) {
                    return;
                }
                reader = joining;
                latest.values().forEach(post);
                readers.add(joining);
                if (running == null) {
                    startIndexing();
                }
            }
        }

        /** Leaves: no more messages; the indexing stops when nobody else is reading. */
        @Override
        public void close() {
            synchronized (SharedIndexing.this) {
                if (reader == null) {
                    return;
                }
                readers.remove(reader);
                reader = null;
                if (readers.isEmpty()) {
                    stopIndexing();
                }
            }
        }
    }

    public Session session() {
        return new Session();
    }

    /** Called with this held: indexes what is not finished yet, posting to every reader. */
    private void startIndexing() {
        List<LoadResult.Large> unfinished = new ArrayList<>();
        for (LoadResult.Large document : large) {
            Msg.Indexed last = latest.get(FullScreen.absolute(document.source().name()));
            if (last == null || !last.snapshot().numbering().complete()) {
                unfinished.add(document);
            }
        }
        if (unfinished.isEmpty()) {
            return;
        }
        Indexing indexing = new Indexing();
        running = indexing;
        started++;
        indexing.start(unfinished, msg -> deliver(indexing, msg), this::anyBusy);
    }

    /** Called with this held. */
    private void stopIndexing() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** A message from {@code from}: kept (a snapshot) and passed on, unless that indexing was stopped. */
    private void deliver(Indexing from, Msg msg) {
        synchronized (this) {
            if (from != running) {
                return;
            }
            if (msg instanceof Msg.Indexed indexed) {
                latest.put(indexed.path(), indexed);
            }
            // Posting only queues the message for the session's UI thread: cheap under the lock,
            // and a session that joins now cannot miss it or get it twice.
            readers.forEach(reader -> reader.post().accept(msg));
        }
    }

    private boolean anyBusy() {
        for (Reader reader : readers) {
            if (reader.busy().getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    /** Whether indexing is on: started for the sessions there and not stopped (it may have finished). */
    public synchronized boolean indexing() {
        return running != null;
    }

    /** How many times indexing was started: once, unless every session left before it finished. */
    public synchronized int timesStarted() {
        return started;
    }

    /** The server is stopping: indexing stops and nobody joins any more. */
    @Override
    public synchronized void close() {
        closed = true;
        readers.clear();
        stopIndexing();
    }
}
