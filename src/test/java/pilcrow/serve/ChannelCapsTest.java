package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelCapsTest {

    @Test
    void theFirstChannelUsesTheConnectionsPlaceAndEachMoreTakesOne() {
        Admission admission = new Admission(3, 3);
        assertThat(admission.admit("10.0.0.1")).isNull(); // the connection itself
        ChannelCaps channels = new ChannelCaps(admission, "10.0.0.1", 10);

        assertThat(channels.open()).isNull();
        assertThat(admission.active()).isEqualTo(1);
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();
        assertThat(admission.active()).isEqualTo(3);
        assertThat(channels.open()).contains("too many sessions (3)");
        assertThat(admission.active()).isEqualTo(3);

        channels.close();
        assertThat(admission.active()).isEqualTo(2);
        assertThat(channels.open()).isNull();
        channels.close();
        channels.close();
        channels.close();
        assertThat(admission.active()).isEqualTo(1); // the connection's own place stays until it ends
    }

    @Test
    void aConnectionHoldsAtMostItsOwnCap() {
        Admission admission = new Admission(100, 100);
        admission.admit("10.0.0.1");
        ChannelCaps channels = new ChannelCaps(admission, "10.0.0.1", 2);

        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isNull();
        assertThat(channels.open()).isEqualTo("too many sessions on one connection (2)");
        assertThat(admission.active()).isEqualTo(2);
    }

    @Test
    void closingMoreThanWasOpenedReleasesNothing() {
        Admission admission = new Admission(5, 5);
        admission.admit("10.0.0.1");
        ChannelCaps channels = new ChannelCaps(admission, "10.0.0.1", 10);

        channels.close();

        assertThat(admission.active()).isEqualTo(1);
        assertThat(channels.open()).isNull();
    }
}
