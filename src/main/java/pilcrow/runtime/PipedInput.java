package pilcrow.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import pilcrow.app.Msg;
import pilcrow.core.doc.Document;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.LoadResult;
import pilcrow.source.StreamSource;
import pilcrow.work.Workers;

/**
 * Standard input read while the reader shows it, as less pages a pipe: what has arrived is
 * parsed and posted as {@link Msg.Arrived} while the producer is still writing, and once more
 * when it ends. One thread sits in the blocking read; another parses and posts, no more often
 * than every {@link #MIN_INTERVAL_MILLIS} (and ten times the last parse, so a long input leaves
 * the UI thread time to lay it out). Only the bytes are kept; each post parses them whole.
 */
public final class PipedInput implements AutoCloseable {

    /** What is read of standard input at most: beyond this the reader holds the document whole no longer. */
    static final int MAX_BYTES = 16 << 20;
    static final long MIN_INTERVAL_MILLIS = 100;
    private static final int CHUNK = 64 << 10;

    private final InputStream in;
    private final DocumentSource source;
    private final int maxBytes;
    private final int entry;
    private final Object lock = new Object();
    private byte[] bytes = new byte[CHUNK];
    private int length;
    private boolean arrivedSincePost;
    private boolean ended;
    /** Why reading stopped early (an error, the size cap), said once on the status line; or null. */
    private String problem;
    private volatile boolean closed;
    private Thread readerThread;
    private Thread posterThread;

    /** @param entry the reader's entry that shows standard input */
    public PipedInput(InputStream in, int entry) {
        this(in, entry, MAX_BYTES);
    }

    PipedInput(InputStream in, int entry, int maxBytes) {
        this.in = in;
        this.source = new StreamSource(in);
        this.entry = entry;
        this.maxBytes = maxBytes;
    }

    /** The document before anything arrived: named as standard input, no paragraphs. */
    Document empty() {
        return parse(new byte[0]);
    }

    /** How the entry is named (the reader keeps no reading position under it: the next pipe is another text). */
    String name() {
        return source.name();
    }

    /** Starts reading; each {@link Msg.Arrived} and any one-line problem go to {@code post}. */
    void start(Consumer<Msg> post) {
        // Daemons (Workers): a producer that never ends must not keep the JVM alive after the reader quits.
        readerThread = Workers.thread("pilcrow-stdin-read", this::readAll);
        posterThread = Workers.thread("pilcrow-stdin-parse", () -> postArrivals(post));
    }

    private void readAll() {
        byte[] chunk = new byte[CHUNK];
        try {
            int read;
            while (!closed && (read = in.read(chunk)) >= 0) {
                if (!append(chunk, read)) {
                    break;
                }
            }
        } catch (IOException e) {
            synchronized (lock) {
                problem = "cannot read standard input: " + DocumentReader.reasonFor(e);
            }
        }
        synchronized (lock) {
            ended = true;
            lock.notifyAll();
        }
    }

    /** Keeps {@code read} bytes of {@code chunk}; false once the cap is reached (the rest is not read). */
    private boolean append(byte[] chunk, int read) {
        synchronized (lock) {
            int kept = Math.min(read, maxBytes - length);
            if (length + kept > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(maxBytes, Math.max(bytes.length * 2, length + kept)));
            }
            System.arraycopy(chunk, 0, bytes, length, kept);
            length += kept;
            arrivedSincePost = true;
            lock.notifyAll();
            if (kept < read || length == maxBytes) {
                problem = "standard input is longer than " + size(maxBytes) + ": showing its first "
                        + size(maxBytes) + " (save it to a file to read it all)";
                return false;
            }
            return true;
        }
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    private void postArrivals(Consumer<Msg> post) {
        try {
            boolean last;
            do {
                byte[] snapshot;
                String said;
                synchronized (lock) {
                    while (!arrivedSincePost && !ended && !closed) {
                        lock.wait();
                    }
                    snapshot = Arrays.copyOf(bytes, length);
                    last = ended;
                    arrivedSincePost = false;
                    said = problem;
                    problem = null;
                }
                if (closed) {
                    return;
                }
                long started = System.nanoTime();
                LoadResult result = DocumentReader.fromBytes(source, snapshot);
                long parseMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                if (result instanceof LoadResult.Loaded loaded) {
                    post.accept(new Msg.Arrived(entry, loaded.document()));
                } else if (result instanceof LoadResult.Failed failed) {
                    post.accept(new Msg.Notice(failed.message()));
                    return; // binary: nothing more of it is shown
                }
                if (said != null) {
                    post.accept(new Msg.Notice(said));
                }
                if (!last) {
                    Thread.sleep(Math.max(MIN_INTERVAL_MILLIS, 10 * parseMillis));
                }
            } while (!last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: the reader is gone
        }
    }

    private Document parse(byte[] snapshot) {
        LoadResult result = DocumentReader.fromBytes(source, snapshot);
        return ((LoadResult.Loaded) result).document();
    }

    /** Stops posting. A producer still writing is left to its read (the thread is a daemon). */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        if (posterThread != null) {
            posterThread.interrupt();
        }
    }
}
