package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static pilcrow.serve.AuthorizedKeysTest.line;
import static pilcrow.serve.AuthorizedKeysTest.newKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 5: a user's folder is chosen by the key, never by the comment its owner wrote;
 * several keys are one user only when the operator says so (a keys folder, as gitolite's keydir).
 */
class KeyIdentityTest {

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();

    private static PublicKey ed25519() throws Exception {
        return newKey(KeyPairProvider.SSH_ED25519, 256);
    }

    private String name(AuthorizedKeys keys, PublicKey key) {
        return keys.identify(key).orElseThrow().name();
    }

    @Test
    void aKeyCommentedAsAnotherUserDoesNotGetTheirFolder() throws Exception {
        PublicKey alice = ed25519();
        PublicKey bob = ed25519();
        Path file = Files.writeString(dir.resolve("keys"), line(alice, "alice") + "\n" + line(bob, "alice") + "\n");

        AuthorizedKeys keys = new AuthorizedKeys(file, log::add);

        assertThat(name(keys, alice)).startsWith("sha256-").isNotEqualTo(name(keys, bob));
        assertThat(name(keys, bob)).startsWith("sha256-");
        assertThat(keys.identify(bob).orElseThrow().comment()).isEqualTo("alice");
        assertThat(log).singleElement().asString().contains("keys:1", "keys:2", "alice");
    }

    @Test
    void twoDefaultCommentsAreTwoUsers() throws Exception {
        PublicKey one = ed25519();
        PublicKey two = ed25519();
        Path file = Files.writeString(dir.resolve("keys"),
                line(one, "root@localhost") + "\n" + line(two, "root@localhost") + "\n");

        AuthorizedKeys keys = new AuthorizedKeys(file, log::add);

        assertThat(name(keys, one)).isNotEqualTo(name(keys, two));
        assertThat(log).anyMatch(l -> l.contains("root@localhost"));
    }

    @Test
    void aKeysFolderGroupsAUsersKeysByFileName() throws Exception {
        PublicKey laptop = ed25519();
        PublicKey desktop = ed25519();
        PublicKey work = ed25519();
        PublicKey bob = ed25519();
        PublicKey badlyNamed = ed25519();
        PublicKey notPub = ed25519();
        Path keysDir = Files.createDirectories(dir.resolve("keydir"));
        Files.writeString(keysDir.resolve("alice.pub"), line(laptop, "bob") + "\n" + line(desktop, "") + "\n");
        Files.writeString(keysDir.resolve("Alice@work.pub"), line(work, "whatever") + "\n");
        Files.writeString(keysDir.resolve("bob.pub"), line(bob, "alice") + "\n");
        Files.writeString(keysDir.resolve("..pub"), line(badlyNamed, "x") + "\n");
        Files.writeString(keysDir.resolve("carol.txt"), line(notPub, "carol") + "\n");

        AuthorizedKeys keys = AuthorizedKeys.folder(keysDir, log::add);

        assertThat(name(keys, laptop)).isEqualTo("alice");
        assertThat(name(keys, desktop)).isEqualTo("alice");
        assertThat(name(keys, work)).isEqualTo("alice");
        assertThat(name(keys, bob)).isEqualTo("bob");
        assertThat(keys.identify(badlyNamed)).isEmpty();
        assertThat(keys.identify(notPub)).isEmpty();
        assertThat(log).anyMatch(l -> l.contains("..pub") && l.contains("skipped"));
    }

    @Test
    void aKeyAddedToTheFolderIsKnownWithoutARestart() throws Exception {
        PublicKey alice = ed25519();
        PublicKey dave = ed25519();
        Path keysDir = Files.createDirectories(dir.resolve("keydir"));
        Files.writeString(keysDir.resolve("alice.pub"), line(alice, "") + "\n");
        AuthorizedKeys keys = AuthorizedKeys.folder(keysDir, log::add);
        assertThat(keys.identify(dave)).isEmpty();

        Path added = Files.writeString(keysDir.resolve("dave.pub"), line(dave, "") + "\n");
        Files.setLastModifiedTime(added, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Files.setLastModifiedTime(keysDir, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        assertThat(name(keys, dave)).isEqualTo("dave");

        // An edit in place leaves the folder's own time alone: the file's is what changed.
        PublicKey erin = ed25519();
        FileTime folderTime = Files.getLastModifiedTime(keysDir);
        Files.writeString(added, line(erin, "") + "\n");
        Files.setLastModifiedTime(added, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        Files.setLastModifiedTime(keysDir, folderTime);

        assertThat(name(keys, erin)).isEqualTo("dave");
        assertThat(keys.identify(dave)).isEmpty();
    }

    @Test
    void aCommentFolderMovesToTheOneKeyThatCarriedItAndOtherwiseStays() throws Exception {
        PublicKey alice = ed25519();
        PublicKey carolOne = ed25519();
        PublicKey carolTwo = ed25519();
        Path users = Files.createDirectories(dir.resolve("users"));
        Files.createDirectories(users.resolve("alice"));
        Files.writeString(users.resolve("alice").resolve("bookmarks.json"), "{\"alice\":1}");
        Files.createDirectories(users.resolve("carol"));
        Files.writeString(users.resolve("carol").resolve("bookmarks.json"), "{\"carol\":1}");
        Path file = Files.writeString(dir.resolve("keys"), line(alice, "Alice") + "\n"
                + line(carolOne, "carol") + "\n" + line(carolTwo, "carol") + "\n");
        AuthorizedKeys keys = new AuthorizedKeys(file, line -> { });

        UserFolders.adoptCommentFolders(users, keys.identities(), log::add);

        Path aliceNow = users.resolve(name(keys, alice));
        assertThat(aliceNow.resolve("bookmarks.json")).hasContent("{\"alice\":1}");
        assertThat(users.resolve("alice")).doesNotExist();
        assertThat(users.resolve("carol").resolve("bookmarks.json")).hasContent("{\"carol\":1}");
        assertThat(users.resolve(name(keys, carolOne))).doesNotExist();
        assertThat(users.resolve(name(keys, carolTwo))).doesNotExist();
        assertThat(log).anyMatch(l -> l.contains("users/alice") && l.contains(aliceNow.getFileName().toString()))
                .anyMatch(l -> l.contains("users/carol") && l.contains("left"));
    }

    @Test
    void aFolderIsNeverMovedOverOneTheKeyAlreadyHas() throws Exception {
        PublicKey alice = ed25519();
        Path file = Files.writeString(dir.resolve("keys"), line(alice, "alice") + "\n");
        AuthorizedKeys keys = new AuthorizedKeys(file, line -> { });
        Path users = Files.createDirectories(dir.resolve("users"));
        Files.createDirectories(users.resolve("alice"));
        Path current = Files.createDirectories(users.resolve(name(keys, alice)));
        Files.writeString(current.resolve("bookmarks.json"), "new");

        UserFolders.adoptCommentFolders(users, keys.identities(), log::add);

        assertThat(current.resolve("bookmarks.json")).hasContent("new");
        assertThat(users.resolve("alice")).exists();
        assertThat(log).anyMatch(l -> l.contains("users/alice") && l.contains("left"));
    }

    /**
     * A folder left in place because two keys shared its comment must not go, at a later start, to
     * whichever key is left (maybe an impostor's {@code -C carol}): comment folders are adopted
     * once per data folder, and the log says why the rest stay.
     */
    @Test
    void commentFoldersAreAdoptedOnceNotAtEveryStart() throws Exception {
        PublicKey carolOne = ed25519();
        PublicKey impostor = ed25519();
        Path users = Files.createDirectories(dir.resolve("users"));
        Files.createDirectories(users.resolve("carol"));
        Files.writeString(users.resolve("carol").resolve("bookmarks.json"), "{\"carol\":1}");
        Path file = Files.writeString(dir.resolve("keys"), line(carolOne, "carol") + "\n" + line(impostor, "carol") + "\n");
        UserFolders.atStart(users, false, new AuthorizedKeys(file, line -> { }).identities(), log::add);
        assertThat(users.resolve("carol")).exists();

        Files.writeString(file, line(impostor, "carol") + "\n"); // the real carol's key removed
        AuthorizedKeys later = new AuthorizedKeys(file, line -> { });
        log.clear();
        UserFolders.atStart(users, false, later.identities(), log::add);

        assertThat(users.resolve("carol").resolve("bookmarks.json")).hasContent("{\"carol\":1}");
        assertThat(users.resolve(name(later, impostor))).doesNotExist();
        assertThat(log).anyMatch(l -> l.contains("users/carol") && l.contains("left") && l.contains("once"));
        Path marker = users.resolve(UserFolders.MARKER);
        if (Files.getFileStore(users).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(marker)))
                    .isEqualTo("rw-------");
        }
    }

    /**
     * With --keys-dir, users/alice is the keys folder's user alice, not a comment folder: a later
     * start with --authorized-keys must not hand it to a single key commented alice.
     */
    @Test
    void aDataFolderUsedWithAKeysFolderNeverHasItsFoldersAdopted() throws Exception {
        PublicKey stranger = ed25519();
        Path users = Files.createDirectories(dir.resolve("users"));
        UserFolders.atStart(users, true, List.of(), log::add);
        Files.createDirectories(users.resolve("alice"));
        Files.writeString(users.resolve("alice").resolve("bookmarks.json"), "{\"alice\":1}");
        Path file = Files.writeString(dir.resolve("keys"), line(stranger, "alice") + "\n");
        AuthorizedKeys keys = new AuthorizedKeys(file, line -> { });
        log.clear();

        UserFolders.atStart(users, false, keys.identities(), log::add);

        assertThat(users.resolve("alice").resolve("bookmarks.json")).hasContent("{\"alice\":1}");
        assertThat(users.resolve(name(keys, stranger))).doesNotExist();
        assertThat(log).anyMatch(l -> l.contains("users/alice") && l.contains("--keys-dir"));
    }
}
