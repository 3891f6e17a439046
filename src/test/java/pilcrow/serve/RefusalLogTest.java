package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16 item 4: a flood of refused connections is one log line per burst, not one per socket. */
class RefusalLogTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final String STARTUPS = "too many connections waiting to log in (10:30:100)";
    private static final String PER_ADDRESS = "too many connections from one address (16)";

    private final List<String> lines = new ArrayList<>();
    private final RefusalLog refusals = new RefusalLog(lines::add, () -> Instant.parse("2026-12-07T05:00:00.700Z"));

    @Test
    void aBurstIsOneLineWrittenWhenItEnds() {
        for (int i = 0; i < 200; i++) {
            refusals.refused("127.0.0." + (2 + i % 5), i % 4 == 0 ? PER_ADDRESS : STARTUPS, i * SECOND / 100);
        }
        long end = 199 * SECOND / 100;

        refusals.tick(end + SECOND); // not quiet long enough yet
        assertThat(lines).isEmpty();
        refusals.tick(end + 2 * SECOND);

        assertThat(lines).containsExactly("2026-12-07T05:00:00Z 200 connections not logged in, over 1.9s: 50 " + PER_ADDRESS
                + ", 150 " + STARTUPS + "; from 127.0.0.2 (40), 127.0.0.3 (40), 127.0.0.4 (40) and 2 more addresses");
        refusals.tick(end + 10 * SECOND);
        assertThat(lines).hasSize(1);
    }

    @Test
    void warningsAboutConnectionsNotLoggedInAreCountedOnTheBurstsLine() {
        for (int i = 0; i < 31; i++) {
            refusals.warned("exceptionCaught (SshException)", i * SECOND / 10);
            refusals.refused("127.0.0.1", "closed before logging in", i * SECOND / 10);
        }
        refusals.flush();

        assertThat(lines).containsExactly("2026-12-07T05:00:00Z 31 connections not logged in, over 3.0s: "
                + "31 closed before logging in; from 127.0.0.1 (31); 31 sshd warnings about them: "
                + "31 exceptionCaught (SshException)");
    }

    @Test
    void warningsAloneStillGetTheirLine() {
        refusals.warned("doReadIdentification", 0);
        refusals.warned("doReadIdentification", SECOND);
        refusals.tick(SECOND);
        assertThat(lines).isEmpty();
        refusals.tick(3 * SECOND);

        assertThat(lines).containsExactly("2026-12-07T05:00:00Z 2 sshd warnings about connections not logged in, "
                + "over 1.0s: 2 doReadIdentification");
    }

    @Test
    void aFloodWithoutPausesStillGetsALineAMinute() {
        long now = 0;
        for (; now <= 150 * SECOND; now += SECOND / 2) {
            refusals.refused("10.0.0.1", STARTUPS, now);
            refusals.tick(now);
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("121 connections not logged in, over 60.0s");
    }

    @Test
    void oneRefusalIsOneLineNamingItsAddress() {
        refusals.refused("127.0.0.1", "too many connections from one address (1)", 0);
        refusals.flush();
        refusals.flush();

        assertThat(lines).containsExactly("2026-12-07T05:00:00Z 1 connection not logged in, over 0.0s: "
                + "1 too many connections from one address (1); from 127.0.0.1 (1)");
    }

    @Test
    void countlessAddressesAreCountedNotKept() {
        for (int i = 0; i < RefusalLog.ADDRESSES_KEPT + 50; i++) {
            refusals.refused("fd00::" + Integer.toHexString(i), STARTUPS, 0);
        }
        refusals.tick(RefusalLog.QUIET.toNanos());

        assertThat(lines).singleElement().asString()
                .contains("1050 connections not logged in")
                .endsWith("and more than " + (RefusalLog.ADDRESSES_KEPT - RefusalLog.ADDRESSES_NAMED) + " more addresses");
    }

    @Test
    void whatAClientControlsIsSanitized() {
        refusals.refused("evil\u001b]0;owned\u0007", STARTUPS, 0);
        refusals.flush();

        assertThat(lines).singleElement().asString().doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
