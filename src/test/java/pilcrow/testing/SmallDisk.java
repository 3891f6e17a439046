package pilcrow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real disk that fills up: a 256 KiB tmpfs mounted in a test's folder. Mounting needs root (CI
 * runs as root); elsewhere the test is skipped with one line, never passed without its disk.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path path;

    private SmallDisk(Path path) {
        this.path = path;
    }

    /** Mounts a small tmpfs at {@code parent/disk}, or skips the calling test. */
    public static SmallDisk mount(Path parent) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: mounting a small tmpfs for a full disk needs root");
        Path path = Files.createDirectory(parent.resolve("disk"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", path.toString()) == 0,
                "skipped: this machine does not allow mounting a tmpfs");
        return new SmallDisk(path);
    }

    public Path path() {
        return path;
    }

    /** Writes a file until the disk refuses: it is full. Returns the file (delete it to make room). */
    public Path fill() throws IOException {
        Path filler = path.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int i = 0; i < 1024; i++) { // at most 4 MiB: far more than the disk holds
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            return filler;
        }
        throw new AssertionError("the disk never filled up");
    }

    @Override
    public void close() throws Exception {
        sh("umount", path.toString());
    }

    private static int sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
