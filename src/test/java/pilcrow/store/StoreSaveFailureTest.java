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
        /** The clock's time at each try to write the temp file: when saves were tried. */
        final List<Long> writeTries = new java.util.ArrayList<>();

        private void maybeFail(String step, Path path) throws IOException {
            if (failing.equals(step)) {
                throw new FileSystemException(path.toString(), null,
                        step.equals("write") ? "No space left on device" : "Input/output error");
            }
        }

        @Override
        public void writeForced(Path file, ByteBuffer bytes) throws IOException {
            writeTries.add(clock.millis());
            // As a full disk does: the temp file is made, then the write fails.
            Files.write(file, new byte[0]);
            maybeFail("write", file);
            FileLayer.super.writeForced(file, bytes);
        }

        @Override
        public void copyNew(Path from, Path to) throws IOException {
            if (failing.equals("copy")) {
                // As a disk that fills up while copying: half the copy is written, then it fails.
                byte[] bytes = read(from);
                Files.write(to, java.util.Arrays.copyOf(bytes, bytes.length / 2),
                        java.nio.file.StandardOpenOption.CREATE_NEW);
                maybeFail("write", to);
                throw new FileSystemException(to.toString(), null, "No space left on device");
            }
            FileLayer.super.copyNew(from, to);
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            maybeFail("replace", from);
            FileLayer.super.replace(from, to);
        }
    }

    private final Faulty faulty = new Faulty();

    private Store open() {
        return FileStore.open(dir, clock, new FolderLocks(), faulty);
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

    /** A file cut short: damaged, so the first save keeps a copy of it aside. */
    private byte[] damagedFile() throws IOException {
        Store writer = Store.open(dir, clock);
        for (int i = 1; i <= 4; i++) {
            writer.add("a.txt", "", i, "quote " + i, "note " + i);
        }
        writer.close();
        byte[] whole = Files.readAllBytes(dir.resolve(Store.FILE));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);
        Files.write(dir.resolve(Store.FILE), cut);
        return cut;
    }

    private List<String> keptAside() throws IOException {
        return names().stream().filter(n -> n.startsWith(Store.FILE + ".corrupt-")).toList();
    }

    /** The reader's loop: a look at the store every 200 ms, for {@code seconds} of the test's clock. */
    private void pollFor(Store store, int seconds) {
        for (int tick = 0; tick < seconds * 5; tick++) {
            clock.advanceMillis(200);
            store.poll();
        }
    }

    @Test
    void aDamagedFileIsKeptAsideOnceHoweverOftenItsSaveFails() throws IOException {
        byte[] cut = damagedFile();
        Store store = open();
        faulty.failing = "write";
        store.add("b.txt", "", 1, "", "");
        pollFor(store, 120);
        store.add("c.txt", "", 1, "", ""); // the user's next change: tried at once, no new copy
        assertThat(faulty.writeTries).as("saves were tried again").hasSizeGreaterThan(3);
        assertThat(keptAside()).as("one copy of the one damaged file").hasSize(1);
        assertThat(Files.readAllBytes(dir.resolve(keptAside().get(0)))).isEqualTo(cut);

        faulty.failing = "";
        store.add("d.txt", "", 1, "", "");
        assertThat(store.saveFailure()).isEmpty();
        String copy = keptAside().get(0);
        assertThat(store.warning()).hasValueSatisfying(w -> assertThat(w).contains(copy));
        assertThat(keptAside()).hasSize(1);
        assertThat(Store.open(dir, clock).bookmarks()).extracting(Bookmark::documentPath)
                .contains("b.txt", "c.txt", "d.txt");
    }

    @Test
    void aCopyAsideThatFailsHalfWayLeavesNoFileAndNothingIsOverwritten() throws IOException {
        byte[] cut = damagedFile();
        Store store = open();
        faulty.failing = "copy";
        store.add("b.txt", "", 1, "", "");
        assertThat(store.saveFailure()).hasValueSatisfying(f -> assertThat(f).contains("no space left on device"));
        assertThat(keptAside()).as("no half copy left").isEmpty();
        assertThat(Files.readAllBytes(dir.resolve(Store.FILE))).as("not replaced without its copy").isEqualTo(cut);

        faulty.failing = "";
        store.add("c.txt", "", 1, "", "");
        assertThat(store.saveFailure()).isEmpty();
        assertThat(keptAside()).hasSize(1);
        assertThat(Files.readAllBytes(dir.resolve(keptAside().get(0)))).isEqualTo(cut);
    }

    @Test
    void aFailingSaveIsTriedAgainAfterOneSecondThenTwiceAsLongUpToThirtyAndAtOnceOnAChange() {
        Store store = open();
        faulty.failing = "write";
        long start = clock.millis();
        store.add("a.txt", "", 1, "", "");
        pollFor(store, 100);
        List<Long> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < faulty.writeTries.size(); i++) {
            gaps.add(faulty.writeTries.get(i) - faulty.writeTries.get(i - 1));
        }
        assertThat(faulty.writeTries.get(0)).isEqualTo(start);
        assertThat(gaps).containsExactly(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
        assertThat(store.saveFailure()).as("still not saved, and says so").isPresent();

        int before = faulty.writeTries.size();
        clock.advanceMillis(200);
        store.addHistory("word");
        assertThat(faulty.writeTries).as("a change is tried at once").hasSize(before + 1)
                .last().isEqualTo(clock.millis());

        faulty.failing = "";
        clock.advanceMillis(30_000);
        store.poll();
        assertThat(store.saveFailure()).isEmpty();
        int saved = faulty.writeTries.size();
        pollFor(store, 60);
        assertThat(faulty.writeTries).as("nothing waits: nothing more is written").hasSize(saved);
    }

    @Test
    void ourOwnStaleTempFileIsRemovedAtTheNextOpen() throws IOException {
        Files.write(dir.resolve(Store.FILE + ".tmp"), new byte[0]);
        Files.writeString(dir.resolve("bookmarks.json.tmp.theirs"), "not ours");
        open();
        assertThat(names()).doesNotContain(Store.FILE + ".tmp").contains("bookmarks.json.tmp.theirs");
    }
}
