package pilcrow.serve;

import java.util.regex.Pattern;

/**
 * Which {@code env} requests a session channel accepts, as OpenSSH's AcceptEnv does: the locale
 * (LANG, LC_*), and TERM only before the PTY request (whose TERM then wins). Never COLUMNS or
 * LINES: the size comes from the PTY request and window changes alone, clamped. Bounded in count
 * and length, since MINA keeps every accepted variable for the channel's life. One per channel;
 * the channel's requests arrive one at a time, but MINA may use different threads, hence
 * synchronized.
 */
final class EnvRequests {

    static final int MAX_ACCEPTED = 16;
    static final int MAX_NAME_CHARS = 32;
    static final int MAX_VALUE_CHARS = 256;

    private static final Pattern LOCALE = Pattern.compile("LANG|LC_[A-Z]+");
    /** Printable ASCII only: a value is shown in logs and on screens. */
    private static final Pattern PLAIN_VALUE = Pattern.compile("[\\x20-\\x7e]*");

    private int accepted;
    private boolean ptyRequested;

    /** The PTY request came: from now on TERM is the PTY's. */
    synchronized void ptyRequested() {
        ptyRequested = true;
    }

    /** Whether to keep the variable (true) or answer the client with a failure (false). */
    synchronized boolean accept(String name, String value) {
        if (accepted >= MAX_ACCEPTED || name == null || value == null
                || name.length() > MAX_NAME_CHARS || value.length() > MAX_VALUE_CHARS
                || !PLAIN_VALUE.matcher(value).matches()) {
            return false;
        }
        boolean allowed = LOCALE.matcher(name).matches() || (name.equals("TERM") && !ptyRequested);
        if (allowed) {
            accepted++;
        }
        return allowed;
    }
}
