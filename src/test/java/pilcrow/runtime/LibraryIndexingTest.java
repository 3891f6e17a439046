package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Msg;
import pilcrow.index.IndexFolders;
import pilcrow.index.LuceneIndex;
import pilcrow.search.LibraryIndexes;

/**
 * The reader's background update of its library's index: done, it leaves an index search can use
 * and the status line quiet; it waits while the reader is busy (a key, the user's search); a data
 * folder it cannot write is one note; closing stops it.
 */
class LibraryIndexingTest {

    @TempDir
    Path temp;

    private Path library(int documents) throws Exception {
        Path root = temp.resolve("lib");
        Files.createDirectories(root);
        for (int i = 0; i < documents; i++) {
            Path file = root.resolve("doc" + i + ".md");
            Files.writeString(file, "# Doc " + i + "\n\nword" + i + " zebra\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }
        return root;
    }

    @Test
    void indexesTheRootsThenGoesQuiet() throws Exception {
        Path root = library(30);
        Path data = temp.resolve("data");
        List<Msg> posted = new CopyOnWriteArrayList<>();
        try (LibraryIndexing indexing = new LibraryIndexing(LibraryIndexes.of(data, List.of(root.toString())), 2)) {
            indexing.start(posted::add, () -> false);
            assertThat(indexing.awaitEnd(30_000)).isTrue();
        }
        assertThat(posted).last().isEqualTo(new Msg.LibraryIndexing(0, 0));
        assertThat(posted).noneMatch(Msg.Notice.class::isInstance);
        try (var index = LuceneIndex.open(data, root.toRealPath()).orElseThrow()) {
            assertThat(((LuceneIndex) index).size()).isEqualTo(30);
        }
    }

    @Test
    void waitsWhileTheReaderIsBusy() throws Exception {
        Path root = library(5);
        Path data = temp.resolve("data");
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Msg> posted = new CopyOnWriteArrayList<>();
        try (LibraryIndexing indexing = new LibraryIndexing(LibraryIndexes.of(data, List.of(root.toString())), 2)) {
            indexing.start(posted::add, busy::get);
            assertThat(indexing.awaitEnd(500)).as("ended while busy").isFalse();
            assertThat(posted).noneMatch(msg -> msg instanceof Msg.LibraryIndexing p && p.read() > 0);
            busy.set(false);
            assertThat(indexing.awaitEnd(30_000)).isTrue();
        }
        assertThat(posted).last().isEqualTo(new Msg.LibraryIndexing(0, 0));
        assertThat(LuceneIndex.open(data, root.toRealPath())).isPresent();
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsOneNote() throws Exception {
        Path root = library(3);
        Path data = temp.resolve("data-is-a-file");
        Files.writeString(data, "not a folder"); // as unwritable as a read-only folder, also as root
        List<Msg> posted = new CopyOnWriteArrayList<>();
        try (LibraryIndexing indexing = new LibraryIndexing(LibraryIndexes.of(data, List.of(root.toString())), 2)) {
            indexing.start(posted::add, () -> false);
            assertThat(indexing.awaitEnd(30_000)).isTrue();
        }
        assertThat(posted.stream().filter(Msg.Notice.class::isInstance).map(m -> ((Msg.Notice) m).message()))
                .singleElement().asString().startsWith("Not indexed (").endsWith("): F reads every document");
        assertThat(posted).contains(new Msg.LibraryIndexing(0, 0));
    }

    @Test
    void closingStopsItQuietly() throws Exception {
        Path root = library(5);
        Path data = temp.resolve("data");
        List<Msg> posted = new CopyOnWriteArrayList<>();
        LibraryIndexing indexing = new LibraryIndexing(LibraryIndexes.of(data, List.of(root.toString())), 2);
        indexing.start(posted::add, () -> true); // busy for ever: only closing ends it
        for (int i = 0; i < 1000 && IndexFolders.existing(data, root.toRealPath()).isEmpty(); i++) {
            Thread.sleep(10); // the markers are written under the lock, before the first document is read
        }
        indexing.close();
        assertThat(indexing.awaitEnd(30_000)).isTrue();
        assertThat(posted).noneMatch(Msg.Notice.class::isInstance);
        assertThat(posted).noneMatch(msg -> msg instanceof Msg.LibraryIndexing p && p.read() > 0);
    }
}
