package pilcrow.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to a data folder, across threads and processes.
 *
 * <p>Other processes are kept out by an OS lock on {@code bookmarks.lock}. Java's file locks belong
 * to the whole JVM, and closing any channel on a file drops every lock the JVM holds on it, so
 * within the JVM only one holder may touch the lock file at a time: a {@link ReentrantLock} per
 * folder (keyed by its real path) is taken first, and the channel is opened and closed inside it.
 * That only works if every store of one JVM on a folder goes through the same instance: make one
 * per process (or per server) and pass it to
 * {@link Store#open(Path, java.time.Clock, FolderLocks)}.
 */
public final class FolderLocks {

    static final String LOCK_FILE = "bookmarks.lock";

    private final Map<Path, ReentrantLock> inJvm = new ConcurrentHashMap<>();

    /** Held access; closing it releases the OS lock, then the in-JVM one. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** Blocks until the folder (which must exist) is ours. */
    Held acquire(Path dir) throws IOException {
        Path key = dir.toRealPath();
        ReentrantLock local = inJvm.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            Path lockFile = key.resolve(LOCK_FILE);
            FileChannel channel = FileChannel.open(lockFile,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), PrivateFiles.fileAttributes(key));
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return () -> {
                try {
                    channel.close(); // releases the OS lock
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }
}
