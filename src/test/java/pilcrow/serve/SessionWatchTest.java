package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionWatchTest {

    private static final Duration IDLE = Duration.ofMinutes(30);

    @Test
    void aSessionGoesOnWhileKeysArriveAndItsKeyIsListed() {
        assertThat(SessionWatch.reasonToEnd(Duration.ofMinutes(29), IDLE, false)).isNull();
    }

    @Test
    void noKeyTypedForTheIdleTimeoutEndsIt() {
        assertThat(SessionWatch.reasonToEnd(IDLE, IDLE, false)).isEqualTo(SessionWatch.IDLE);
        assertThat(SessionWatch.message(SessionWatch.IDLE, IDLE)).isEqualTo("pilcrow: no key typed for 30m: session closed");
    }

    @Test
    void aKeyRemovedFromTheFileEndsItAtOnce() {
        assertThat(SessionWatch.reasonToEnd(Duration.ZERO, IDLE, true)).isEqualTo(SessionWatch.REVOKED);
        assertThat(SessionWatch.message(SessionWatch.REVOKED, IDLE)).isEqualTo("pilcrow: your key is no longer authorized: session closed");
    }

    @Test
    void anIdleTimeoutOfZeroEndsNoSessionForIdlingButARevokedKeyStillEnds() {
        // As OpenSSH's ClientAliveInterval 0: off. Before, 0 ended every session within a second.
        assertThat(SessionWatch.reasonToEnd(Duration.ofHours(5), Duration.ZERO, false)).isNull();
        assertThat(SessionWatch.reasonToEnd(Duration.ZERO, Duration.ZERO, true)).isEqualTo(SessionWatch.REVOKED);
    }
}
