package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a connection's channels ended, for its log line: one attribute per connection used to hold
 * the last channel's reason only, so with two channels the one that ended idle or revoked could be
 * logged as the other's "quit", or the other way round.
 */
class ChannelEndingsTest {

    @Test
    void eachChannelKeepsItsOwnReason() {
        ChannelEndings endings = new ChannelEndings();

        endings.ended(0, SessionWatch.IDLE);
        endings.ended(1, "quit");

        assertThat(endings.describe()).isEqualTo("channel 0 " + SessionWatch.IDLE + ", channel 1 quit");
    }

    @Test
    void aConnectionWithOneChannelIsLoggedAsBefore() {
        ChannelEndings endings = new ChannelEndings();

        endings.ended(3, SessionWatch.REVOKED);

        assertThat(endings.describe()).isEqualTo(SessionWatch.REVOKED);
    }

    @Test
    void noChannelEndedYetIsNoReason() {
        assertThat(new ChannelEndings().describe()).isNull();
    }
}
