package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails at any step is never taken for saved; the change waits and is tried again. */
class StoreSaveFailureTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-01-02T03:04:05Z");

    /** The real file layer, failing at one step while {@link #failing} is set. */
    private final class Faulty implements FileLayer {
        String failing = "";

        private void maybeFail(String step, Path path) throws IOException {
            if (failing.equals(step)) {
                throw new FileSystemException(path.toString(), null,
                        step.equals("write") ? "No space left on device" : "Input/output error");
            }
        }

        @Override
        public void writeForced(Path file, ByteBuffer bytes) throws IOException {
            // As a full disk does: the temp file is made, then the write fails.
            Files.write(file, new byte[0]);
            maybeFail("write", file);
            FileLayer.super.writeForced(file, bytes);
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            maybeFail("replace", from);
            FileLayer.super.replace(from, to);
        }
    }

    private final Faulty faulty = new Faulty();

    private Store open() {
        return Store.open(dir, clock, new FolderLocks(), faulty);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsIsNotASaveAndTheChangeIsKeptAndRetried() throws IOException {
        assertFailedSaveAt("write", "no space left on device");
    }

    @Test
    void aRenameThatFailsIsNotASaveAndTheChangeIsKeptAndRetried() throws IOException {
        assertFailedSaveAt("replace", "input/output error");
    }

    private void assertFailedSaveAt(String step, String reason) throws IOException {
        Store store = open();
        Bookmark kept = store.add("a.txt", "", 1, "", "");
        assertThat(store.saveFailure()).isEmpty();
        byte[] before = Files.readAllBytes(dir.resolve(Store.FILE));

        faulty.failing = step;
        Bookmark waiting = store.add("b.txt", "", 2, "", "");
        assertThat(store.saveFailure()).hasValueSatisfying(line -> assertThat(line)
                .isEqualTo("cannot save in " + dir + " (" + reason + ")"));
        assertThat(store.warning()).hasValueSatisfying(line -> assertThat(line)
                .contains(reason).contains("kept for this session").contains("tried again"));
        assertThat(store.bookmarks()).as("the session still has it").contains(kept, waiting);
        assertThat(Files.readAllBytes(dir.resolve(Store.FILE))).as("the file as it was").isEqualTo(before);
        assertThat(names()).as("no temp file left behind").doesNotContain(Store.FILE + ".tmp");
        assertThat(Store.open(dir, clock).bookmarks()).containsExactly(kept);

        faulty.failing = "";
        store.close(); // the last try
        assertThat(store.saveFailure()).isEmpty();
        assertThat(Store.open(dir, clock).bookmarks()).containsExactlyInAnyOrder(kept, waiting);
    }

    @Test
    void aDeletionThatFailsToSaveIsReportedAndTheNextChangeSavesIt() {
        Store store = open();
        Bookmark gone = store.add("a.txt", "", 1, "", "");
        faulty.failing = "write";
        assertThat(store.delete(gone.id())).isTrue();
        assertThat(store.saveFailure()).isPresent();
        assertThat(Store.open(dir, clock).bookmarks()).containsExactly(gone);

        faulty.failing = "";
        store.addHistory("word"); // any later change carries the waiting one with it
        assertThat(store.saveFailure()).isEmpty();
        assertThat(Store.open(dir, clock).bookmarks()).isEmpty();
    }

    @Test
    void ourOwnStaleTempFileIsRemovedAtTheNextOpen() throws IOException {
        Files.write(dir.resolve(Store.FILE + ".tmp"), new byte[0]);
        Files.writeString(dir.resolve("bookmarks.json.tmp.theirs"), "not ours");
        open();
        assertThat(names()).doesNotContain(Store.FILE + ".tmp").contains("bookmarks.json.tmp.theirs");
    }
}
