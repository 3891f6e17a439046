package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static pilcrow.testing.Waits.eventually;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Msg;
import pilcrow.runtime.FullScreen;
import pilcrow.runtime.SharedIndexing;
import pilcrow.shell.ShellDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.terminal.JLineTextMeasure;

/** The served library's large documents: opened lazily, indexed once for every session, stopped when all leave. */
class SharedIndexingTest {

    @TempDir
    Path temp;

    private Path smallDocument(String name, int paragraphs) throws IOException {
        Path file = temp.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("A Served Document\n\n");
            for (int i = 1; i <= paragraphs; i++) {
                out.write("Paragraph " + i + " of the served document.\n\n");
            }
        }
        return file;
    }

    /** A library whose one document is opened to be read on demand, whatever its size. */
    private Library lazy(Path file) throws IOException {
        FileSource source = FileSource.of(file);
        LargeFile large = LargeFile.open(source).orElseThrow();
        return new Library("test", List.of(new LoadResult.Large(source, large)), List.of());
    }

    /** What one session's reader is posted. */
    private static final class Inbox {
        final Queue<Msg> messages = new ConcurrentLinkedQueue<>();

        void post(Msg msg) {
            messages.add(msg);
        }

        Msg.Indexed complete() {
            return messages.stream().filter(Msg.Indexed.class::isInstance).map(Msg.Indexed.class::cast)
                    .filter(m -> m.snapshot().numbering().complete()).findFirst().orElse(null);
        }
    }


    private static boolean indexThreadAlive() {
        Predicate<Thread> indexing = t -> t.getName().equals("pilcrow-index-all") && t.isAlive();
        return Thread.getAllStackTraces().keySet().stream().anyMatch(indexing);
    }

    @Test
    void aSessionThatComesLaterGetsTheFinishedIndexAtOnceWithoutBuildingItAgain() throws Exception {
        try (SharedIndexing shared = new SharedIndexing(lazy(smallDocument("doc.txt", 500)))) {
            Inbox first = new Inbox();
            try (SharedIndexing.Session session = shared.session()) {
                session.join(first::post, () -> false);
                assertThat(eventually(() -> first.complete() != null)).as("the first session's index").isTrue();
            }
            assertThat(first.complete().snapshot().numbering().count()).isEqualTo(500);

            Inbox later = new Inbox();
            try (SharedIndexing.Session session = shared.session()) {
                session.join(later::post, () -> false);
                // Handed over in join itself: the very same immutable snapshot, not a second build.
                assertThat(later.complete()).isSameAs(first.complete());
                assertThat(shared.indexing()).isFalse();
            }
            assertThat(shared.timesStarted()).isEqualTo(1);
        }
    }

    @Test
    void twoSessionsAtOnceShareOneIndexing() throws Exception {
        try (SharedIndexing shared = new SharedIndexing(lazy(smallDocument("doc.txt", 500)));
             SharedIndexing.Session one = shared.session();
             SharedIndexing.Session two = shared.session()) {
            Inbox first = new Inbox();
            Inbox second = new Inbox();
            one.join(first::post, () -> false);
            two.join(second::post, () -> false);
            assertThat(eventually(() -> first.complete() != null && second.complete() != null)).isTrue();
            assertThat(second.complete()).isSameAs(first.complete());
            assertThat(shared.timesStarted()).isEqualTo(1);
        }
    }

    @Test
    void theLastSessionToLeaveStopsTheIndexingAndTheNextStartsItAgain() throws Exception {
        CountDownLatch keyHandled = new CountDownLatch(1);
        // A key being handled in a session holds the index back: here until the latch opens.
        BooleanSupplier busyUntilReleased = () -> {
            try {
                keyHandled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        };
        try (SharedIndexing shared = new SharedIndexing(lazy(smallDocument("doc.txt", 500)))) {
            Inbox first = new Inbox();
            Inbox second = new Inbox();
            SharedIndexing.Session one = shared.session();
            SharedIndexing.Session two = shared.session();
            one.join(first::post, busyUntilReleased);
            two.join(second::post, () -> false);
            assertThat(eventually(SharedIndexingTest::indexThreadAlive)).isTrue();

            one.close();
            assertThat(shared.indexing()).as("another session still reads").isTrue();
            two.close();
            assertThat(shared.indexing()).as("nobody reads any more").isFalse();
            keyHandled.countDown();
            assertThat(eventually(() -> !indexThreadAlive())).as("the indexing thread ends").isTrue();
            assertThat(first.complete()).isNull();
            assertThat(second.complete()).isNull();

            Inbox third = new Inbox();
            try (SharedIndexing.Session three = shared.session()) {
                three.join(third::post, () -> false);
                assertThat(eventually(() -> third.complete() != null)).isTrue();
            }
            assertThat(shared.timesStarted()).isEqualTo(2);
        }
    }

    @Test
    void aSessionThatLeftIsPostedNothingMore() throws Exception {
        try (SharedIndexing shared = new SharedIndexing(lazy(smallDocument("doc.txt", 500)))) {
            Inbox gone = new Inbox();
            Inbox staying = new Inbox();
            CountDownLatch hold = new CountDownLatch(1);
            try (SharedIndexing.Session stays = shared.session()) {
                SharedIndexing.Session leaves = shared.session();
                stays.join(staying::post, () -> {
                    try {
                        hold.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return false;
                });
                leaves.join(gone::post, () -> false);
                leaves.close();
                hold.countDown();
                assertThat(eventually(() -> staying.complete() != null)).isTrue();
            }
            assertThat(gone.complete()).isNull();
        }
    }

    @Test
    void theServerOpensALargeFileToReadOnDemandNotWhole() throws Exception {
        Path file = temp.resolve("big.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 240_000; i++) {
                out.write("Paragraph " + i + " of a document over the large-file threshold, to fill bytes.\n\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(16L << 20);
        Library served = ServeCommand.servedLibrary(List.of(file.toString()), console());
        assertThat(served.entries()).singleElement().isInstanceOf(LoadResult.Large.class);
        assertThat(FullScreen.entries(served)).singleElement().satisfies(entry -> {
            assertThat(entry).isInstanceOf(pilcrow.library.LibraryDocument.Large.class);
            assertThat(entry.document().blocks()).as("a stand-in, not the text").isEmpty();
        });
    }

    /** Issue 19: the server's line mode (ssh -T) opens a large document as the local shell does, lazily. */
    @Test
    void theServersLineModeAndTheLocalShellOpenALargeDocumentLazily() throws Exception {
        Library library = lazy(smallDocument("doc.txt", 20));
        ShellDocument served = ShellCommand.documents(library).get(0);
        assertThat(served.readable()).isTrue();
        assertThat(served.problem()).isNull();
        assertThat(served.text()).as("read on demand, not whole").isInstanceOf(pilcrow.source.LargeFile.class);
        assertThat(served.counted()).as("not numbered before it is opened").isFalse();
        assertThat(served.whole().numbering().count()).isEqualTo(20);
        assertThat(served.counted()).isTrue();
        assertThat(served.path()).isEqualTo(FullScreen.entries(library).get(0).path());
    }

    private static Console console() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        return new Console(InputStream.nullInputStream(), sink, sink, false, false, () -> 80, false, Map.of(),
                new JLineTextMeasure());
    }
}
