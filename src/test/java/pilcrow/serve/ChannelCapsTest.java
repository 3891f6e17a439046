package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelCapsTest {

    /** A connection from {@code address} that has logged in, in {@code admission}. */
    static Admission.Place loggedIn(Admission admission, String address) {
        Admission.Arrival arrival = admission.arrive(address, () -> { });
        Admission.Place place = ((Admission.Arrival.Admitted) arrival).place();
        assertThat(admission.loggedIn(place)).isNull();
        return place;
    }

    private static Admission admission(int maxSessions, int maxPerAddress) {
        return new Admission(maxSessions, maxPerAddress, Startups.DEFAULT, () -> 0);
    }

    @Test
    void theFirstChannelUsesTheConnectionsPlaceAndEachMoreTakesOne() {
        Admission admission = admission(3, 3);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10);

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
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10);

        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isEqualTo("too many connections from one address (2)");
        assertThat(admission.from("10.0.0.1")).isEqualTo(2);
    }

    @Test
    void aConnectionHoldsAtMostItsOwnCap() {
        Admission admission = admission(100, 100);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 2);

        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isEqualTo("too many sessions on one connection (2)");
        assertThat(admission.sessions()).isEqualTo(2);
    }

    @Test
    void closingMoreThanWasOpenedReleasesNothing() {
        Admission admission = admission(5, 5);
        ChannelCaps channels = new ChannelCaps(admission, loggedIn(admission, "10.0.0.1"), 10);

        channels.close();

        assertThat(admission.sessions()).isEqualTo(1);
        assertThat(channels.open()).isNull();
    }

    @Test
    void aConnectionThatEndsGivesBackItsFurtherChannelsOnce() {
        Admission admission = admission(5, 5);
        Admission.Place place = loggedIn(admission, "10.0.0.1");
        ChannelCaps channels = new ChannelCaps(admission, place, 10);
        channels.open();
        channels.open();

        admission.release(place); // the connection went before its channels were seen closing
        channels.close();

        assertThat(admission.sessions()).isZero();
        assertThat(admission.from("10.0.0.1")).isZero();
    }
}
