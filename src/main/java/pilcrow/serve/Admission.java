package pilcrow.serve;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Who may connect, in two pools, as OpenSSH keeps them apart:
 * <ul>
 *   <li>connections waiting to log in: {@link Startups} (OpenSSH's MaxStartups start:rate:full) with
 *   random early drop; and when the pool is under pressure, a connection from an address with few
 *   waiting takes the place of the oldest waiting connection of the address with the most, so a
 *   flood from a few addresses cannot keep a user from another address out;</li>
 *   <li>logged-in sessions: at most {@code maxSessions}, taken at login (a waiting connection never
 *   holds one), plus one for each further session channel ({@link ChannelCaps}); and at most
 *   {@code maxPerUser} of them for one user (one key, or one name of a keys folder), so one key
 *   owner cannot take them all, as OpenSSH's MaxSessions bounds what one connection holds.</li>
 * </ul>
 * Every connection, waiting or logged in, and every further channel counts against
 * {@code maxPerAddress}. Thread-safe.
 */
final class Admission {

    /** Rolls a number from 0 to 99, uniformly: the random part of the early drop (injected in tests). */
    @FunctionalInterface
    interface Dice {
        int percent();
    }

    /** What became of a connection that arrived. */
    sealed interface Arrival {
        /** Let in to log in; {@code dropped}, if not null, is the waiting connection that made room for it. */
        record Admitted(Place place, Place dropped) implements Arrival { }

        record Refused(String reason) implements Arrival { }
    }

    /** A connection's place: waiting to log in, then logged in, then gone (released, or dropped). */
    static final class Place {
        private final String address;
        private final long arrived;
        private final Runnable drop;
        /** The user it logged in as; null while waiting. */
        private String user;
        private boolean loggedIn;
        private boolean gone;
        private int extraChannels;

        private Place(String address, long arrived, Runnable drop) {
            this.address = address;
            this.arrived = arrived;
            this.drop = drop;
        }

        String address() {
            return address;
        }

        /** Closes the connection this place was given to: call after {@link Admission#arrive} chose it to make room. */
        void drop() {
            drop.run();
        }
    }

    static final String DROPPED = "dropped before login to make room for another address";

    private final int maxSessions;
    private final int maxPerAddress;
    private final int maxPerUser;
    private final Startups startups;
    private final Dice dice;
    /** Connections and further channels per address, waiting or logged in. */
    private final Map<String, Integer> perAddress = new HashMap<>();
    /** Logged-in connections and further channels per user. */
    private final Map<String, Integer> perUser = new HashMap<>();
    /** The waiting connections per address, oldest first. */
    private final Map<String, ArrayDeque<Place>> waiting = new HashMap<>();
    private int waitingCount;
    private int sessions;
    private long arrivals;

    /** With no cap per user below the server's own. */
    Admission(int maxSessions, int maxPerAddress, Startups startups, Dice dice) {
        this(maxSessions, maxPerAddress, maxSessions, startups, dice);
    }

    Admission(int maxSessions, int maxPerAddress, int maxPerUser, Startups startups, Dice dice) {
        if (maxSessions < 1 || maxPerAddress < 1 || maxPerUser < 1) {
            throw new IllegalArgumentException("the caps must be at least 1");
        }
        this.maxSessions = maxSessions;
        this.maxPerAddress = maxPerAddress;
        this.maxPerUser = maxPerUser;
        this.startups = startups;
        this.dice = dice;
    }

    /**
     * A connection from {@code address} has arrived and not logged in yet.
     *
     * @param drop closes this connection, should a later arrival need its place
     */
    synchronized Arrival arrive(String address, Runnable drop) {
        if (perAddress.getOrDefault(address, 0) >= maxPerAddress) {
            return new Arrival.Refused("too many connections from one address (" + maxPerAddress + ")");
        }
        Place dropped = null;
        if (waitingCount >= startups.start()) {
            dropped = oldestOfAnAddressWithMoreWaiting(address);
            if (dropped != null) {
                forget(dropped);
            } else if (startups.refuses(waitingCount, dice.percent())) {
                return new Arrival.Refused("too many connections waiting to log in (" + startups + ")");
            }
        }
        Place place = new Place(address, arrivals++, drop);
        waiting.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(place);
        waitingCount++;
        perAddress.merge(address, 1, Integer::sum);
        return new Arrival.Admitted(place, dropped);
    }

    /**
     * The oldest waiting connection of the address with the most waiting, when that address has at
     * least two more waiting than {@code newcomer} has: taking its place evens the pool out, where
     * a swap between equals would only churn.
     */
    private Place oldestOfAnAddressWithMoreWaiting(String newcomer) {
        int enough = waitingFrom(newcomer) + 2;
        Place chosen = null;
        int chosenCount = 0;
        for (Map.Entry<String, ArrayDeque<Place>> entry : waiting.entrySet()) {
            int count = entry.getValue().size();
            Place first = entry.getValue().peekFirst();
            if (entry.getKey().equals(newcomer) || count < enough) {
                continue;
            }
            if (chosen == null || count > chosenCount || (count == chosenCount && first.arrived < chosen.arrived)) {
                chosen = first;
                chosenCount = count;
            }
        }
        return chosen;
    }

    /**
     * The connection has logged in as {@code user}: it leaves the waiting pool and takes a session.
     *
     * @return null when it may go on; else why not (its place is then given up)
     */
    synchronized String loggedIn(Place place, String user) {
        if (place.gone) {
            return DROPPED;
        }
        if (place.loggedIn) {
            return null;
        }
        String full = fullFor(user);
        if (full != null) {
            release(place);
            return full;
        }
        leaveWaiting(place);
        place.loggedIn = true;
        place.user = user;
        sessions++;
        perUser.merge(user, 1, Integer::sum);
        return null;
    }

    /** Why {@code user} may not take one more session, or null. */
    private String fullFor(String user) {
        if (sessions >= maxSessions) {
            return "too many sessions (" + maxSessions + ")";
        }
        if (perUser.getOrDefault(user, 0) >= maxPerUser) {
            return "too many sessions for user " + user + " (" + maxPerUser + ")";
        }
        return null;
    }

    /**
     * A further session channel on a logged-in connection: a session and a place of its address.
     *
     * @return null when it may open (call {@link #closeChannel}); else why not
     */
    synchronized String openChannel(Place place) {
        if (place.gone || !place.loggedIn) {
            return "not logged in";
        }
        String full = fullFor(place.user);
        if (full != null) {
            return full;
        }
        if (perAddress.getOrDefault(place.address, 0) >= maxPerAddress) {
            return "too many connections from one address (" + maxPerAddress + ")";
        }
        place.extraChannels++;
        sessions++;
        perUser.merge(place.user, 1, Integer::sum);
        perAddress.merge(place.address, 1, Integer::sum);
        return null;
    }

    synchronized void closeChannel(Place place) {
        if (place.gone || place.extraChannels == 0) {
            return;
        }
        place.extraChannels--;
        sessions--;
        less(perUser, place.user, 1);
        less(perAddress, place.address, 1);
    }

    /** The connection has ended: everything it held is given back. Calling it again does nothing. */
    synchronized void release(Place place) {
        if (place.gone) {
            return;
        }
        if (place.loggedIn) {
            sessions -= 1 + place.extraChannels;
            less(perUser, place.user, 1 + place.extraChannels);
        }
        forget(place);
        less(perAddress, place.address, place.extraChannels);
        place.extraChannels = 0;
    }

    /** Takes a place out of the pools (its further channels are the caller's). */
    private void forget(Place place) {
        if (!place.loggedIn) {
            leaveWaiting(place);
        }
        place.gone = true;
        less(perAddress, place.address, 1);
    }

    private void leaveWaiting(Place place) {
        ArrayDeque<Place> queue = waiting.get(place.address);
        if (queue != null && queue.remove(place)) {
            waitingCount--;
            if (queue.isEmpty()) {
                waiting.remove(place.address);
            }
        }
    }

    /** Takes {@code count} from {@code key}'s number, forgetting it at zero. */
    private static void less(Map<String, Integer> counts, String key, int count) {
        if (count > 0) {
            counts.computeIfPresent(key, (k, n) -> n > count ? n - count : null);
        }
    }

    private int waitingFrom(String address) {
        ArrayDeque<Place> queue = waiting.get(address);
        return queue == null ? 0 : queue.size();
    }

    /** Connections waiting to log in. */
    synchronized int waiting() {
        return waitingCount;
    }

    /** Logged-in sessions, further channels included. */
    synchronized int sessions() {
        return sessions;
    }

    /** Sessions held by {@code user}: logged-in connections and their further channels. */
    synchronized int ofUser(String user) {
        return perUser.getOrDefault(user, 0);
    }

    /** Places held by {@code address}: its connections, waiting or not, and further channels. */
    synchronized int from(String address) {
        return perAddress.getOrDefault(address, 0);
    }
}
