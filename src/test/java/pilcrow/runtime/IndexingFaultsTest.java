package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Msg;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.LoadResult;
import pilcrow.testing.Waits;

/** Issue 17: one large document's failure while indexed, and the files a re-open replaces. */
class IndexingFaultsTest {

    @TempDir
    Path dir;

    private LoadResult.Large large(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        FileSource source = FileSource.of(file);
        return new LoadResult.Large(source, LargeFile.open(source).orElseThrow());
    }

    private static boolean finished(Msg msg, String name) {
        return msg instanceof Msg.Indexed indexed && indexed.snapshot().numbering().complete() && indexed.path().endsWith(name);
    }

    @Test
    void aDocumentWhoseIndexingFailsInAnyWayDoesNotStopTheNext() throws Exception {
        LoadResult.Large failing = large("a.txt", "First\n\nsecond\n");
        LoadResult.Large next = large("b.txt", "Next\n\nmore\n");
        List<Msg> posted = new CopyOnWriteArrayList<>();

        try (Indexing indexing = new Indexing()) {
            indexing.start(List.of(failing, next), msg -> {
                if (msg instanceof Msg.Indexed indexed && indexed.path().endsWith("a.txt")) {
                    throw new StackOverflowError("while indexing a.txt"); // an Error, not an IOException
                }
                posted.add(msg);
            }, () -> false);

            assertThat(Waits.eventually(() -> posted.stream().anyMatch(m -> finished(m, "b.txt"))))
                    .as("b.txt indexed after a.txt failed").isTrue();
        }
    }

    @Test
    void aFileOpenedAgainAndThenReplacedAgainIsClosedWhenIndexingCloses() throws Exception {
        LoadResult.Large growing = large("log.txt", "Log\n\nline one\n");
        Path file = dir.resolve("log.txt");
        List<pilcrow.core.model.DocumentText> texts = new CopyOnWriteArrayList<>();
        List<Msg> posted = new CopyOnWriteArrayList<>();

        Indexing indexing = new Indexing();
        // Each time an index completes, the log grows: read again twice (three attempts in all).
        indexing.start(List.of(growing), msg -> {
            if (msg instanceof Msg.Indexed indexed && indexed.snapshot().numbering().complete()) {
                try {
                    Files.writeString(file, "\nmore " + texts.size() + "\n", StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                texts.add(indexed.snapshot().text());
            }
            posted.add(msg);
        }, () -> false);
        assertThat(Waits.eventually(() -> texts.size() == Indexing.ATTEMPTS)).isTrue();
        List<LargeFile> files = new ArrayList<>(texts.stream().map(LargeFile.class::cast).toList());
        assertThat(files).doesNotHaveDuplicates();

        assertThat(files).allMatch(LargeFile::isOpen);
        indexing.close();

        assertThat(files.get(0).isOpen()).as("the library's own file: not Indexing's to close").isTrue();
        assertThat(files.get(1).isOpen()).as("opened again, then replaced: closed").isFalse();
        assertThat(files.get(2).isOpen()).as("the one now shown: kept").isTrue();
        files.get(0).close();
        files.get(2).close();
    }
}
