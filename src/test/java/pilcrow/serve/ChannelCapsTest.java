package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ChannelCapsTest {

    /** Nanoseconds, moved by the tests. */
    private long now;
    private final LongSupplier clock = () -> now;

    /** A connection from {@code address} that has logged in, in {@code admission}. */
    static Admission.Place loggedIn(Admission admission, String address) {
        return loggedIn(admission, address, "alice");
    }

    /** A connection of {@code user} from {@code address} that has logged in, in {@code admission}. */
    static Admission.Place loggedIn(Admission admission, String address, String user) {
        Admission.Arrival arrival = admission.arrive(address, () -> { });
        Admission.Place place = ((Admission.Arrival.Admitted) arrival).place();
        assertThat(admission.loggedIn(place, user)).isNull();
        return place;
    }

    private static Admission admission(int maxSessions, int maxPerAddress) {
        return new Admission(maxSessions, maxPerAddress, Startups.DEFAULT, () -> 0);
    }

    @Test
    void theFirstChannelUsesTheConnectionsPlaceAndEachMoreTakesOne() {
        Admission admission = admission(3, 3);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10, clock);

        assertThat(channels.open()).isNull();
        assertThat(admission.sessions()).isEqualTo(1);
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();
        assertThat(admission.sessions()).isEqualTo(3);
        assertThat(channels.open()).contains("too many sessions (3)");
        assertThat(admission.sessions()).isEqualTo(3);

        channels.close();
        assertThat(admission.sessions()).isEqualTo(2);
        assertThat(channels.open()).isNull();
        channels.close();
        channels.close();
        channels.close();
        assertThat(admission.sessions()).isEqualTo(1); // the connection's own place stays until it ends
    }

    @Test
    void furtherChannelsCountAgainstTheAddressToo() {
        Admission admission = admission(10, 2);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10, clock);

        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isEqualTo("too many connections from one address (2)");
        assertThat(admission.from("10.0.0.1")).isEqualTo(2);
    }

    @Test
    void aConnectionHoldsAtMostItsOwnCap() {
        Admission admission = admission(100, 100);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 2, clock);

        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isEqualTo("too many sessions on one connection (2)");
        assertThat(admission.sessions()).isEqualTo(2);
    }

    @Test
    void closingMoreThanWasOpenedReleasesNothing() {
        Admission admission = admission(5, 5);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10, clock);

        channels.close();

        assertThat(admission.sessions()).isEqualTo(1);
        assertThat(channels.open()).isNull();
    }

    @Test
    void aConnectionThatEndsGivesBackItsFurtherChannelsOnce() {
        Admission admission = admission(5, 5);
        Admission.Place place = loggedIn(admission, "10.0.0.1");
        ChannelCaps channels = new ChannelCaps(admission, place, 10, clock);
        channels.open();
        channels.open();

        admission.release(place); // the connection went before its channels were seen closing
        channels.close();

        assertThat(admission.sessions()).isZero();
        assertThat(admission.from("10.0.0.1")).isZero();
    }

    /** Issue 16: one key owner's channels count against their cap, as their connections do. */
    @Test
    void furtherChannelsCountAgainstTheirUser() {
        Admission admission = new Admission(64, 16, 2, Startups.DEFAULT, () -> 0);
        Admission.Place place = loggedIn(admission, "10.0.0.1", "alice");
        ChannelCaps channels = new ChannelCaps(admission, place, 10, clock);

        assertThat(channels.open()).isNull(); // the connection's own place
        assertThat(channels.open()).isNull();
        assertThat(admission.ofUser("alice")).isEqualTo(2);
        assertThat(channels.open()).isEqualTo("too many sessions for user alice (2)");
        assertThat(admission.sessions()).isEqualTo(2);

        channels.close();
        assertThat(admission.ofUser("alice")).isEqualTo(1);
        admission.release(place);
        assertThat(admission.ofUser("alice")).isZero();
    }

    /**
     * Issue 16: a key owner's connections that log in and open nothing would hold their sessions
     * until the idle backstop; one that has had no channel for the login grace is due to close.
     */
    @Test
    void aConnectionThatOpensNoChannelWithinTheGraceIsDue() {
        Admission admission = admission(5, 5);
        Duration grace = Duration.ofSeconds(20);
        now = 1_000;
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10, clock);

        now += grace.toNanos() - 1;
        assertThat(channels.withoutChannelFor(grace)).isFalse();
        now += 1;
        assertThat(channels.withoutChannelFor(grace)).isTrue();
        assertThat(channels.withoutChannelFor(Duration.ZERO)).as("a login grace of 0: no limit").isFalse();
    }

    @Test
    void anOpenChannelKeepsTheConnectionAndTheGraceStartsAgainWhenTheLastCloses() {
        Admission admission = admission(5, 5);
        Duration grace = Duration.ofSeconds(20);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10, clock);
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();

        now += 10 * grace.toNanos();
        assertThat(channels.withoutChannelFor(grace)).as("two channels open").isFalse();
        channels.close();
        now += 10 * grace.toNanos();
        assertThat(channels.withoutChannelFor(grace)).as("one channel open").isFalse();

        channels.close(); // the last: the grace starts now
        now += grace.toNanos() - 1;
        assertThat(channels.withoutChannelFor(grace)).isFalse();
        now += 1;
        assertThat(channels.withoutChannelFor(grace)).isTrue();

        assertThat(channels.open()).isNull();
        assertThat(channels.withoutChannelFor(grace)).isFalse();
    }
}
