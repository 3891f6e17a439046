package pilcrow.serve;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import pilcrow.core.text.Sanitizer;

/**
 * Connections that did not log in (refused, dropped to make room, out of login grace, closed by
 * the client) summed up: one log line per burst (refusals until none came for
 * {@link #QUIET}, or a minute of them at most), with how many, why, and from where, so a flood of
 * connections is not a flood of log lines. MINA's warnings about such connections (a malformed
 * identification line, a reset) are counted by kind on the same line ({@link #warned}), not
 * logged one each. Thread-safe; times are {@link System#nanoTime} values.
 */
final class RefusalLog {

    /** A burst ends when no refusal came for this long. */
    static final Duration QUIET = Duration.ofSeconds(2);
    /** A flood that never pauses still gets its line once a minute. */
    static final Duration LONGEST = Duration.ofMinutes(1);
    /** The busiest addresses named on the line; the rest are counted. */
    static final int ADDRESSES_NAMED = 3;
    /** Addresses remembered within one burst: a flood from countless addresses is counted, not kept. */
    static final int ADDRESSES_KEPT = 1000;

    private final Consumer<String> log;
    private final Supplier<Instant> wallClock;
    private final Map<String, Integer> reasons = new LinkedHashMap<>();
    private final Map<String, Integer> addresses = new HashMap<>();
    /** MINA's warnings by kind: the kinds are MINA's method and exception names, a short list. */
    private final Map<String, Integer> warnings = new LinkedHashMap<>();
    private int refused;
    private int warned;
    private int fromAddressesNotKept;
    private long first;
    private long last;

    RefusalLog(Consumer<String> log, Supplier<Instant> wallClock) {
        this.log = log;
        this.wallClock = wallClock;
    }

    /** A connection from {@code address} ended without logging in, for {@code reason}, at {@code now}. */
    synchronized void refused(String address, String reason, long now) {
        startsOrContinues(now);
        refused++;
        reasons.merge(reason, 1, Integer::sum);
        if (addresses.containsKey(address) || addresses.size() < ADDRESSES_KEPT) {
            addresses.merge(address, 1, Integer::sum);
        } else {
            fromAddressesNotKept++;
        }
    }

    /** MINA warned, of {@code kind}, about a connection that has not logged in, at {@code now}. */
    synchronized void warned(String kind, long now) {
        startsOrContinues(now);
        warned++;
        warnings.merge(kind, 1, Integer::sum);
    }

    private void startsOrContinues(long now) {
        if (refused == 0 && warned == 0) {
            first = now;
        }
        last = now;
    }

    /** Writes the burst's line if it has ended (or lasted a minute) by {@code now}; called once a second. */
    synchronized void tick(long now) {
        if ((refused > 0 || warned > 0) && (now - last >= QUIET.toNanos() || now - first >= LONGEST.toNanos())) {
            flush();
        }
    }

    /** Writes the line for what was refused so far, if anything was (when the server stops). */
    synchronized void flush() {
        if (refused == 0 && warned == 0) {
            return;
        }
        String when = wallClock.get().truncatedTo(ChronoUnit.SECONDS) + " ";
        String over = " not logged in, over " + ReaderServer.seconds(Duration.ofNanos(last - first)) + ": ";
        String line;
        if (refused == 0) {
            line = when + warningCount() + " about connections" + over + counts(warnings);
        } else {
            line = when + refused + (refused == 1 ? " connection" : " connections") + over + counts(reasons)
                    + "; from " + addresses() + (warned == 0 ? "" : "; " + warningCount() + " about them: " + counts(warnings));
        }
        log.accept(Sanitizer.line(line));
        reasons.clear();
        addresses.clear();
        warnings.clear();
        refused = 0;
        warned = 0;
        fromAddressesNotKept = 0;
    }

    private String warningCount() {
        return warned + (warned == 1 ? " sshd warning" : " sshd warnings");
    }

    private static String counts(Map<String, Integer> byKind) {
        return byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private String addresses() {
        List<Map.Entry<String, Integer>> busiest = addresses.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        String named = busiest.stream().limit(ADDRESSES_NAMED).map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        int others = busiest.size() - Math.min(busiest.size(), ADDRESSES_NAMED);
        if (others == 0 && fromAddressesNotKept == 0) {
            return named;
        }
        return named + " and " + (fromAddressesNotKept > 0 ? "more than " + others : String.valueOf(others))
                + " more " + (others == 1 && fromAddressesNotKept == 0 ? "address" : "addresses");
    }
}
