package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static pilcrow.testing.Waits.eventually;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Place;
import pilcrow.store.Store;

/**
 * The data folder opens on its own thread after the first paint; what the reader asks to save
 * before it is open must wait for it, not be dropped.
 */
class DataFolderTest {

    @TempDir
    Path dir;

    private final List<Msg> posted = new CopyOnWriteArrayList<>();

    /** Opens the store only once {@code release} is counted down: a slow disk. */
    private Supplier<Store> slowOpen(CountDownLatch release) {
        return () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Store.open(dir, Clock.systemUTC());
        };
    }

    @Test
    void aSaveAskedForBeforeTheFolderIsOpenWaitsForItAndIsKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (DataFolder data = new DataFolder(slowOpen(release))) {
            data.openInBackground(posted::add);
            AtomicReference<List<Msg>> answer = new AtomicReference<>();
            Thread ui = new Thread(() -> answer.set(FullScreen.save(
                    new Effect.AddBookmark("doc.txt", "", 4, "a quote", "a note"), data.awaitStore())));
            try {
                ui.start();
                assertThat(eventually(() -> waitsInAwaitStore(ui)))
                        .as("the save waits while the folder is being opened").isTrue();
                assertThat(answer.get()).as("no answer before the folder is open").isNull();
            } finally {
                release.countDown(); // also when failing: closing the folder waits for it
            }
            ui.join(60_000);
            assertThat(answer.get()).singleElement().isInstanceOf(Msg.MarksChanged.class);
        }
        try (Store reopened = Store.open(dir, Clock.systemUTC())) {
            assertThat(reopened.bookmarks()).singleElement()
                    .satisfies(b -> assertThat(b.note()).isEqualTo("a note"));
        }
    }

    @Test
    void whatTheFolderHoldsArrivesAsAMessage() throws Exception {
        try (Store before = Store.open(dir, Clock.systemUTC())) {
            before.savePosition("doc.txt", "doc.txt", 7, 0);
            before.addHistory("zebra");
        }
        try (DataFolder data = new DataFolder(() -> Store.open(dir, Clock.systemUTC()))) {
            data.openInBackground(posted::add);
            assertThat(data.awaitStore()).isNotNull();
        }
        // Closed: the opening thread has ended, so all it will ever post is here.
        assertThat(posted).singleElement().isInstanceOfSatisfying(Msg.DataLoaded.class, loaded -> {
            assertThat(loaded.places()).containsEntry("doc.txt", new Place(7, 0));
            assertThat(loaded.history()).contains("zebra");
        });
    }

    @Test
    void aFolderThatCannotBeOpenedIsSaidOnceAndSavesDoNotHang() throws Exception {
        try (DataFolder data = new DataFolder(() -> {
            throw new IllegalStateException("disk on fire");
        })) {
            data.openInBackground(posted::add);
            assertThat(data.awaitStore()).isNull();
            assertThat(FullScreen.save(new Effect.AddBookmark("doc.txt", "", 1, "", ""), data.awaitStore()))
                    .singleElement().isInstanceOfSatisfying(Msg.Notice.class,
                            notice -> assertThat(notice.message()).startsWith("Not saved"));
            assertThat(FullScreen.save(new Effect.SavePosition("doc.txt", new Place(2, 0)), null)).isEmpty();
        }
        // Closed: the opening thread has ended, so all it will ever post is here.
        assertThat(posted).singleElement().isInstanceOfSatisfying(Msg.Notice.class,
                notice -> assertThat(notice.message()).contains("data folder"));
    }

    @Test
    void aSignalWaitsOnlyABoundedTime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (DataFolder data = new DataFolder(slowOpen(release))) {
            data.openInBackground(posted::add);
            try {
                // The store stays unopened until the end, so a wait without bound would never
                // return; the timeout, far beyond 50 ms, only turns that hang into a failure.
                Store none = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> data.awaitStore(50));
                assertThat(none).isNull();
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void neverOpenedMeansNoStoreAndNoWait() {
        try (DataFolder data = new DataFolder(() -> Store.open(dir, Clock.systemUTC()))) {
            assertThat(data.awaitStore()).isNull();
        }
    }

    /** Whether {@code thread} is parked inside {@link DataFolder#awaitStore()}: it waits for the store. */
    private static boolean waitsInAwaitStore(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        return stack.length > 0 && stack[0].getMethodName().equals("park")
                && Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(DataFolder.class.getName())
                        && frame.getMethodName().equals("awaitStore"));
    }


    @Test
    void aBookmarkThatCannotBeSavedIsNotReportedSavedButSaysWhatFailed() throws Exception {
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("plain-file"), "x");
        Store store = Store.open(notAFolder.resolve("pilcrow"), Clock.systemUTC());
        List<Msg> answers = FullScreen.save(new Effect.AddBookmark("doc.txt", "", 4, "a quote", ""), store);
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).isInstanceOfSatisfying(Msg.MarksChanged.class, changed -> {
            assertThat(changed.saved()).as("not reported as saved").isFalse();
            assertThat(changed.marks()).as("kept for the session").hasSize(1);
        });
        assertThat(answers.get(1)).isInstanceOfSatisfying(Msg.Notice.class, notice -> assertThat(notice.message())
                .startsWith("Not saved: /").contains("/pilcrow: not a directory")
                .endsWith("; kept for now, retrying"));

        String id = store.bookmarks().get(0).id();
        assertThat(FullScreen.save(new Effect.EditNote(id, "a note"), store)).last()
                .isInstanceOfSatisfying(Msg.Notice.class, n -> assertThat(n.message()).startsWith("Not saved"));
        assertThat(FullScreen.save(new Effect.DeleteBookmark(id), store)).last()
                .isInstanceOfSatisfying(Msg.Notice.class, n -> assertThat(n.message()).startsWith("Not saved"));
    }

    @Test
    void bookmarksSavedElsewhereAreSeenAndADamagedFileIsReportedNotMoved() throws Exception {
        pilcrow.store.FolderLocks locks = new pilcrow.store.FolderLocks();
        Store reader = Store.open(dir, Clock.systemUTC(), locks);
        Store cli = Store.open(dir, Clock.systemUTC(), locks);
        assertThat(FullScreen.changesElsewhere(reader)).isEmpty();

        cli.add("doc.txt", "", 2, "q", "");
        cli.add("doc.txt", "", 5, "q", "");
        assertThat(FullScreen.changesElsewhere(reader)).singleElement()
                .isInstanceOfSatisfying(Msg.MarksChanged.class, changed -> {
                    assertThat(changed.marks()).extracting(pilcrow.app.Mark::paragraph).containsExactlyInAnyOrder(2, 5);
                    assertThat(changed.saved()).isFalse();
                });
        assertThat(FullScreen.changesElsewhere(reader)).as("nothing new").isEmpty();

        Path file = dir.resolve("bookmarks.json");
        java.nio.file.Files.writeString(file, "{\"version\": 1, \"bookmarks\": [");
        List<Msg> damaged = FullScreen.changesElsewhere(reader);
        assertThat(damaged).last().isInstanceOfSatisfying(Msg.Notice.class,
                notice -> assertThat(notice.message()).contains("cut short").doesNotContain("\n"));
        assertThat(reader.bookmarks()).as("the session keeps what it had").hasSize(2);
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("{\"version\": 1, \"bookmarks\": [");
        try (var names = java.nio.file.Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bookmarks.json",
                    "bookmarks.lock");
        }
    }
}
