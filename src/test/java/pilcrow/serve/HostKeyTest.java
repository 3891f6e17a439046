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
}
