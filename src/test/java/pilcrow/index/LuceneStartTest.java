package pilcrow.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lucene 9's IndexWriter, ConcurrentMergeScheduler and SegmentReader initialize one another through
 * a class of theirs (apache/lucene#12419): loaded first on two threads at once, they deadlock. The
 * reader's background update and a search started at the same moment must both end. Each try is a
 * fresh JVM, as the classes load once per JVM.
 */
class LuceneStartTest {

    @TempDir
    Path temp;

    @Test
    void anUpdateAndASearchStartingTogetherBothEnd() throws Exception {
        Path root = temp.resolve("lib");
        Files.createDirectories(root);
        for (int i = 0; i < 20; i++) {
            Files.writeString(root.resolve("doc" + i + ".md"), "# Doc " + i + "\n\nword" + i + "\n");
        }
        Path data = temp.resolve("data");
        Indexer.update(data, root, 1, note -> { });
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int attempt = 0; attempt < 4; attempt++) {
            Process race = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    LuceneStartRace.class.getName(), data.toString(), root.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ended = race.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                race.destroyForcibly();
            }
            assertThat(ended && race.exitValue() == 0).as("attempt %d ended without a deadlock", attempt).isTrue();
        }
    }
}
