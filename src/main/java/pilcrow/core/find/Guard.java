package pilcrow.core.find;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops a search whose expression runs away. java.util.regex ignores interrupts, and a pattern
 * such as {@code (.*){20}Z} backtracks for ever on one long paragraph, so the matcher is handed
 * the text through a {@link CharSequence} that asks, every few thousand characters it reads,
 * whether the search was cancelled and whether this step (one paragraph, or one piece of a large
 * one) has used up its time. Either way the search ends with {@link Stopped}.
 */
public final class Guard {

    /** The time one step of a search may take, as the clarifications of the serve issue set it. */
    public static final long BUDGET_SECONDS = 2;
    public static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(BUDGET_SECONDS);
    /** Reads between two checks: a check costs a clock read, a read a few nanoseconds. */
    static final int READS_PER_CHECK = 4096;

    /** No cancellation and no time limit: for callers that search text they made themselves. */
    public static final Guard NONE = new Guard(() -> false, Long.MAX_VALUE, System::nanoTime);

    private final BooleanSupplier cancelled;
    private final long budgetNanos;
    private final LongSupplier clock;

    private Guard(BooleanSupplier cancelled, long budgetNanos, LongSupplier clock) {
        this.cancelled = cancelled;
        this.budgetNanos = budgetNanos;
        this.clock = clock;
    }

    /** A guard with the usual budget that also stops when {@code cancelled} says so. */
    public static Guard of(BooleanSupplier cancelled) {
        return new Guard(cancelled, BUDGET_NANOS, System::nanoTime);
    }

    /** A budget and a clock of the caller's own (tests give both). */
    public static Guard of(BooleanSupplier cancelled, long budgetNanos, LongSupplier clock) {
        return new Guard(cancelled, budgetNanos, clock);
    }

    /**
     * A matcher for one step of the search: its reads of {@code text} are checked from now on,
     * and its {@code find} throws {@link Stopped} when the guard stops it.
     */
    public Matcher matcher(Pattern pattern, String text) {
        if (this == NONE) {
            return pattern.matcher(text);
        }
        if (cancelled.getAsBoolean()) {
            throw new Stopped(false); // a step of a search already cancelled does not start
        }
        return pattern.matcher(new Watched(text, clock.getAsLong()));
    }

    /** Elapsed time is a difference of clock readings, which stays right wherever the clock starts. */
    private void check(long start) {
        if (cancelled.getAsBoolean()) {
            throw new Stopped(false);
        }
        if (clock.getAsLong() - start > budgetNanos) {
            throw new Stopped(true);
        }
    }

    /** A search ended by its guard: cancelled, or too slow (then its message is the one line to show). */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean tooSlow;

        Stopped(boolean tooSlow) {
            super(tooSlow ? "pattern too slow: stopped after " + BUDGET_SECONDS + " s" : "search cancelled",
                    null, false, false); // thrown for control flow: no stack trace to fill
            this.tooSlow = tooSlow;
        }

        public boolean tooSlow() {
            return tooSlow;
        }
    }

    /** The text as the matcher reads it, counted. */
    private final class Watched implements CharSequence {
        private final String text;
        private final long start;
        private int reads;

        Watched(String text, long start) {
            this.text = text;
            this.start = start;
        }

        @Override
        public char charAt(int index) {
            if (++reads == READS_PER_CHECK) {
                reads = 0;
                check(start);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
