package pilcrow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.text.FakeTextMeasure;
import pilcrow.source.DocumentReader;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.LoadResult;
import pilcrow.store.Bookmark;
import pilcrow.store.Store;

/**
 * {@code show}, {@code list} and {@code bookmarks add} on a large file read on demand (issue 19):
 * the paragraphs printed as the whole document's are, the count exact, the bookmark the reader's.
 */
class LargeOnTheCommandLineTest {

    @TempDir
    Path dir;

    private static final String[] WORDS = {"alpha", "finch", "river", "stone", "zebra", "mist", "oak", "été", "中文"};

    private static String text(List<Integer> shape) {
        StringBuilder out = new StringBuilder("A Title Long Enough To Wrap Somewhere Near Here\n\n");
        for (int p = 0; p < shape.size(); p++) {
            int n = shape.get(p);
            for (int w = 0; w <= n % 23; w++) {
                out.append(WORDS[(n + w * 5) % WORDS.length]).append(w % 6 == 5 ? "\n" : " ");
            }
            out.append("end").append(p).append("\n\n");
        }
        if (shape.size() % 2 == 0) {
            out.append("-A TEST SOURCE, WITH WORDS TO WRAP\n");
        }
        return out.toString();
    }

    private static String printed(java.util.function.Consumer<PlainPrinter> print) {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        print.accept(new PlainPrinter(writer, new FakeTextMeasure()));
        writer.flush();
        return out.toString();
    }

    @Test
    void aLargeTextPrintsAsTheWholeDocumentDoes() {
        AtomicInteger files = new AtomicInteger();
        qt().withExamples(40).forAll(lists().of(integers().between(0, 300)).ofSizeBetween(0, 30), integers().between(12, 70))
                .checkAssert((shape, width) -> {
                    try {
                        Path path = dir.resolve("doc" + files.incrementAndGet() + ".txt");
                        Files.writeString(path, text(shape), UTF_8);
                        FileSource source = FileSource.of(path);
                        Document whole = ((LoadResult.Loaded) DocumentReader.read(source)).document();
                        try (LargeFile file = LargeFile.open(source).orElseThrow()) {
                            TextSnapshot numbered = file.numberedWhole();
                            int count = whole.paragraphCount();
                            assertThat(numbered.numbering().count()).isEqualTo(count);
                            assertThat(printed(p -> p.printText(numbered, 1, count, width, true)))
                                    .isEqualTo(printed(p -> p.printDocument(whole, width, true)));
                            assertThat(printed(p -> p.printText(file, width)))
                                    .as("without numbers, as pilcrow FILE | cat prints")
                                    .isEqualTo(printed(p -> p.printDocument(whole, width, false)));
                            if (count > 0) {
                                int from = 1 + shape.size() % count;
                                int to = Math.min(count, from + 3);
                                assertThat(printed(p -> p.printText(numbered, from, to, width, false)))
                                        .isEqualTo(printed(p -> p.printParagraphs(whole, from, to, width)));
                            }
                        }
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /**
     * Printing (output not a terminal) reads a large file paragraph by paragraph: a .gz that
     * expands past 16 MiB, which a whole read refuses, is printed in full.
     */
    @Test
    void printingALargeGzipReadsItOnDemand() throws IOException {
        Path file = dir.resolve("large.txt.gz");
        int paragraphs = 230_000;
        try (BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(
                new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)), UTF_8))) {
            out.write("A Large Printed Document\n\n");
            for (int i = 1; i <= paragraphs; i++) {
                out.write("Paragraph " + i + " of the large printed document, written to fill the bytes.\n\n");
            }
        }

        CommandLineTest.Run print = CommandLineTest.run(file.toString(), "-w", "200");

        assertThat(print.exit()).as(print.err()).isZero();
        assertThat(print.out()).startsWith("A Large Printed Document\n\nParagraph 1 of the large printed document")
                .endsWith("Paragraph " + paragraphs + " of the large printed document, written to fill the bytes.\n");
    }

    /** Past 16 MiB: the command line opens it lazily (no whole read) and answers as before but for WORDS. */
    @Test
    void showListAndBookmarksAddOpenALargeFileLazily() throws IOException {
        Path file = dir.resolve("large.txt");
        int paragraphs = 230_000;
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("A Large Command Line Document\n\n");
            for (int i = 1; i <= paragraphs; i++) {
                out.write("Paragraph " + i + " of the large command line document, written to fill the bytes.\n\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(16L << 20);

        CommandLineTest.Run show = CommandLineTest.run("show", file.toString(), "-p", "199999..200000", "-w", "200");
        assertThat(show.exit()).isZero();
        assertThat(show.out()).isEqualTo(
                "\u00b6199999  Paragraph 199999 of the large command line document, written to fill the bytes.\n\n"
                + "\u00b6200000  Paragraph 200000 of the large command line document, written to fill the bytes.\n");

        CommandLineTest.Run list = CommandLineTest.run("list", file.toString());
        assertThat(list.out()).contains("A Large Command Line Document " + paragraphs + "       -  " + file);

        Path data = dir.resolve("data");
        CommandLineTest.Run add = CommandLineTest.run("bookmarks", "add", file.toString(), "12345",
                "--note", "here", "--data-dir", data.toString());
        assertThat(add.exit()).as(add.err()).isZero();
        try (Store store = Store.open(data, Clock.systemUTC());
             LargeFile opened = LargeFile.open(FileSource.of(file)).orElseThrow()) {
            Bookmark saved = store.bookmarks().get(0);
            assertThat(saved.paragraph()).isEqualTo(12345);
            assertThat(saved.fingerprint()).as("the reader's cheap fingerprint").isEqualTo(opened.fingerprint());
            assertThat(saved.quote()).startsWith("Paragraph 12345 of the large");
        }
    }
}
