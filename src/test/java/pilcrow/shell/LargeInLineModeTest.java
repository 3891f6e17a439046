package pilcrow.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.core.model.TextSnapshot;
import pilcrow.source.DocumentReader;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.LoadResult;
import pilcrow.store.Bookmark;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;

/**
 * The line mode on a large text read on demand ({@link LargeFile}, numbered in the background)
 * answers every command as it does on the same text read whole, but for the counts it gives
 * while the numbering goes on ("about N").
 */
class LargeInLineModeTest {

    @TempDir
    Path dir;

    private static final String[] WORDS = {"alpha", "finch", "river", "stone", "zebra", "mist", "oak"};

    /** Paragraphs of a few words each (lines of a paragraph too), a title, sometimes a source line. */
    private static String text(List<Integer> shape) {
        StringBuilder out = new StringBuilder("A Large Title\n\n");
        for (int p = 0; p < shape.size(); p++) {
            int n = shape.get(p);
            for (int w = 0; w <= n % 9; w++) {
                out.append(WORDS[(n + w * 3) % WORDS.length]).append(w % 4 == 3 ? "\n" : " ");
            }
            out.append("end").append(p).append("\n\n");
        }
        if (shape.size() % 3 == 0) {
            out.append("-THE TEST SOURCE\n");
        }
        return out.toString();
    }

    /** A large text numbered on a thread of its own, as the command line does. */
    private static ShellDocument large(String key, LargeFile file) {
        return ShellDocument.large(key, file, (text, snapshot, failed) -> {
            Thread thread = new Thread(() -> {
                try {
                    LargeFile.Indexed done = ((LargeFile) text).index(
                            index -> snapshot.accept(new TextSnapshot(text, index)), () -> false);
                    snapshot.accept(new TextSnapshot(done.text(), done.index()));
                } catch (IOException e) {
                    failed.accept(e.getMessage());
                }
            });
            thread.setDaemon(true);
            thread.start();
        });
    }

    private List<String> replies(Interpreter shell, List<String> commands) {
        List<String> replies = new ArrayList<>();
        for (String command : commands) {
            Reply reply = shell.execute(command, 30);
            replies.add(command + " -> " + reply.output() + "|" + reply.error());
        }
        return replies;
    }

    private static List<String> commands(int paragraphs) {
        List<String> commands = new ArrayList<>(List.of("next", "next", "prev", "where", "p " + paragraphs,
                "next", "next", "prev", "p 1.." + Math.min(3, paragraphs), "p " + (paragraphs + 1), "p 0",
                "find finch", "n", "n", "N", "where", "find end" + (paragraphs - 1), "n", "next", "find source",
                "n", "next", "find nothinghere", "prev", "p", "where"));
        return commands;
    }

    @Test
    void everyCommandAnswersAsOnTheTextReadWhole() {
        AtomicInteger file = new AtomicInteger();
        qt().withExamples(25).forAll(lists().of(integers().between(0, 200)).ofSizeBetween(1, 40))
                .checkAssert(shape -> {
                    try {
                        Path path = dir.resolve("doc" + file.incrementAndGet() + ".txt");
                        Files.writeString(path, text(shape), UTF_8);
                        FileSource source = FileSource.of(path);
                        Document whole = ((LoadResult.Loaded) DocumentReader.read(source)).document();
                        try (LargeFile opened = LargeFile.open(source).orElseThrow();
                             Store wholeStore = Store.open(dir.resolve("w" + file.get()), Clock.systemUTC());
                             Store largeStore = Store.open(dir.resolve("l" + file.get()), Clock.systemUTC())) {
                            Interpreter inMemory = new Interpreter(List.of(new ShellDocument("doc", whole, null)),
                                    ShellStore.of(wholeStore), new JLineTextMeasure());
                            Interpreter onDemand = new Interpreter(List.of(large("doc", opened)),
                                    ShellStore.of(largeStore), new JLineTextMeasure());
                            String wholeOpen = inMemory.execute("open 1", 30).output();
                            String largeOpen = onDemand.execute("open 1", 30).output();
                            // The header says "about N" while a large text is being numbered; the paragraph after it is the same.
                            assertThat(largeOpen.substring(largeOpen.indexOf("\u00b61 ")))
                                    .isEqualTo(wholeOpen.substring(wholeOpen.indexOf("\u00b61 ")));
                            int paragraphs = whole.paragraphCount();
                            // where does not wait for the numbering: while it goes on it says "about N".
                            assertThat(replies(onDemand, commands(paragraphs)).stream()
                                    .map(r -> r.replaceAll("of about [0-9,]+", "of " + paragraphs)).toList())
                                    .isEqualTo(replies(inMemory, commands(paragraphs)));
                            assertThat(onDemand.execute("list", 0).output())
                                    .isEqualTo(inMemory.execute("list", 0).output());
                        }
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void numberingThatStopsShortIsSaidAndWalkingGoesOn() throws IOException {
        StringBuilder text = new StringBuilder("Title\n\n");
        for (int i = 1; i <= 50; i++) {
            text.append("Paragraph ").append(i).append(" here.\n\n");
        }
        Path path = dir.resolve("cut.txt");
        Files.writeString(path, text, UTF_8);
        try (LargeFile opened = LargeFile.open(FileSource.of(path)).orElseThrow();
             Store store = Store.open(dir.resolve("data"), Clock.systemUTC())) {
            ShellDocument failing = ShellDocument.large("/abs/cut.txt", opened,
                    (large, snapshot, failed) -> failed.accept("the file went away"));
            Interpreter shell = new Interpreter(List.of(failing), ShellStore.of(store), new JLineTextMeasure());
            assertThat(shell.execute("open 1", 0).output()).endsWith("\u00b61 Paragraph 1 here.\n\n");
            assertThat(shell.execute("next", 0).output()).isEqualTo("\u00b62 Paragraph 2 here.\n\n");
            assertThat(shell.execute("p 40", 0).error())
                    .isEqualTo("cannot number Title past \u00b60: the file went away");
            assertThat(shell.execute("find Paragraph 30 here", 0).error())
                    .isEqualTo("cannot number Title past \u00b60: the file went away");
        }
    }

    @Test
    void aBookmarkInALargeTextKeepsItsFingerprintAndQuoteAndIsJumpedTo() throws IOException {
        StringBuilder text = new StringBuilder("Title\n\n");
        for (int i = 1; i <= 300; i++) {
            text.append("Paragraph ").append(i).append(" here.\n\n");
        }
        Path path = dir.resolve("big.txt");
        Files.writeString(path, text, UTF_8);
        try (LargeFile opened = LargeFile.open(FileSource.of(path)).orElseThrow();
             Store store = Store.open(dir.resolve("data"), Clock.systemUTC())) {
            Interpreter shell = new Interpreter(List.of(large("/abs/big.txt", opened)), ShellStore.of(store),
                    new JLineTextMeasure());
            shell.execute("open 1", 0);
            assertThat(shell.execute("p 250", 0).output()).isEqualTo("\u00b6250 Paragraph 250 here.\n\n");
            String reply = shell.execute("bookmark a note", 0).output();
            assertThat(reply).startsWith("bookmarked \u00b6250 of Title (id ");
            Bookmark saved = store.bookmarks().get(0);
            assertThat(saved.documentPath()).isEqualTo("/abs/big.txt");
            assertThat(saved.fingerprint()).isEqualTo(opened.fingerprint());
            assertThat(saved.quote()).isEqualTo("Paragraph 250 here.");
            shell.execute("p 3", 0);
            assertThat(shell.execute("jump " + saved.id(), 0).output())
                    .isEqualTo("bookmark " + saved.id() + ": Title, \u00b6250 \u2014 a note\n\u00b6250 Paragraph 250 here.\n\n");
        }
    }
}
