package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 13: Debian's ssh-audit 2.5 fails ecdh-sha2-nistp* ("weak elliptic curves"); every
 * OpenSSH since 6.5 has curve25519, so they are not offered. Non-etm hmac-sha2 MACs only warn and
 * OpenSSH's own server still offers them (older clients with CTR ciphers): kept, after the etm ones.
 */
class KeyExchangeChoiceTest {

    @Test
    void noNistCurveKeyExchangeButCurve25519ForEveryOpenSsh() {
        assertThat(Algorithms.KEY_EXCHANGES).extracting(BuiltinDHFactories::getName)
                .noneMatch(name -> name.startsWith("ecdh-sha2-nistp"))
                .contains("curve25519-sha256", "curve25519-sha256@libssh.org");
    }
}
