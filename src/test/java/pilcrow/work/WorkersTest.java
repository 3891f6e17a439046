package pilcrow.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void aThreadIsAStartedDaemonWithItsName() throws InterruptedException {
        Thread[] seen = new Thread[1];
        Thread thread = Workers.thread("pilcrow-test-thread", () -> seen[0] = Thread.currentThread());
        thread.join();
        assertThat(seen[0]).isSameAs(thread);
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("pilcrow-test-thread");
    }

    @Test
    void poolsAndSingleWorkersMakeDaemonsOfTheirNameAndPriority() throws Exception {
        ExecutorService pool = Workers.pool("pilcrow-test-pool", 2, Thread.NORM_PRIORITY - 1);
        ExecutorService single = Workers.single("pilcrow-test-single");
        try {
            Thread inPool = pool.submit(Thread::currentThread).get();
            Thread inSingle = single.submit(Thread::currentThread).get();
            assertThat(inPool.isDaemon()).isTrue();
            assertThat(inPool.getName()).isEqualTo("pilcrow-test-pool");
            assertThat(inPool.getPriority()).isEqualTo(Thread.NORM_PRIORITY - 1);
            assertThat(inSingle.isDaemon()).isTrue();
            assertThat(inSingle.getName()).isEqualTo("pilcrow-test-single");
            assertThat(inSingle.getPriority()).isEqualTo(Thread.NORM_PRIORITY);
        } finally {
            pool.shutdown();
            single.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aScheduledWorkerIsADaemonOfItsName() throws Exception {
        ScheduledExecutorService watch = Workers.scheduled("pilcrow-test-watch");
        try {
            Thread inWatch = watch.schedule(Thread::currentThread, 1, TimeUnit.MILLISECONDS).get();
            assertThat(inWatch.isDaemon()).isTrue();
            assertThat(inWatch.getName()).isEqualTo("pilcrow-test-watch");
            assertThat(inWatch.getPriority()).isEqualTo(Thread.NORM_PRIORITY);
        } finally {
            watch.shutdown();
            assertThat(watch.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
