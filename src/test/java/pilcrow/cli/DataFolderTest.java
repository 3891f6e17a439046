package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
            ui.start();
            ui.join(200);
            assertThat(ui.isAlive()).as("the save waits while the folder is being opened").isTrue();
            release.countDown();
            ui.join(10_000);
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
            waitForMessage();
            assertThat(posted).singleElement().isInstanceOfSatisfying(Msg.DataLoaded.class, loaded -> {
                assertThat(loaded.places()).containsEntry("doc.txt", new Place(7, 0));
                assertThat(loaded.history()).contains("zebra");
            });
        }
    }

    @Test
    void aFolderThatCannotBeOpenedIsSaidOnceAndSavesDoNotHang() throws Exception {
        try (DataFolder data = new DataFolder(() -> {
            throw new IllegalStateException("disk on fire");
        })) {
            data.openInBackground(posted::add);
            assertThat(data.awaitStore()).isNull();
            waitForMessage();
            assertThat(posted).singleElement().isInstanceOfSatisfying(Msg.Notice.class,
                    notice -> assertThat(notice.message()).contains("data folder"));
            assertThat(FullScreen.save(new Effect.AddBookmark("doc.txt", "", 1, "", ""), data.awaitStore()))
                    .singleElement().isInstanceOfSatisfying(Msg.Notice.class,
                            notice -> assertThat(notice.message()).startsWith("Not saved"));
            assertThat(FullScreen.save(new Effect.SavePosition("doc.txt", new Place(2, 0)), null)).isEmpty();
        }
    }

    @Test
    void aSignalWaitsOnlyABoundedTime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (DataFolder data = new DataFolder(slowOpen(release))) {
            data.openInBackground(posted::add);
            long start = System.nanoTime();
            assertThat(data.awaitStore(50)).isNull();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
            release.countDown();
        }
    }

    @Test
    void neverOpenedMeansNoStoreAndNoWait() {
        try (DataFolder data = new DataFolder(() -> Store.open(dir, Clock.systemUTC()))) {
            assertThat(data.awaitStore()).isNull();
        }
    }

    private void waitForMessage() throws InterruptedException {
        for (int i = 0; i < 1000 && posted.isEmpty(); i++) {
            Thread.sleep(10);
        }
    }
}
