package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Msg;
import pilcrow.source.FileSource;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.source.MappedSearch;
import pilcrow.testing.Waits;

/**
 * Gzipped text past what is read in memory is read from a spooled copy whose name is gone once it
 * is opened: indexing it must not take the missing name for a file that changed.
 */
class IndexingSpooledTest {

    @TempDir
    Path dir;

    @Test
    void aSpooledGzipIsIndexedOnceWithoutBeingTakenForAFileThatChanged() throws Exception {
        Path gz = dir.resolve("big.txt.gz");
        writeGzippedProse(gz, MappedSearch.THRESHOLD + (1 << 20));
        LoadResult opened = Library.readLazily(FileSource.of(gz));
        assertThat(opened.getClass().getSimpleName()).isEqualTo("Large");

        List<Msg> posted = new CopyOnWriteArrayList<>();
        try (Indexing indexing = new Indexing()) {
            indexing.start(List.of((LoadResult.Large) opened), posted::add, () -> false);
            assertThat(Waits.eventually(() -> posted.stream().anyMatch(IndexingSpooledTest::finished)))
                    .as("indexed to the end").isTrue();
            // Its size is looked at after the last index is posted: the indexing thread's end is
            // when all it would say has been said.
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("pilcrow-index-all")) {
                    thread.join(30_000);
                    assertThat(thread.isAlive()).isFalse();
                }
            }
        }

        assertThat(posted).filteredOn(Msg.Notice.class::isInstance).as("no 'changed while open'").isEmpty();
        assertThat(posted).filteredOn(IndexingSpooledTest::finished).hasSize(1);
    }

    private static boolean finished(Msg msg) {
        return msg instanceof Msg.Indexed indexed && indexed.snapshot().numbering().complete();
    }

    private static void writeGzippedProse(Path path, long size) throws IOException {
        Random random = new Random(5);
        StringBuilder paragraph = new StringBuilder();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path), 1 << 16)) {
            out.write("Spooled\n\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < size; written += paragraph.length()) {
                paragraph.setLength(0);
                for (int w = 0, words = 5 + random.nextInt(40); w < words; w++) {
                    for (int i = 0, letters = 2 + random.nextInt(8); i < letters; i++) {
                        paragraph.append((char) ('a' + random.nextInt(26)));
                    }
                    paragraph.append(w == words - 1 ? ".\n\n" : " ");
                }
                out.write(paragraph.toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
