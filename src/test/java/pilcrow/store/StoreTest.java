package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-01-02T03:04:05Z");

    private Store open() {
        return Store.open(dir, clock);
    }

    private String fileText() throws IOException {
        return Files.readString(dir.resolve(Store.FILE));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> ids(Store store) {
        return store.bookmarks().stream().map(Bookmark::id).toList();
    }

    @Test
    void everyChangeIsOnDiskAtOnce() throws IOException {
        Store store = open(); // never closed: nothing may wait for close
        Bookmark b = store.add("a.txt", "fp", 7, "It was a dark night", "");
        assertThat(b.id()).matches("[0-9a-f]{8}");
        assertThat(b.createdMillis()).isEqualTo(clock.millis()).isEqualTo(b.updatedMillis());
        assertThat(ids(open())).containsExactly(b.id());

        clock.advanceMillis(1000);
        Bookmark edited = store.update(b.withNote("read again"));
        assertThat(edited.updatedMillis()).isEqualTo(clock.millis());
        assertThat(open().bookmarks()).containsExactly(edited);

        assertThat(store.delete(b.id())).isTrue();
        assertThat(store.delete(b.id())).isFalse();
        assertThat(open().bookmarks()).isEmpty();
        assertThat(fileText()).contains("\"deleted\": true").doesNotContain("read again");
        assertThatThrownBy(() -> store.update(edited)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.warning()).isEmpty();
        assertThat(names()).containsExactly("bookmarks.json", "bookmarks.lock");
    }

    @Test
    void positionsAndHistoryPersist() {
        Store store = open();
        assertThat(store.position("doc")).isEmpty();
        Position p = store.savePosition("doc", "a.txt", 12, 40);
        assertThat(open().position("doc")).contains(p);
        clock.advanceMillis(5);
        assertThat(store.savePosition("doc", "a.txt", 12, 40)).isEqualTo(p); // unchanged: not rewritten
        assertThat(store.savePosition("doc", "a.txt", 13, 0).updatedMillis()).isEqualTo(clock.millis());

        for (int i = 0; i < 120; i++) {
            store.addHistory("p" + i);
        }
        store.addHistory("p30");
        store.addHistory("");
        List<String> history = open().history();
        assertThat(history).hasSize(100).endsWith("p119", "p30").doesNotContain("p19").contains("p21");
    }

    @Test
    void instancesSeeEachOthersChangesAndNeverResurrectADeletion() {
        Store one = open();
        Store two = open();
        Bookmark a = one.add("a.txt", "", 1, "", "");
        Bookmark b = two.add("b.txt", "", 2, "", "");
        assertThat(ids(one)).containsExactlyInAnyOrder(a.id(), b.id());

        clock.advanceMillis(10);
        assertThat(one.delete(a.id())).isTrue();
        // two still had a live copy of a; its next save merges only its own change
        two.add("c.txt", "", 3, "", "");
        two.savePosition("k", "c.txt", 1, 0);
        assertThat(ids(open())).hasSize(2).doesNotContain(a.id());
        assertThat(ids(two)).doesNotContain(a.id());
        assertThatThrownBy(() -> two.update(a.withNote("late"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesInOneJvmShareTheLockHolder() throws Exception {
        FolderLocks locks = new FolderLocks();
        Store one = Store.open(dir, clock, locks);
        Store two = Store.open(dir, clock, locks);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Store s : List.of(one, two, one, two)) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        s.add("a.txt", "", i, "", "");
                        s.addHistory("t" + Thread.currentThread().getId() + "-" + i % 5);
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(open().bookmarks()).hasSize(100);
        assertThat(open().history()).hasSize(20);
    }

    @Test
    void awkwardNotesRoundTripExactly() {
        String note = "first line\nsecond \"quoted\" line\r\n\\e[31m \u001b[2J\u001b]0;title\u0007 "
                + "\u009b \u202e \udc80 \ud83d\udc4d\ttab";
        Bookmark b = open().add("dir/it's \"here\"\n.txt", "fp", 1, "quote\u001b", note);
        Bookmark back = open().bookmarks().get(0);
        assertThat(back).isEqualTo(b);
        assertThat(back.note().toCharArray()).isEqualTo(note.toCharArray());
    }

    @Test
    void aCorruptFileIsKeptAsideAtTheFirstSaveAndReported() throws IOException {
        byte[] garbage = "{\"version\": 1, \"bookmarks\": [{\"id\": \"abc\",\0\0\0".getBytes(
                StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve(Store.FILE), garbage);
        Store store = open();
        assertThat(store.bookmarks()).isEmpty();
        assertThat(store.warning()).hasValueSatisfying(w -> assertThat(w).contains("is damaged")
                .doesNotContain("\n"));

        Bookmark b = store.add("a.txt", "", 1, "", "");
        assertThat(store.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("kept as bookmarks.json.corrupt-20240102-030405").doesNotContain("\n"));
        assertThat(Files.readAllBytes(dir.resolve("bookmarks.json.corrupt-20240102-030405")))
                .isEqualTo(garbage);
        assertThat(ids(open())).containsExactly(b.id());

        // corrupt again in the same second: a second name, the first one untouched
        Files.writeString(dir.resolve(Store.FILE), "not json");
        Store again = open();
        again.add("b.txt", "", 1, "", "");
        assertThat(again.warning()).hasValueSatisfying(w -> assertThat(w).contains("corrupt-20240102-030405-2"));
        assertThat(Files.readAllBytes(dir.resolve("bookmarks.json.corrupt-20240102-030405")))
                .isEqualTo(garbage);
        assertThat(names()).containsExactly(Store.FILE, "bookmarks.json.corrupt-20240102-030405",
                "bookmarks.json.corrupt-20240102-030405-2", "bookmarks.lock");
    }

    @Test
    void aFileCorruptedWhileRunningIsKeptAsideAndTheSessionsBookmarksKept() throws IOException {
        Store store = open();
        Bookmark a = store.add("a.txt", "", 1, "", "");
        Files.writeString(dir.resolve(Store.FILE), "{\"version\": 1, \"bookmarks\": [");
        Bookmark b = store.add("b.txt", "", 2, "", "");
        assertThat(store.warning()).hasValueSatisfying(w -> assertThat(w).contains("cut short")
                .contains("kept as bookmarks.json.corrupt-20240102-030405"));
        assertThat(ids(open())).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(Files.readString(dir.resolve("bookmarks.json.corrupt-20240102-030405")))
                .isEqualTo("{\"version\": 1, \"bookmarks\": [");
    }

    @Test
    void aFolderThatCannotBeCreatedKeepsChangesForTheSession() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Store store = Store.open(notAFolder.resolve("pilcrow"), clock);
        assertThat(store.warning()).hasValueSatisfying(w -> assertThat(w)
                .startsWith("cannot save in " + notAFolder.resolve("pilcrow"))
                .contains("kept for this session").doesNotContain("\n"));

        Bookmark b = store.add("a.txt", "", 1, "", "");
        Bookmark edited = store.update(b.withNote("kept"));
        Bookmark gone = store.add("b.txt", "", 2, "", "");
        store.delete(gone.id());
        store.savePosition("k", "a.txt", 3, 4);
        store.addHistory("word");
        assertThat(store.bookmarks()).containsExactly(edited);
        assertThat(store.position("k")).isPresent();
        assertThat(store.history()).containsExactly("word");
        store.close();
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void aReadOnlyFolderIsReadAndChangesAreKeptForTheSession() throws IOException {
        Bookmark existing = open().add("a.txt", "", 1, "", "");
        byte[] before = Files.readAllBytes(dir.resolve(Store.FILE));
        Files.delete(dir.resolve(FolderLocks.LOCK_FILE));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "running as root: permissions do not stop writes");
            Store store = open();
            assertThat(store.bookmarks()).containsExactly(existing);
            assertThat(store.warning()).hasValueSatisfying(w -> assertThat(w).contains("permission denied"));
            Bookmark added = store.add("b.txt", "", 2, "", "");
            assertThat(store.bookmarks()).containsExactlyInAnyOrder(existing, added);
            assertThat(Files.readAllBytes(dir.resolve(Store.FILE))).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void changesMadeWhileTheFolderWasReadOnlyAreSavedOnceItIsWritable() throws IOException {
        Path later = dir.resolve("later");
        Files.writeString(later, "in the way");
        Store store = Store.open(later, clock);
        Bookmark b = store.add("a.txt", "", 1, "", "");
        assertThat(store.warning()).isPresent();
        Files.delete(later);
        Bookmark c = store.add("c.txt", "", 1, "", "");
        assertThat(store.warning()).isEmpty();
        assertThat(Store.open(later, clock).bookmarks()).containsExactlyInAnyOrder(b, c);
    }

    @Test
    void anUnreadableFileIsNeverOverwritten() throws IOException {
        Path file = dir.resolve(Store.FILE);
        Files.createDirectory(file); // a folder where the file should be: cannot be read or replaced
        Store store = open();
        store.add("a.txt", "", 1, "", "");
        assertThat(store.warning()).isPresent();
        assertThat(Files.isDirectory(file)).isTrue();
        assertThat(store.bookmarks()).hasSize(1);
    }
}
