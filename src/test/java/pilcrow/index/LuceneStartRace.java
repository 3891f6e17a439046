package pilcrow.index;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a JVM of its own by {@link LuceneStartTest}: the reader's background update and a search
 * opening the index start at the same moment, as when {@code F} is typed just after the list
 * appears, so Lucene's classes are first loaded on two threads at once. Exits 0 when both end,
 * 3 when they are still running after 20 s (deadlocked).
 */
final class LuceneStartRace {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path root = Path.of(args[1]);
        CountDownLatch start = new CountDownLatch(1);
        Thread update = new Thread(() -> {
            await(start);
            try {
                Indexer.update(data, root, 1, note -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread search = new Thread(() -> {
            await(start);
            try {
                LuceneIndex.open(data, root.toRealPath()).orElseThrow().close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        update.setDaemon(true);
        search.setDaemon(true);
        update.start();
        search.start();
        start.countDown();
        update.join(20_000);
        search.join(20_000);
        System.exit(update.isAlive() || search.isAlive() ? 3 : 0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
