package pilcrow.serve;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The session channels of one connection, counted against the server's caps as OpenSSH's
 * MaxSessions does: a connection holds one session in {@link Admission} from when it logs in, which
 * its first channel uses; every further open channel takes a session of its own (per address and in
 * all), and no connection holds more than {@code maxPerConnection}. A channel refused here is
 * refused alone; the connection and its other channels go on. It also knows since when the
 * connection has had no channel open, so the server can close one that holds its session and
 * serves nothing ({@link #withoutChannelFor}). Thread-safe.
 */
final class ChannelCaps {

    private final Admission admission;
    private final Admission.Place place;
    private final int maxPerConnection;
    private final LongSupplier nanoClock;
    private int open;
    /** When the connection was last left without a channel: its login, or its last channel's close. */
    private long withoutChannelSince;

    /** @param nanoClock {@link System#nanoTime}, or a test's clock; read now, as the connection has just logged in */
    ChannelCaps(Admission admission, Admission.Place place, int maxPerConnection, LongSupplier nanoClock) {
        this.admission = admission;
        this.place = place;
        this.maxPerConnection = maxPerConnection;
        this.nanoClock = nanoClock;
        this.withoutChannelSince = nanoClock.getAsLong();
    }

    /**
     * Whether the connection has had no channel open for {@code grace}: since it logged in, or since
     * its last channel closed. A grace of zero is no limit, as the login grace's own (MINA's and
     * OpenSSH's LoginGraceTime 0).
     */
    synchronized boolean withoutChannelFor(Duration grace) {
        return open == 0 && !grace.isZero() && !grace.isNegative() && nanoClock.getAsLong() - withoutChannelSince >= grace.toNanos();
    }

    /**
     * Takes a place for a new channel.
     *
     * @return null when it may open (call {@link #close} when it ends); else why not
     */
    synchronized String open() {
        if (open >= maxPerConnection) {
            return "too many sessions on one connection (" + maxPerConnection + ")";
        }
        if (open >= 1) {
            String refused = admission.openChannel(place);
            if (refused != null) {
                return refused;
            }
        }
        open++;
        return null;
    }

    /** A channel that {@link #open} let in has ended. */
    synchronized void close() {
        if (open == 0) {
            return;
        }
        open--;
        if (open >= 1) {
            admission.closeChannel(place);
        } else {
            withoutChannelSince = nanoClock.getAsLong();
        }
    }
}
