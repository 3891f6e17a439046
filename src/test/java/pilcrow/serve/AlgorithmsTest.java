package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.Test;

/** The offer holds nothing weak; the real client's view of it is checked in ServeIT. */
class AlgorithmsTest {

    @Test
    void noCbcCiphers() {
        assertThat(Algorithms.cipherNames()).isNotEmpty()
                .noneMatch(name -> name.contains("cbc") || name.contains("arcfour") || name.equals("none"));
    }

    @Test
    void noSha1OrMd5Macs() {
        assertThat(Algorithms.macNames()).isNotEmpty().allMatch(name -> name.startsWith("hmac-sha2-"));
    }

    @Test
    void noSha1Signatures() {
        assertThat(Algorithms.signatureNames()).contains("ssh-ed25519", "rsa-sha2-512", "rsa-sha2-256")
                .doesNotContain("ssh-rsa", "ssh-dss");
    }

    @Test
    void noSha1KeyExchanges() {
        assertThat(Algorithms.keyExchangeNames()).contains("curve25519-sha256")
                .noneMatch(name -> name.endsWith("-sha1") || name.equals("diffie-hellman-group-exchange-sha1"));
    }

    /** Plain zlib would inflate a client's packets before it logged in; the delayed form after. */
    @Test
    void compressionOnlyAfterLoginOrNone() {
        SshServer server = SshServer.setUpDefaultServer();

        Algorithms.restrict(server);

        assertThat(server.getCompressionFactories()).extracting(NamedFactory::getName)
                .containsExactly("none", "zlib@openssh.com");
    }
}
