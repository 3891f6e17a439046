package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;

/**
 * Changes that could not be saved are never dropped in silence: the first quit is held and says
 * so, the end says what is lost, a later successful retry says it is saved now, and a file from a
 * newer pilcrow is said to be read-only, not retried.
 */
class UnsavedChangesTest {

    @TempDir
    Path dir;

    /** A clock the test moves; the store retries a failed save only once its wait is over. */
    private static final class ManualClock extends Clock {
        long millis = Instant.parse("2026-01-02T03:04:05Z").toEpochMilli();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    private final ManualClock clock = new ManualClock();

    /** A data folder under a plain file: every save fails with "not a directory". */
    private Store failingStore() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notadir"), "x");
        return Store.open(notAFolder.resolve("pilcrow"), clock);
    }

    private static Effect.AddBookmark bookmark() {
        return new Effect.AddBookmark("doc.txt", "", 1, "a quote", "a note");
    }

    @Test
    void theFirstQuitIsHeldSayingWhatIsNotSavedAndTheNextGoes() throws IOException {
        Store store = failingStore();
        FullScreen.save(bookmark(), store);
        FullScreen.QuitHold hold = new FullScreen.QuitHold(() -> store);

        assertThat(hold.reason()).isEqualTo("1 bookmark change not saved: not a directory; quit again to discard");
        assertThat(hold.reason()).as("quitting again goes").isNull();
    }

    @Test
    void nothingWaitingHoldsNoQuit() {
        Store store = Store.open(dir.resolve("data"), clock);
        FullScreen.save(bookmark(), store);

        assertThat(new FullScreen.QuitHold(() -> store).reason()).isNull();
        store.close();
        assertThat(FullScreen.unsavedAtEnd(store)).isEmpty();
    }

    @Test
    void whatTheLastTryCouldNotSaveIsOneLineForTheEnd() throws IOException {
        Store store = failingStore();
        FullScreen.save(bookmark(), store);
        FullScreen.save(new Effect.SavePosition("doc.txt", new pilcrow.app.Place(3, 0)), store);

        store.close();

        assertThat(FullScreen.unsavedAtEnd(store))
                .contains("1 bookmark change and 1 reading position not saved: not a directory");
    }

    @Test
    void aRetryThatSucceedsLaterSaysItIsSavedNow() throws IOException {
        Store store = failingStore();
        FullScreen.save(bookmark(), store);
        assertThat(FullScreen.changesElsewhere(store)).as("the retry is not due yet").isEmpty();

        // The folder becomes writable (the disk was freed), and the retry is due.
        Files.delete(dir.resolve("notadir"));
        Files.createDirectory(dir.resolve("notadir"));
        clock.millis += 1_000;
        List<Msg> changes = FullScreen.changesElsewhere(store);

        assertThat(changes).contains(new Msg.Notice(FullScreen.SAVED_NOW));
        assertThat(store.saveFailure()).isEmpty();
        assertThat(Files.readString(dir.resolve("notadir/pilcrow/bookmarks.json"))).contains("a note");
    }

    @Test
    void aFileFromANewerPilcrowIsReadOnlyNotRetried() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("bookmarks.json"), "{\"version\": 99, \"bookmarks\": []}");
        Store store = Store.open(data, clock);
        JLineTextMeasure measure = new JLineTextMeasure();

        List<Msg> answers = FullScreen.save(bookmark(), store, measure);

        String notice = ((Msg.Notice) answers.get(answers.size() - 1)).message();
        assertThat(notice).isEqualTo("Not saved: bookmarks.json is from a newer pilcrow, read-only here");
        assertThat(measure.width(notice)).isLessThanOrEqualTo(FullScreen.NOTICE_COLUMNS);
    }
}
