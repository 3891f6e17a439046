package pilcrow.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.find.SearchQuery;

/**
 * The index is a cache: damaged, left locked by a crashed process, or of another version, it is
 * built again with one note and never fails a search or an update; two updates at once lose nothing.
 */
class IndexAsCacheTest {

    @TempDir
    Path temp;

    private Path lib;
    private Path data;

    private void library(int count) throws IOException {
        lib = IndexedFindTest.library(temp.resolve("lib"), new Random(3), count);
        data = temp.resolve("data");
    }

    private int indexed() throws IOException {
        try (LibraryIndex index = LuceneIndex.open(data, lib.toRealPath()).orElseThrow()) {
            return ((LuceneIndex) index).size();
        }
    }

    private Path luceneFolder() throws IOException {
        return IndexFolders.lucene(IndexFolders.of(data, lib.toRealPath()));
    }

    @Test
    void aDamagedIndexIsNotUsedAndIsBuiltAgainWithANote() throws IOException {
        library(30);
        Indexer.update(data, lib, 2, note -> { });
        // Every file of the index overwritten in its middle: checksums and headers fail.
        try (Stream<Path> files = Files.list(luceneFolder())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                long size = Files.size(file);
                try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
                    channel.position(size / 2);
                    channel.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
                }
            }
        }
        assertThat(LuceneIndex.open(data, lib.toRealPath())
                .flatMap(index -> index.candidates(SearchQuery.literal("kit")))).as("a damaged index narrows nothing")
                .isEmpty();
        List<String> notes = new ArrayList<>();
        Indexer.Outcome outcome = Indexer.update(data, lib, 2, notes::add);
        assertThat(notes).singleElement().asString().contains("could not be read").endsWith("building it again");
        assertThat(outcome.documents()).isEqualTo(30);
        assertThat(indexed()).isEqualTo(30);
    }

    /** On JDK 21 and later Lucene logs notes (MemorySegment, the Vector API) the reader's terminal must not get. */
    @Test
    void lucenesLoggingIsOffOnceAnIndexIsUsed() throws IOException {
        library(3);
        Indexer.update(data, lib, 1, note -> { });
        assertThat(java.util.logging.Logger.getLogger("org.apache.lucene").getLevel())
                .isEqualTo(java.util.logging.Level.OFF);
    }

    @Test
    void aLockLeftByACrashedProcessDoesNotBlock() throws IOException {
        library(10);
        Indexer.update(data, lib, 2, note -> { });
        // A process killed while it wrote leaves write.lock; its operating-system lock went with it.
        Files.writeString(luceneFolder().resolve("write.lock"), "", StandardCharsets.UTF_8);
        List<String> notes = new ArrayList<>();
        Indexer.update(data, lib, 2, notes::add);
        assertThat(notes).isEmpty();
        assertThat(indexed()).isEqualTo(10);
    }

    @Test
    void anIndexOfAnotherVersionIsNotUsedAndIsBuiltAgain() throws IOException {
        library(10);
        Indexer.update(data, lib, 2, note -> { });
        Path folder = IndexFolders.of(data, lib.toRealPath());
        Files.writeString(folder.resolve("version"), "pilcrow-index 0, lucene 8\n", StandardCharsets.UTF_8);
        assertThat(LuceneIndex.open(data, lib.toRealPath())).isEmpty();
        List<String> notes = new ArrayList<>();
        Indexer.update(data, lib, 2, notes::add);
        assertThat(notes).singleElement().asString().contains("another version");
        assertThat(indexed()).isEqualTo(10);
    }

    @Test
    void twoUpdatesAtOnceLoseNothing() throws Exception {
        library(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> notes = new CopyOnWriteArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Indexer.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return Indexer.update(data, lib, 1, notes::add);
                }));
            }
            start.countDown();
            for (Future<Indexer.Outcome> run : runs) {
                assertThat(run.get().documents()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(indexed()).isEqualTo(200);
        // A document added and one removed, each seen by the update after.
        Files.writeString(lib.resolve("added.txt"), "added", StandardCharsets.UTF_8);
        Files.delete(lib.resolve("doc1.txt"));
        Indexer.update(data, lib, 2, notes::add);
        assertThat(indexed()).isEqualTo(200);
        assertThat(notes).allMatch(note -> note.contains("waiting for it"));
    }
}
