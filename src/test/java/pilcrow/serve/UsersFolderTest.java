package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** users/ and what it holds are the server account's alone: 0700 folders, 0600 files. */
class UsersFolderTest {

    @TempDir
    Path data;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void usersIsMadePrivateAndAnOlderOpenOneIsNarrowed() throws IOException {
        assumeTrue(Files.getFileAttributeView(data, PosixFileAttributeView.class) != null);
        ReaderServer.prepareUsersFolder(data);
        assertThat(mode(data.resolve("users"))).isEqualTo("rwx------");

        Path bob = Files.createDirectories(data.resolve("users").resolve("bob"));
        Path notes = Files.writeString(bob.resolve("bookmarks.json"), "{}");
        Files.setPosixFilePermissions(data.resolve("users"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(bob, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r--r--"));
        ReaderServer.prepareUsersFolder(data);
        assertThat(mode(data.resolve("users"))).isEqualTo("rwx------");
        assertThat(mode(bob)).isEqualTo("rwx------");
        assertThat(mode(notes)).isEqualTo("rw-------");
    }
}
