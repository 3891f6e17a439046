package pilcrow.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSSH's MaxStartups, start:rate:full: below {@code start} connections waiting to log in, a new
 * one is let in; from {@code start} on, it is refused with a chance of {@code rate} percent, rising
 * linearly to every one at {@code full}. Random early drop sheds a flood gradually, so it can
 * neither fill the pool at once nor know the exact point where it stops getting in.
 */
public record Startups(int start, int rate, int full) {

    /** OpenSSH's default. */
    public static final Startups DEFAULT = new Startups(10, 30, 100);

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})(?::(\\d{1,3}):(\\d{1,6}))?");

    public Startups {
        if (start < 1 || full < start || rate < 1 || rate > 100) {
            throw new IllegalArgumentException("start:rate:full needs 1 <= start <= full and a rate of 1 to 100");
        }
    }

    /**
     * {@code start:rate:full}, or one number N: refuse from N waiting on ({@code N:100:N}), as OpenSSH reads them.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Startups parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not start:rate:full (as 10:30:100): " + text);
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Startups(start, 100, start);
        }
        return new Startups(start, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * Whether a connection arriving while {@code waiting} wait is refused, given a roll of 0 to 99.
     */
    boolean refuses(int waiting, int roll) {
        if (waiting < start) {
            return false;
        }
        if (waiting >= full) {
            return true;
        }
        int chance = rate + (100 - rate) * (waiting - start) / (full - start);
        return roll < chance;
    }

    @Override
    public String toString() {
        return start + ":" + rate + ":" + full;
    }
}
