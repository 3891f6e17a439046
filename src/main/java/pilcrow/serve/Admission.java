package pilcrow.serve;

import java.util.HashMap;
import java.util.Map;

/**
 * The caps on connections: at most {@code maxSessions} at once, and at most {@code maxPerAddress}
 * from one remote address. Counted from the moment a connection arrives (before it logs in), so a
 * flood of unauthenticated connections is capped too. Thread-safe.
 */
final class Admission {

    private final int maxSessions;
    private final int maxPerAddress;
    private final Map<String, Integer> perAddress = new HashMap<>();
    private int total;

    Admission(int maxSessions, int maxPerAddress) {
        if (maxSessions < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("the caps must be at least 1");
        }
        this.maxSessions = maxSessions;
        this.maxPerAddress = maxPerAddress;
    }

    /**
     * Takes a place for a connection from {@code address}.
     *
     * @return null when admitted (call {@link #release} when it ends); else why not
     */
    synchronized String admit(String address) {
        if (total >= maxSessions) {
            return "too many sessions (" + maxSessions + ")";
        }
        int fromThere = perAddress.getOrDefault(address, 0);
        if (fromThere >= maxPerAddress) {
            return "too many connections from " + address + " (" + maxPerAddress + ")";
        }
        total++;
        perAddress.put(address, fromThere + 1);
        return null;
    }

    synchronized void release(String address) {
        Integer fromThere = perAddress.get(address);
        if (fromThere == null) {
            return;
        }
        total--;
        if (fromThere <= 1) {
            perAddress.remove(address);
        } else {
            perAddress.put(address, fromThere - 1);
        }
    }

    synchronized int active() {
        return total;
    }
}
