package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a real full disk (a small tmpfs, mounted when running as root, as CI does). */
class StoreFullDiskTest {

    @TempDir
    Path tmp;

    private Path disk;
    private boolean mounted;
    private final TestClock clock = new TestClock("2024-01-02T03:04:05Z");

    @BeforeEach
    void mountASmallDisk() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: mounting a small tmpfs for a full disk needs root");
        disk = Files.createDirectory(tmp.resolve("disk"));
        mounted = sh("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "skipped: this machine does not allow mounting a tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            sh("umount", disk.toString());
        }
    }

    private static int sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Writes until the disk refuses: it is full. */
    private Path fill() throws IOException {
        Path filler = disk.resolve("filler");
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

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDiskIsNeverTakenForASaveAndTheChangeIsSavedOnceThereIsRoom() throws Exception {
        Path data = disk.resolve("data");
        Store store = Store.open(data, clock);
        Bookmark saved = store.add("a.txt", "", 1, "a quote", "");
        byte[] before = Files.readAllBytes(data.resolve(Store.FILE));

        Path filler = fill();
        Bookmark waiting = store.add("b.txt", "", 2, "another quote ".repeat(20), "a note");
        assertThat(store.saveFailure()).hasValueSatisfying(line -> assertThat(line)
                .contains("no space left on device"));
        assertThat(Files.readAllBytes(data.resolve(Store.FILE))).isEqualTo(before);
        assertThat(names(data)).doesNotContain(Store.FILE + ".tmp");
        assertThat(Store.open(data, clock).bookmarks()).containsExactly(saved);

        Files.delete(filler);
        store.close();
        assertThat(store.saveFailure()).isEmpty();
        assertThat(Store.open(data, clock).bookmarks()).containsExactlyInAnyOrder(saved, waiting);
    }
}
