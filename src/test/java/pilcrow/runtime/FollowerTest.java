package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Place;
import pilcrow.app.Size;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.Library;
import pilcrow.terminal.JLineTextMeasure;

/** The followed file is looked at by a stat; growth, cuts and replacements come back as messages. */
class FollowerTest {

    @TempDir
    Path dir;

    private final List<Msg> posted = new ArrayList<>();
    private long now;
    private final Follower follower = new Follower(posted::add, () -> now);

    private AppState openOn(Path file) {
        String path = file.toAbsolutePath().toString();
        LibraryDocument row = LibraryDocument.of(Library.readLazily(FileSource.of(file)), path);
        return opened(row);
    }

    private static AppState opened(LibraryDocument row) {
        AppState state = AppState.initial("t", List.of(row), new Size(80, 24));
        return new App(new JLineTextMeasure()).update(state, new Msg.Open(0)).state();
    }

    /** A poll a second later than the last, so the look is never skipped for being too soon. */
    private List<Msg> poll(AppState state) {
        now += 1_000_000_000L;
        return follower.poll(state);
    }

    @Test
    void nothingChangedIsNothingSaidAndAnAppendIsTheLongerText() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "first line\nsecond line\n");
        AppState state = openOn(log);
        assertThat(poll(state)).isEmpty();

        Files.writeString(log, "third line\n", StandardOpenOption.APPEND);
        List<Msg> changed = poll(state);

        assertThat(changed).singleElement().isInstanceOfSatisfying(Msg.Changed.class, c -> {
            assertThat(c.note()).isEmpty();
            assertThat(c.row().text().numbering().count()).isEqualTo(2);
        });
        assertThat(poll(state)).as("seen once").isEmpty();
    }

    @Test
    void aLookTooSoonAfterTheLastIsSkipped() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "first line\n");
        AppState state = openOn(log);
        poll(state);
        Files.writeString(log, "more\n", StandardOpenOption.APPEND);
        now += 1_000_000L; // a millisecond later
        assertThat(follower.poll(state)).isEmpty();
        assertThat(poll(state)).hasSize(1);
    }

    @Test
    void aFileCutShorterOrReplacedIsReadAgainWithANote() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");
        AppState state = openOn(log);
        poll(state);

        Files.writeString(log, "one\n");
        assertThat(poll(state)).singleElement().isInstanceOfSatisfying(Msg.Changed.class,
                c -> assertThat(c.note()).isEqualTo("app.log was cut shorter: read again"));

        Path other = dir.resolve("new.log");
        Files.writeString(other, "rotated\n");
        Files.move(other, log, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(poll(state)).singleElement().isInstanceOfSatisfying(Msg.Changed.class,
                c -> assertThat(c.note()).isEqualTo("app.log was replaced: read again"));
    }

    @Test
    void aLargeFileGrownKeepsItsFingerprintAndHasItsIndexExtended() throws IOException {
        Path log = dir.resolve("big.log");
        Files.writeString(log, "2024 line\n".repeat(200_000));
        String path = log.toAbsolutePath().toString();
        LargeFile file = LargeFile.open(FileSource.of(log)).orElseThrow();
        LargeFile.Indexed indexed = file.index(index -> { }, () -> false);
        AppState state = opened(new LibraryDocument.Large(path, indexed.text(), indexed.index()));
        String fingerprint = state.entries().get(0).fingerprint();
        poll(state);

        Files.writeString(log, "2025 new line\n", StandardOpenOption.APPEND);
        Msg.Changed changed = (Msg.Changed) poll(state).get(0);

        LibraryDocument row = changed.row();
        assertThat(row.countExact()).isTrue();
        assertThat(row.paragraphCount()).isEqualTo(state.entries().get(0).paragraphCount() + 1);
        assertThat(row.fingerprint()).isEqualTo(fingerprint);
        AppState after = new App(new JLineTextMeasure()).update(state, changed).state();
        assertThat(after.entries().get(0).fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void reloadReadsTheFileAgainAtThePlace() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "one\n\ntwo\n");
        String path = log.toAbsolutePath().toString();
        List<Msg> answer = follower.reload(new Effect.Reload(0, path, new Place(2, 0)));
        assertThat(answer).singleElement().isInstanceOfSatisfying(Msg.Changed.class, c -> {
            assertThat(c.keep()).isEqualTo(new Place(2, 0));
            assertThat(c.note()).isEqualTo("Read again");
        });
        Files.delete(log);
        assertThat(follower.reload(new Effect.Reload(0, path, new Place(1, 0)))).singleElement()
                .isInstanceOfSatisfying(Msg.Notice.class, n -> assertThat(n.message()).startsWith("cannot read "));
    }
}
