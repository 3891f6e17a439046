package pilcrow.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests for what another thread does: polled up to a deadline, never a fixed sleep. */
public final class Waits {

    /** Generous: a slow, loaded machine only takes longer; the deadline matters only on failure. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Waits() {
    }

    /** Whether {@code condition} came true before the deadline, asked every few milliseconds. */
    public static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
