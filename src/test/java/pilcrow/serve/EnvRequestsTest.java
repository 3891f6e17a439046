package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvRequestsTest {

    @Test
    void theLocaleIsAcceptedAndTheSizeNever() {
        EnvRequests env = new EnvRequests();

        assertThat(env.accept("LANG", "en_GB.UTF-8")).isTrue();
        assertThat(env.accept("LC_ALL", "C.UTF-8")).isTrue();
        assertThat(env.accept("LC_CTYPE", "de_DE.UTF-8")).isTrue();
        assertThat(env.accept("COLUMNS", "30000")).isFalse();
        assertThat(env.accept("LINES", "30000")).isFalse();
        assertThat(env.accept("PATH", "/tmp")).isFalse();
        assertThat(env.accept("LD_PRELOAD", "/tmp/x.so")).isFalse();
        assertThat(env.accept("LC_\u001b[31m", "x")).isFalse();
        assertThat(env.accept("lang", "x")).isFalse();
    }

    @Test
    void termOnlyBeforeThePtyRequestSetsIt() {
        EnvRequests env = new EnvRequests();
        assertThat(env.accept("TERM", "xterm-256color")).isTrue();

        env.ptyRequested();

        assertThat(env.accept("TERM", "dumb")).isFalse();
        assertThat(env.accept("LANG", "C.UTF-8")).isTrue();
    }

    @Test
    void namesAndValuesAreBoundedInLength() {
        EnvRequests env = new EnvRequests();

        assertThat(env.accept("LANG", "x".repeat(EnvRequests.MAX_VALUE_CHARS))).isTrue();
        assertThat(env.accept("LANG", "x".repeat(EnvRequests.MAX_VALUE_CHARS + 1))).isFalse();
        assertThat(env.accept("LC_" + "X".repeat(EnvRequests.MAX_NAME_CHARS), "C")).isFalse();
        assertThat(env.accept("LANG", "C\u0000x")).isFalse();
    }

    @Test
    void onlySoManyAreAcceptedPerChannel() {
        EnvRequests env = new EnvRequests();
        for (int i = 0; i < EnvRequests.MAX_ACCEPTED; i++) {
            assertThat(env.accept("LC_ALL", "C")).isTrue();
        }

        assertThat(env.accept("LANG", "C")).isFalse();
        assertThat(EnvRequests.MAX_ACCEPTED).isLessThanOrEqualTo(32);
    }
}
