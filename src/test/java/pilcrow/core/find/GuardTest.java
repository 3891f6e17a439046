package pilcrow.core.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;

/**
 * The guard stops an expression that backtracks for ever, on a clock of the test's own: each
 * reading of the clock moves it one millisecond, so budgets are counted in checks, not waited for.
 * The timeouts only turn a guard that does not work into a failure instead of a hung build: on a
 * thread of their own, as a runaway expression ignores the interrupt a timeout sends.
 */
class GuardTest {

    /** Backtracks through every way to cut the text into twenty pieces before it fails. */
    private static final Pattern RUNAWAY = Pattern.compile("(.*){20}Z");
    private static final String LINE = "a".repeat(300);

    private final AtomicLong millis = new AtomicLong();
    private final LongSupplier clock = () -> TimeUnit.MILLISECONDS.toNanos(millis.incrementAndGet());

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunawayExpressionStopsAsTooSlowWhenItsStepHasUsedItsBudget() {
        Guard guard = Guard.of(() -> false, TimeUnit.MILLISECONDS.toNanos(200), clock);

        assertThatThrownBy(() -> Finder.findIn(LINE, 1, RUNAWAY, guard, new ArrayList<>()))
                .isInstanceOfSatisfying(Guard.Stopped.class, stopped -> {
                    assertThat(stopped.tooSlow()).isTrue();
                    assertThat(stopped.getMessage()).isEqualTo("pattern too slow: stopped after 2 s");
                });
        assertThat(millis.get()).as("checks made before the budget ran out").isBetween(200L, 203L);
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRunawayExpressionStopsSoonAfterItsSearchIsCancelled() {
        AtomicInteger asked = new AtomicInteger();
        Guard guard = Guard.of(() -> asked.incrementAndGet() > 5, Long.MAX_VALUE, clock);

        assertThatThrownBy(() -> Finder.findIn(LINE, 1, RUNAWAY, guard, new ArrayList<>()))
                .isInstanceOfSatisfying(Guard.Stopped.class, stopped -> {
                    assertThat(stopped.tooSlow()).isFalse();
                    assertThat(stopped.getMessage()).isEqualTo("search cancelled");
                });
        assertThat(asked).as("stopped at the first check after the cancel").hasValue(6);
    }

    @Test
    void theBudgetIsPerParagraphNotPerSearch() {
        // Each paragraph is read once (about ten checks); the fifty of them take far more checks
        // than one step's budget allows, and none is stopped.
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            blocks.add(Block.paragraph(i, "x".repeat(40_000) + " needle"));
        }
        Document document = new Document("d.txt", "Title", blocks, Optional.empty(), 0, true);
        Guard guard = Guard.of(() -> false, TimeUnit.MILLISECONDS.toNanos(100), clock);

        List<Match> matches = Finder.find(document, Pattern.compile("needle"), null, guard);

        assertThat(matches).hasSize(50);
        assertThat(millis.get()).as("the whole search outlasted one step's budget").isGreaterThan(100);
    }

    @Test
    void aGuardChangesNoResult() {
        String text = ("The Volt, the volt and VOLTAGE; " + "é\u0301 \uD83D\uDE00 ").repeat(500);
        Guard patient = Guard.of(() -> false, Long.MAX_VALUE, clock);
        for (String regex : List.of("(?i)volt", "v.l", "\\b\\w+\\b", "\uD83D\uDE00", "(?<=the )volt", "a|")) {
            Pattern pattern = Pattern.compile(regex);
            List<Match> guarded = new ArrayList<>();
            List<Match> plain = new ArrayList<>();

            Finder.findIn(text, 3, pattern, patient, guarded);
            Finder.findIn(text, 3, pattern, Guard.NONE, plain);

            assertThat(guarded).as(regex).isEqualTo(plain).isNotEmpty();
        }
        assertThat(millis.get()).as("the text was long enough to be checked").isGreaterThan(0);
    }

    @Test
    void aClockThatReadsNegativeCountsTimeAsAnyOther() {
        // System.nanoTime may be negative: elapsed time is a difference, never a deadline past MAX_VALUE.
        AtomicLong nanos = new AtomicLong(-5_000_000_000L);
        Guard guard = Guard.of(() -> false, TimeUnit.SECONDS.toNanos(2), nanos::incrementAndGet);
        List<Match> matches = new ArrayList<>();

        Finder.findIn("x".repeat(100_000) + "needle", 1, Pattern.compile("needle"), guard, matches);

        assertThat(matches).containsExactly(new Match(1, 100_000, 100_006));
    }

    @Test
    void aStepOfACancelledSearchDoesNotStart() {
        Guard guard = Guard.of(() -> true, Long.MAX_VALUE, clock);

        assertThatThrownBy(() -> Finder.findIn("short", 1, Pattern.compile("short"), guard, new ArrayList<>()))
                .isInstanceOfSatisfying(Guard.Stopped.class, stopped -> assertThat(stopped.tooSlow()).isFalse());
    }
}
