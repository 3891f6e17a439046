package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorizedKeysTest {

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();

    static PublicKey newKey(String type, int bits) throws Exception {
        KeyPair pair = KeyUtils.generateKeyPair(type, bits);
        return pair.getPublic();
    }

    static String line(PublicKey key, String comment) {
        return PublicKeyEntry.toString(key) + (comment.isEmpty() ? "" : " " + comment);
    }

    @Test
    void listedKeysAreKnownByTheirFingerprintOthersAreNot() throws Exception {
        PublicKey alice = newKey(KeyPairProvider.SSH_ED25519, 256);
        PublicKey ecdsa = newKey(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        PublicKey stranger = newKey(KeyPairProvider.SSH_ED25519, 256);
        Path file = Files.writeString(dir.resolve("keys"), "# team\n\n" + line(alice, "alice") + "\n" + line(ecdsa, "") + "\n");

        AuthorizedKeys keys = new AuthorizedKeys(file, log::add);

        assertThat(keys.identify(alice)).get().extracting(Identity::name).asString().startsWith("sha256-");
        assertThat(keys.identify(alice)).get().extracting(Identity::comment).isEqualTo("alice");
        assertThat(keys.identify(ecdsa)).get().extracting(Identity::name).asString().startsWith("sha256-");
        assertThat(keys.identify(stranger)).isEmpty();
        assertThat(log).isEmpty();
    }

    @Test
    void optionsItCannotHonourWeakKeysAndGarbageAreSkippedAndSaid() throws Exception {
        PublicKey a = newKey(KeyPairProvider.SSH_ED25519, 256);
        PublicKey b = newKey(KeyPairProvider.SSH_ED25519, 256);
        PublicKey c = newKey(KeyPairProvider.SSH_ED25519, 256);
        PublicKey smallRsa = newKey(KeyPairProvider.SSH_RSA, 1024);
        PublicKey rsa = newKey(KeyPairProvider.SSH_RSA, 2048);
        Path file = Files.writeString(dir.resolve("keys"), String.join("\n",
                "from=\"10.0.0.0/8\" " + line(a, "a"),
                "command=\"/bin/sh\" " + line(b, "b"),
                "restrict,no-port-forwarding " + line(c, "c"),
                line(smallRsa, "small"),
                line(rsa, "rsa"),
                "ssh-ed25519 not-base64 x",
                ""));

        AuthorizedKeys keys = new AuthorizedKeys(file, log::add);

        assertThat(keys.identify(a)).isEmpty();
        assertThat(keys.identify(b)).isEmpty();
        assertThat(keys.identify(c)).isPresent();
        assertThat(keys.identify(smallRsa)).isEmpty();
        assertThat(keys.identify(rsa)).isPresent();
        assertThat(log).hasSize(4).anyMatch(l -> l.contains("keys:1") && l.contains("from"))
                .anyMatch(l -> l.contains("keys:4") && l.contains("2048"))
                .anyMatch(l -> l.contains("keys:6"));
    }

    @Test
    void aChangedFileIsReadAgainAndAMissingOneLetsNoOneIn() throws Exception {
        PublicKey alice = newKey(KeyPairProvider.SSH_ED25519, 256);
        PublicKey bob = newKey(KeyPairProvider.SSH_ED25519, 256);
        Path file = Files.writeString(dir.resolve("keys"), line(alice, "alice") + "\n");
        AuthorizedKeys keys = new AuthorizedKeys(file, log::add);
        assertThat(keys.identify(bob)).isEmpty();

        Files.writeString(file, line(bob, "bob") + "\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        assertThat(keys.identify(bob)).isPresent();
        assertThat(keys.identify(alice)).isEmpty();

        Files.delete(file);
        assertThat(keys.identify(bob)).isEmpty();
        assertThat(log).anyMatch(l -> l.contains("no one can log in"));
    }

    @Test
    void aFileMissingAtStartIsAnError() {
        assertThatThrownBy(() -> new AuthorizedKeys(dir.resolve("nope"), log::add)).isInstanceOf(IOException.class);
    }

    /**
     * chmod 000 changes neither the time, the size nor the inode: the old check kept admitting.
     * The server here may run as root, who can read a mode-000 file, so the file's readability is
     * answered by the test (as the operating system answers a server that is not root).
     */
    @Test
    void aFileThatCannotBeReadAnyMoreAdmitsNoOneUntilItCanAgain() throws Exception {
        PublicKey alice = newKey(KeyPairProvider.SSH_ED25519, 256);
        Path file = Files.writeString(dir.resolve("keys"), line(alice, "alice") + "\n");
        boolean[] readable = {true};
        AuthorizedKeys keys = new AuthorizedKeys(file, log::add, path -> readable[0]);
        assertThat(keys.identify(alice)).isPresent();

        readable[0] = false;

        assertThat(keys.identify(alice)).isEmpty();
        assertThat(keys.identify(alice)).isEmpty();
        assertThat(log).hasSize(1).first().asString().contains("cannot read the authorized keys");

        readable[0] = true;

        assertThat(keys.identify(alice)).isPresent();
    }

    @Test
    void aFileTheServersAccountCannotReadIsSeenAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("keys"), "");

        assertThat(AuthorizedKeys.canRead(file)).isTrue();
        assertThat(AuthorizedKeys.canRead(dir.resolve("missing"))).isFalse();
    }

    /** A live session's key is revoked only by a file read that no longer lists it, never by an unreadable one. */
    @Test
    void aKeyIsRevokedWhenAReadableFileNoLongerListsIt() throws Exception {
        PublicKey alice = newKey(KeyPairProvider.SSH_ED25519, 256);
        PublicKey bob = newKey(KeyPairProvider.SSH_ED25519, 256);
        Path file = Files.writeString(dir.resolve("keys"), line(alice, "alice") + "\n" + line(bob, "bob") + "\n");
        boolean[] readable = {true};
        AuthorizedKeys keys = new AuthorizedKeys(file, log::add, path -> readable[0]);
        assertThat(keys.revoked(alice)).isFalse();

        readable[0] = false;
        assertThat(keys.revoked(alice)).isFalse();

        readable[0] = true;
        Files.writeString(file, line(bob, "bob") + "\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(keys.revoked(alice)).isTrue();
        assertThat(keys.revoked(bob)).isFalse();
    }

    /**
     * With --keys-dir, chmod 000 on NAME.pub changed nothing the folder's stamp looked at, so the
     * key kept admitting with its old contents. As with one file: no new login for its keys, no
     * live session ended, said once; readable again, it admits again.
     */
    @Test
    void aKeysFolderFileThatCannotBeReadAdmitsNoOneNewAndEndsNoSession() throws Exception {
        PublicKey alice = newKey(KeyPairProvider.SSH_ED25519, 256);
        PublicKey bob = newKey(KeyPairProvider.SSH_ED25519, 256);
        Path keysDir = Files.createDirectories(dir.resolve("keydir"));
        Files.writeString(keysDir.resolve("alice.pub"), line(alice, "alice") + "\n");
        Files.writeString(keysDir.resolve("bob.pub"), line(bob, "bob") + "\n");
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        AuthorizedKeys keys = AuthorizedKeys.folder(keysDir, log::add,
                path -> !unreadable.contains(String.valueOf(path.getFileName())));
        assertThat(keys.identify(alice)).isPresent();

        unreadable.add("alice.pub");

        assertThat(keys.identify(alice)).isEmpty();
        assertThat(keys.identify(bob)).isPresent();
        assertThat(keys.revoked(alice)).isFalse();
        assertThat(keys.revoked(bob)).isFalse();
        assertThat(keys.identify(alice)).isEmpty();
        assertThat(log).filteredOn(l -> l.contains("alice.pub")).hasSize(1).first().asString()
                .contains("cannot be read");

        unreadable.clear();

        assertThat(keys.identify(alice)).isPresent();
    }
}
