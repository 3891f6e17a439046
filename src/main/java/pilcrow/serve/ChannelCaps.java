package pilcrow.serve;

/**
 * The session channels of one connection, counted against the server's caps as OpenSSH's
 * MaxSessions does: a connection holds one session in {@link Admission} from when it logs in, which
 * its first channel uses; every further open channel takes a session of its own (per address and in
 * all), and no connection holds more than {@code maxPerConnection}. A channel refused here is
 * refused alone; the connection and its other channels go on. Thread-safe.
 */
final class ChannelCaps {

    private final Admission admission;
    private final Admission.Place place;
    private final int maxPerConnection;
    private int open;

    ChannelCaps(Admission admission, Admission.Place place, int maxPerConnection) {
        this.admission = admission;
        this.place = place;
        this.maxPerConnection = maxPerConnection;
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
        }
    }
}
