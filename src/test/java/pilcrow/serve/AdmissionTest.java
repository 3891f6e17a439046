package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 4: connections waiting to log in have a pool of their own (OpenSSH's MaxStartups,
 * with random early drop: the dice are injected), so a flood of silent sockets from a few
 * addresses locks no one out.
 */
class AdmissionTest {

    /** Rolls the lowest number: above {@code start}, every chance of a drop becomes a drop. */
    private static final Admission.Dice ALWAYS_DROPS = () -> 0;
    /** Rolls the highest: only a full pool drops. */
    private static final Admission.Dice NEVER_DROPS_BELOW_FULL = () -> 99;

    private final List<String> droppedConnections = new ArrayList<>();

    private Admission.Arrival arrive(Admission admission, String address) {
        return admission.arrive(address, () -> droppedConnections.add(address));
    }

    private Admission.Place admitted(Admission admission, String address) {
        Admission.Arrival arrival = arrive(admission, address);
        assertThat(arrival).isInstanceOf(Admission.Arrival.Admitted.class);
        Admission.Arrival.Admitted admitted = (Admission.Arrival.Admitted) arrival;
        if (admitted.dropped() != null) {
            admitted.dropped().drop();
        }
        return admitted.place();
    }

    /** 200 silent connections, round robin from 127.0.0.2-6; returns how many got in. */
    private int flood(Admission admission) {
        int in = 0;
        for (int i = 0; i < 200; i++) {
            Admission.Arrival arrival = arrive(admission, "127.0.0." + (2 + i % 5));
            if (arrival instanceof Admission.Arrival.Admitted admitted) {
                in++;
                if (admitted.dropped() != null) {
                    admitted.dropped().drop();
                }
            }
        }
        return in;
    }

    @Test
    void aFloodFromFiveAddressesLeavesRoomForALoginFromAnother() {
        for (Admission.Dice dice : List.of(ALWAYS_DROPS, NEVER_DROPS_BELOW_FULL)) {
            Admission admission = new Admission(64, 16, Startups.DEFAULT, dice);
            assertThat(flood(admission)).isPositive();

            Admission.Place user = admitted(admission, "127.0.0.1");

            assertThat(admission.loggedIn(user, "alice")).isNull();
            assertThat(admission.sessions()).isEqualTo(1);
        }
    }

    @Test
    void aNewcomerTakesThePlaceOfTheOldestWaitingOfTheBusiestAddress() {
        Admission admission = new Admission(64, 16, new Startups(4, 100, 4), ALWAYS_DROPS);
        Admission.Place firstOfBusy = admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.2");

        Admission.Arrival arrival = arrive(admission, "10.0.0.3");

        assertThat(arrival).isInstanceOf(Admission.Arrival.Admitted.class);
        assertThat(((Admission.Arrival.Admitted) arrival).dropped()).isSameAs(firstOfBusy);
        assertThat(admission.waiting()).isEqualTo(4);
        assertThat(admission.from("10.0.0.1")).isEqualTo(2);
        assertThat(admission.loggedIn(firstOfBusy, "alice")).isEqualTo(Admission.DROPPED);
    }

    @Test
    void amongEquallyBusyAddressesTheOldestConnectionGoes() {
        Admission admission = new Admission(64, 16, new Startups(4, 100, 4), ALWAYS_DROPS);
        admitted(admission, "10.0.0.2");
        Admission.Place oldest = admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.2");
        admitted(admission, "10.0.0.1");

        Admission.Arrival arrival = arrive(admission, "10.0.0.3");

        assertThat(((Admission.Arrival.Admitted) arrival).dropped()).isNotSameAs(oldest);
        assertThat(((Admission.Arrival.Admitted) arrival).dropped().address()).isEqualTo("10.0.0.2");
    }

    @Test
    void anAddressNoQuieterThanTheRestIsLeftToTheEarlyDrop() {
        Admission admission = new Admission(64, 16, new Startups(2, 100, 2), ALWAYS_DROPS);
        admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.2");

        // one waiting each: a swap would only churn
        assertThat(arrive(admission, "10.0.0.3")).isEqualTo(
                new Admission.Arrival.Refused("too many connections waiting to log in (2:100:2)"));
        // the busiest address itself never takes its own place
        assertThat(arrive(admission, "10.0.0.1")).isInstanceOf(Admission.Arrival.Refused.class);
        assertThat(admission.waiting()).isEqualTo(2);
    }

    @Test
    void aboveStartTheDiceDecideAndAtFullEveryoneIsRefused() {
        Admission admission = new Admission(64, 16, new Startups(2, 30, 4), ALWAYS_DROPS);
        admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.2");
        assertThat(arrive(admission, "10.0.0.3")).isInstanceOf(Admission.Arrival.Refused.class);

        Admission lucky = new Admission(64, 16, new Startups(2, 30, 4), NEVER_DROPS_BELOW_FULL);
        admitted(lucky, "10.0.0.1");
        admitted(lucky, "10.0.0.2");
        admitted(lucky, "10.0.0.3");
        admitted(lucky, "10.0.0.4");
        assertThat(arrive(lucky, "10.0.0.5")).isInstanceOf(Admission.Arrival.Refused.class);
    }

    @Test
    void loggedInSessionsNeverCountAgainstThePoolOfThoseWaiting() {
        Admission admission = new Admission(64, 16, new Startups(3, 100, 3), ALWAYS_DROPS);
        for (int i = 0; i < 20; i++) {
            assertThat(admission.loggedIn(admitted(admission, "10.0.1." + i), "alice")).isNull();
        }

        admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.2");
        admitted(admission, "10.0.0.3");

        assertThat(admission.sessions()).isEqualTo(20);
        assertThat(admission.waiting()).isEqualTo(3);
    }

    @Test
    void theAddressCapCountsWaitingAndLoggedInConnections() {
        Admission admission = new Admission(64, 2, Startups.DEFAULT, ALWAYS_DROPS);
        assertThat(admission.loggedIn(admitted(admission, "10.0.0.1"), "alice")).isNull();
        admitted(admission, "10.0.0.1");

        assertThat(arrive(admission, "10.0.0.1")).isEqualTo(
                new Admission.Arrival.Refused("too many connections from one address (2)"));
        assertThat(arrive(admission, "10.0.0.2")).isInstanceOf(Admission.Arrival.Admitted.class);
    }

    @Test
    void sessionsAreCappedAtLoginAndARefusedLoginGivesItsPlaceBack() {
        Admission admission = new Admission(1, 16, Startups.DEFAULT, ALWAYS_DROPS);
        Admission.Place first = admitted(admission, "10.0.0.1");
        Admission.Place second = admitted(admission, "10.0.0.2");
        assertThat(admission.loggedIn(first, "alice")).isNull();

        assertThat(admission.loggedIn(second, "alice")).isEqualTo("too many sessions (1)");

        assertThat(admission.waiting()).isZero();
        assertThat(admission.from("10.0.0.2")).isZero();
        admission.release(first);
        assertThat(admission.sessions()).isZero();
        assertThat(admission.loggedIn(admitted(admission, "10.0.0.3"), "alice")).isNull();
    }

    /**
     * Issue 16: one key owner took every session with logged-in connections, from as many
     * addresses as they liked. A user holds at most their cap; a refused login gives its place back.
     */
    @Test
    void oneUserHoldsAtMostTheirCapFromAnyAddress() {
        Admission admission = new Admission(64, 16, 2, Startups.DEFAULT, ALWAYS_DROPS);
        Admission.Place first = admitted(admission, "10.0.0.1");
        assertThat(admission.loggedIn(first, "alice")).isNull();
        assertThat(admission.loggedIn(admitted(admission, "10.0.0.2"), "alice")).isNull();

        assertThat(admission.loggedIn(admitted(admission, "10.0.0.3"), "alice")).isEqualTo("too many sessions for user alice (2)");

        assertThat(admission.from("10.0.0.3")).isZero();
        assertThat(admission.waiting()).isZero();
        assertThat(admission.ofUser("alice")).isEqualTo(2);
        assertThat(admission.loggedIn(admitted(admission, "10.0.0.3"), "bob")).isNull();
        admission.release(first);
        assertThat(admission.ofUser("alice")).isEqualTo(1);
        assertThat(admission.loggedIn(admitted(admission, "10.0.0.1"), "alice")).isNull();
        assertThat(admission.sessions()).isEqualTo(3);
    }

    @Test
    void releasingTwiceOrAfterADropChangesNothing() {
        Admission admission = new Admission(64, 16, new Startups(2, 100, 2), ALWAYS_DROPS);
        Admission.Place a = admitted(admission, "10.0.0.1");
        admitted(admission, "10.0.0.1");
        Admission.Place newcomer = admitted(admission, "10.0.0.2"); // drops a

        admission.release(a);
        admission.release(newcomer);
        admission.release(newcomer);

        assertThat(droppedConnections).containsExactly("10.0.0.1");
        assertThat(admission.waiting()).isEqualTo(1);
        assertThat(admission.from("10.0.0.1")).isEqualTo(1);
        assertThat(admission.from("10.0.0.2")).isZero();
    }

    @Test
    void startupsReadAsOpenSshReadsThem() {
        assertThat(Startups.parse("10:30:100")).isEqualTo(new Startups(10, 30, 100));
        assertThat(Startups.parse(" 20 ")).isEqualTo(new Startups(20, 100, 20));
        for (String bad : List.of("", "10:30", "a:b:c", "10:0:100", "10:101:100", "100:30:10", "0:30:10", "-1")) {
            assertThatThrownBy(() -> Startups.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theChanceOfADropRisesLinearlyFromRateAtStartToAllAtFull() {
        Startups startups = new Startups(10, 30, 100);
        assertThat(startups.refuses(9, 0)).isFalse();
        assertThat(startups.refuses(10, 29)).isTrue();
        assertThat(startups.refuses(10, 30)).isFalse();
        assertThat(startups.refuses(55, 64)).isTrue(); // halfway: 30 + 70 / 2 = 65
        assertThat(startups.refuses(55, 65)).isFalse();
        assertThat(startups.refuses(99, 98)).isTrue();
        assertThat(startups.refuses(100, 99)).isTrue();
    }
}
