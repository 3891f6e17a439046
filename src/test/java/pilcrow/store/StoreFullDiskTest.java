package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.testing.SmallDisk;

/** On a real full disk (a small tmpfs, mounted when running as root, as CI does). */
class StoreFullDiskTest {

    @TempDir
    Path tmp;

    private SmallDisk small;
    private Path disk;
    private final TestClock clock = new TestClock("2024-01-02T03:04:05Z");

    @BeforeEach
    void mountASmallDisk() throws Exception {
        small = SmallDisk.mount(tmp);
        disk = small.path();
    }

    @AfterEach
    void unmount() throws Exception {
        if (small != null) {
            small.close();
        }
    }

    private Path fill() throws IOException {
        return small.fill();
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
