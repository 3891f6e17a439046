package pilcrow.serve;

import java.time.Duration;

/**
 * When a live session must end though its client is still there: no key typed for the idle
 * timeout (keepalives and window changes are not the user), or its key no longer in the file.
 * The server looks every second, so a removed key's sessions end within about a second.
 */
final class SessionWatch {

    static final String IDLE = "idle timeout";
    static final String REVOKED = "key removed";

    private SessionWatch() {
    }

    /** Why the session must end now, or null. */
    static String reasonToEnd(Duration sinceLastKey, Duration idleTimeout, boolean keyRevoked) {
        if (keyRevoked) {
            return REVOKED;
        }
        if (!idles(idleTimeout)) {
            return null;
        }
        return sinceLastKey.compareTo(idleTimeout) >= 0 ? IDLE : null;
    }

    /** An idle timeout of zero (or less) is off, as OpenSSH's ClientAliveInterval 0 is. */
    static boolean idles(Duration idleTimeout) {
        return !idleTimeout.isZero() && !idleTimeout.isNegative();
    }

    /** The one line the client sees after its screen is put back. */
    static String message(String reason, Duration idleTimeout) {
        return REVOKED.equals(reason)
                ? "pilcrow: your key is no longer authorized: session closed"
                : "pilcrow: no key typed for " + shortly(idleTimeout) + ": session closed";
    }

    private static String shortly(Duration d) {
        if (d.toSeconds() % 3600 == 0 && d.toHours() > 0) {
            return d.toHours() + "h";
        }
        if (d.toSeconds() % 60 == 0 && d.toMinutes() > 0) {
            return d.toMinutes() + "m";
        }
        return d.toSeconds() + "s";
    }
}
