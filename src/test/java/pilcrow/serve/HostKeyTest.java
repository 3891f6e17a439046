package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeyTest {

    @TempDir
    Path dir;

    @Test
    void madeOnceAsEd25519OwnerOnlyThenReused() throws Exception {
        Path file = dir.resolve("sub/host_ed25519_key");
        List<String> log = new ArrayList<>();

        KeyPair first = HostKey.loadOrCreate(file, log::add);
        KeyPair again = HostKey.loadOrCreate(file, log::add);

        assertThat(KeyUtils.getKeyType(first.getPublic())).isEqualTo("ssh-ed25519");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        assertThat(HostKey.fingerprint(again)).isEqualTo(HostKey.fingerprint(first));
        assertThat(log).hasSize(1);
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void aKeyOthersCanReadIsRefused() throws Exception {
        Path file = dir.resolve("host_ed25519_key");
        HostKey.loadOrCreate(file, line -> { });
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> HostKey.loadOrCreate(file, line -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("chmod 600");
    }

    @Test
    void anRsaHostKeyIsNamedRsa() throws Exception {
        Path file = dir.resolve("host_rsa_key");
        KeyPair rsa = KeyUtils.generateKeyPair("ssh-rsa", 3072);
        try (var out = Files.newOutputStream(file)) {
            org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter.INSTANCE
                    .writePrivateKey(rsa, "rsa", null, out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        KeyPair loaded = HostKey.loadOrCreate(file, line -> { });

        assertThat(HostKey.typeName(loaded)).isEqualTo("RSA");
        assertThat(HostKey.typeName(HostKey.loadOrCreate(dir.resolve("new_key"), line -> { }))).isEqualTo("ED25519");
    }

    @Test
    void aCorruptHostKeyIsOneLineWithoutItsBytes() throws Exception {
        Path file = dir.resolve("host_ed25519_key");
        // An OpenSSH key whose cipher name is text from inside the file: parsers quote such fields.
        String secret = "b3BlbnNzaC1rZXktdjEAAAAAD1NlY3JldENpcGhlclhZWgAAAARub25lAAAAAAAAAAEAAAAKcHVia2V5cGFydAAA"
                + "ACFwcml2YXRlcGFydHByaXZhdGVwYXJ0cHJpdmF0ZXBhcnQ=";
        Files.writeString(file, "-----BEGIN OPENSSH PRIVATE KEY-----\n" + secret + "\n"
                + "-----END OPENSSH PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> HostKey.loadOrCreate(file, line -> { }))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("host key", file.toString())
                        .doesNotContain("SecretCipher", "b3BlbnNz", "\n")
                        // only our sentence: a parser's words after it quote numbers read from the key
                        .endsWith("or give another with --host-key"));
    }
}
