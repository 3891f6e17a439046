package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is private to its owner: folders 0700, files 0600, whatever the umask. */
class PrivateFilesTest {

    @TempDir
    Path root;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(root, PosixFileAttributeView.class) != null);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aStoreMakesItsFolderAndEveryFileOwnerOnly() throws IOException {
        Path data = root.resolve("new").resolve("pilcrow");
        try (Store store = Store.open(data, new TestClock("2024-01-02T03:04:05Z"))) {
            store.add("a.txt", "fp", 1, "quote", "a note");
        }
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve(Store.FILE))).isEqualTo("rw-------");
        assertThat(mode(data.resolve(FolderLocks.LOCK_FILE))).isEqualTo("rw-------");
    }

    @Test
    void anExistingOpenFolderAndItsFileAreTightened() throws IOException {
        Path data = Files.createDirectories(root.resolve("old"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(data.resolve(Store.FILE), "{\"version\":1,\"bookmarks\":[]}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Store store = Store.open(data, new TestClock("2024-01-02T03:04:05Z"))) {
            store.add("a.txt", "fp", 1, "quote", "");
        }
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve(Store.FILE))).isEqualTo("rw-------");
    }

    @Test
    void privateFolderTightensAFolderAndWhatItHolds() throws IOException {
        Path users = Files.createDirectories(root.resolve("users"));
        Path alice = Files.createDirectories(users.resolve("alice"));
        Path notes = Files.writeString(alice.resolve("bookmarks.json"), "{}");
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(alice, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateFiles.tightenTree(users);

        assertThat(mode(users)).isEqualTo("rwx------");
        assertThat(mode(alice)).isEqualTo("rwx------");
        assertThat(mode(notes)).isEqualTo("rw-------");
    }
}
