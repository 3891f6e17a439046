package pilcrow.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How each session channel of one connection ended, in the order they ended, for the
 * connection's log line. Kept per channel: a connection may carry several (OpenSSH's connection
 * sharing), and one ending idle or revoked must not be logged with another's reason.
 * Thread-safe: each channel ends on its own thread.
 */
final class ChannelEndings {

    private record Ending(long channel, String how) {
    }

    private final List<Ending> endings = new ArrayList<>();

    synchronized void ended(long channel, String how) {
        endings.add(new Ending(channel, how));
    }

    /** One channel: its reason alone (as the log always said); several: each named; none: null. */
    synchronized String describe() {
        if (endings.isEmpty()) {
            return null;
        }
        if (endings.size() == 1) {
            return endings.get(0).how();
        }
        return endings.stream().map(e -> "channel " + e.channel() + " " + e.how()).collect(Collectors.joining(", "));
    }
}
