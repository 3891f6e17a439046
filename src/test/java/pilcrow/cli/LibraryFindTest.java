package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.source.Prefilter;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.SourceGens;

/**
 * {@code pilcrow find} across a folder prints exactly the same with the byte prefilter (and the
 * paragraph check, {@link pilcrow.core.find.LiteralCheck}) as with every document read whole and
 * every paragraph searched: generated small libraries of plain text, Markdown, gzip and binary
 * files whose text holds the searched-for words spelt every way decoding can make them (case,
 * NFC, markup between letters, entities, control characters, the file name as the title).
 */
class LibraryFindTest {

    record Doc(String name, String text, boolean gzip) {
    }

    static final List<String> WORDS = List.of("zebra", "Zebra", "ZEBRA", "finch", "zebrafinch", "zebra finch",
                "ze*bra*", "ze_bra_", "&#122;ebra", "z\\ebra", "[zeb](x)ra", "ze<b>bra", "`zeb`ra", "é", "e\u0301",
                "\u212Aelvin", "kelvin", "\u017Fs", "ss", "k\u0131t", "K\u0130T", "kit", "\u001b[1mzebra", "zeb\u0007ra", "x\ty", "a;b", "a\u037Eb",
                "the", "and", "\u0000", "中文", "\uD83E\uDD93 zebra", "\uD83D\uDE00kit?");
    static final List<String> PATTERNS = List.of("zebra", "Zebra", "ZEBRA", "zebra finch", "finch zebra", "kelvin",
            "Kelvin", "s", "ss", "kit", "KIT", "a;b", "e", "ebra", "x y", "[1mzebra", "^G", "txt", "notes", "kit?");

    private static final int EXAMPLES = 60;

    private static Gen<List<Doc>> libraries() {
        Gen<String> word = Generate.pick(WORDS);
        Gen<String> line = SourceGens.joined(word, " ", 0, 6, EXAMPLES);
        Gen<String> end = SourceGens.pick("\n", "\n", "\n\n", "\r\n", "\r", "\n  \n");
        Gen<String> text = SourceGens.joined(line.zip(end, (l, e) -> l + e), "", 0, 12, EXAMPLES);
        Gen<String> name = SourceGens.pick("a", "zebra", "Kelvin", "notes", "b")
                .zip(SourceGens.pick(".txt", ".md", ""), String::concat);
        Gen<Doc> doc = name.zip(text, SourceGens.pick(false, false, false, true), Doc::new);
        return SourceGens.listsOf(doc, 1, 8, EXAMPLES);
    }

    private static Gen<List<String>> queries() {
        Gen<String> pattern = Generate.pick(PATTERNS);
        Gen<String> mode = SourceGens.pick("", "-i", "-s");
        return mode.zip(pattern, (m, p) -> m.isEmpty() ? List.of(p) : List.of(m, p));
    }

    /** Each example writes its library in a folder of its own and removes it when it is done. */
    @Test
    void thePrefilterChangesNothing() {
        qt().withExamples(EXAMPLES).forAll(libraries(), queries())
                .checkAssert((docs, query) -> SourceGens.checking(() -> assertPrefilterChangesNothing(docs, query)));
    }

    private static void assertPrefilterChangesNothing(List<Doc> docs, List<String> query) throws IOException {
        Path dir = Files.createTempDirectory("libfind");
        try {
            for (int i = 0; i < docs.size(); i++) {
                Doc doc = docs.get(i);
                Path folder = Files.createDirectories(dir.resolve("d" + (i % 3)));
                byte[] bytes = doc.text().getBytes(StandardCharsets.UTF_8);
                String name = i + doc.name();
                if (doc.gzip()) {
                    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                        gz.write(bytes);
                    }
                    bytes = zipped.toByteArray();
                    name = i + doc.name().replace(".md", ".txt") + (doc.name().contains(".") ? "" : ".txt") + ".gz";
                }
                Files.write(folder.resolve(name), bytes);
            }
            List<String> args = new ArrayList<>(List.of("find"));
            args.addAll(query);
            args.add(dir.toString());
            String filtered = run(args);
            args.add(1, "--no-prefilter");
            String whole = run(args);
            assertThat(filtered).isEqualTo(whole);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Every spelling alone in a file of each kind, against every pattern in every case mode. */
    @Test
    void eachSpellingAloneIsFoundAsWithoutThePrefilter() throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (String word : WORDS) {
            for (String ext : List.of(".txt", ".md")) {
                docs.add(new Doc("w" + ext, "Title\n\nsome " + word + " text\n", false));
            }
        }
        for (String pattern : PATTERNS) {
            for (String mode : List.of("", "-i", "-s")) {
                assertPrefilterChangesNothing(docs, mode.isEmpty() ? List.of(pattern) : List.of(mode, pattern));
            }
        }
    }

    /**
     * Files past the read buffer's first size (64 KiB) and past what is read before a file's size
     * is asked ({@link LibraryFind#READ_BEFORE_SIZE}), with the word at their edges and at the end.
     */
    @Test
    void filesLargerThanTheReadBufferAreReadWhole() throws IOException {
        List<Doc> docs = new ArrayList<>();
        int known = LibraryFind.READ_BEFORE_SIZE;
        for (int size : new int[] {65536 - 6, 65536 - 3, 65536, 65536 + 1, 200_000, known - 1, known, known + 1,
            3 * known}) {
            String filler = "Title\n\n" + "word ".repeat(size / 5);
            docs.add(new Doc("big.txt", filler.substring(0, size - 8) + "\nzebra\n", false));
        }
        assertPrefilterChangesNothing(docs, List.of("zebra"));
    }

    /** A large plain-text file among small ones is searched in place in its turn: its match, in order. */
    @Test
    void aLargeFileAmongSmallOnesIsSearchedInItsTurn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A\n\nzebra one\n");
        long fillers = 0;
        try (var out = Files.newBufferedWriter(dir.resolve("b.txt"))) {
            out.write("Big\n\n");
            String paragraph = "filler words for a large plain text file of many paragraphs\n\n";
            for (long written = 0; written < (17L << 20); written += paragraph.length()) {
                out.write(paragraph);
                fillers++;
            }
            out.write("zebra at the end\n");
        }
        Files.writeString(dir.resolve("c.md"), "# C\n\nzebra *three*\n");
        String output = run(List.of("find", "zebra", dir.toString()));
        assertThat(output.lines()).containsExactly("0", "A \u00b61: zebra one",
                "Big \u00b6" + (fillers + 1) + ": zebra at the end", "C \u00b61: zebra three");
    }

    /** When whoever reads the output has gone (`| head`), the search stops within a batch or two. */
    @Test
    void aClosedOutputStopsTheSearch(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 3000; i++) {
            Files.writeString(dir.resolve(String.format("d%04d.txt", i)), "T" + i + "\n\na zebra here\n");
        }
        long[] attempted = new long[1];
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws IOException {
                attempted[0] += len;
                if (attempted[0] > 1000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        PrintWriter out = new PrintWriter(new OutputStreamWriter(closedPipe, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_8), true);
        Console console = new Console(InputStream.nullInputStream(), out, err, false, false, () -> 80, false,
                Map.of(), new JLineTextMeasure());
        Main.commandLine(console).execute("find", "zebra", dir.toString());
        // All 3000 lines are about 66 KB; a batch's, about 0.7 KB.
        assertThat(attempted[0]).as("bytes written after the pipe closed").isLessThan(10_000);
    }

    /**
     * A problem the scan meets is told where it was met, between the matches of the documents
     * before and after it, as grep tells them: the search does not wait for the scan to end.
     */
    @Test
    void aProblemIsToldWhereTheScanMetIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/first.txt"), "zebra one\n");
        Files.writeString(dir.resolve("b/second.txt"), "zebra two\n");
        Files.createSymbolicLink(dir.resolve("b/sz-loop"), dir.resolve("b")); // between the two, by name
        Files.writeString(dir.resolve("b/third.txt"), "zebra three\n");
        List<String> lines = run(List.of("find", "zebra", dir.resolve("a").toString(), dir.resolve("missing").toString(),
                dir.resolve("b").toString())).lines().toList();
        assertThat(lines.get(0)).as("exit code: something went wrong").isEqualTo("2");
        assertThat(lines.subList(1, lines.size())).satisfiesExactly(
                line -> assertThat(line).contains("first.txt").contains("zebra one"),
                line -> assertThat(line).contains("missing").contains("no such file or directory"),
                line -> assertThat(line).contains("second.txt").contains("zebra two"),
                line -> assertThat(line).contains("sz-loop").contains("symbolic link loop"),
                line -> assertThat(line).contains("third.txt").contains("zebra three"));
    }

    /**
     * The feed hands out what a scan finds, in order, as it finds it, with each problem after the
     * sources found before it; what a failed scan found is handed out, then its failure told.
     */
    @Test
    void theFeedHandsOutSourcesInOrderWithTheProblemsWhereTheyWereMet() throws Exception {
        LibraryFind.Feed feed = new LibraryFind.Feed();
        List<pilcrow.source.DocumentSource> sources = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            sources.add(pilcrow.source.FileSource.of(Path.of("d" + i + ".txt")));
        }
        Thread scanning = new Thread(() -> {
            feed.problem("before all");
            sources.subList(0, 40).forEach(feed::found);
            feed.problem("after 40");
            sources.subList(40, 70).forEach(feed::found);
            feed.problem("at the end");
            feed.finish(null);
        });
        scanning.start();
        List<pilcrow.source.DocumentSource> handed = new ArrayList<>();
        for (List<pilcrow.source.DocumentSource> batch = feed.next(0, 32); !batch.isEmpty();
             batch = feed.next(handed.size(), 32)) {
            assertThat(batch.size()).isLessThanOrEqualTo(32);
            handed.addAll(batch);
        }
        scanning.join();
        assertThat(handed).isEqualTo(sources);
        assertThat(feed.problemsBefore(0, 0)).containsExactly("before all");
        assertThat(feed.problemsBefore(39, 1)).isEmpty();
        assertThat(feed.problemsBefore(40, 1)).containsExactly("after 40");
        assertThat(feed.problemsBefore(Integer.MAX_VALUE, 2)).containsExactly("at the end");
        assertThat(feed.ready(64, 32)).hasSize(6); // the scan is over: the rest, fewer than a batch

        LibraryFind.Feed failed = new LibraryFind.Feed();
        failed.found(sources.get(0));
        failed.finish(new IllegalStateException("the scan of the folders failed"));
        assertThat(failed.next(0, 32)).as("what it found before it failed").containsExactly(sources.get(0));
        assertThat(failed.next(1, 32)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(failed::throwIfFailed)
                .hasMessage("the scan of the folders failed");

        LibraryFind.Feed going = new LibraryFind.Feed();
        going.found(sources.get(0));
        assertThat(going.ready(0, 32)).as("fewer than a batch while the scan goes on").isEmpty();
    }

    @Test
    void saysNoOnlyWhenTheBytesCannotSpellTheWord() {
        Prefilter prefilter = new Prefilter("zebra", true);
        assertThat(prefilter.mayMatch(bytes("a ZEBRA b"), "x.txt", false)).isTrue();
        assertThat(prefilter.mayMatch(bytes("a zebr"), "x.txt", false)).isFalse();
        assertThat(prefilter.mayMatch(bytes("ze*bra"), "x.md", true)).isTrue();
        assertThat(prefilter.mayMatch(bytes("ze*bra"), "x.txt", false)).isFalse();
        assertThat(prefilter.mayMatch(bytes("caf\u00e9"), "x.txt", false)).isTrue();
        assertThat(prefilter.mayMatch(bytes("nothing"), "zebra.txt", false)).isTrue();
        assertThat(new Prefilter("zebra", false).mayMatch(bytes("ZEBRA"), "x.txt", false)).isFalse();
    }

    /**
     * A .gz whose text is past what is read in memory (16 MiB) is not inflated into a temporary
     * file and read back whole: find says so in one line and searches the others.
     */
    @Test
    void aGzipPastWhatIsReadInMemoryIsOneLineAndTheOthersAreSearched(@TempDir Path dir) throws IOException {
        java.util.Random random = new java.util.Random(11);
        try (var out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("big.txt.gz")), 1 << 16)) {
            out.write(bytes("zebra at the top\n\n"));
            StringBuilder line = new StringBuilder();
            for (long written = 0; written < (17L << 20); written += line.length()) {
                line.setLength(0);
                for (int i = 0; i < 70; i++) {
                    line.append(i % 8 == 7 ? ' ' : (char) ('a' + random.nextInt(26)));
                }
                line.append('\n');
                out.write(bytes(line.toString()));
            }
        }
        Files.writeString(dir.resolve("small.txt"), "zebra in the small one\n");

        List<String> lines = run(List.of("find", "zebra", dir.toString())).lines().toList();

        assertThat(lines.get(0)).as("exit code").isEqualTo("2");
        assertThat(lines).contains("pilcrow: cannot open " + dir.resolve("big.txt.gz")
                + ": expands past 16 MiB: open it in the reader (pilcrow FILE)");
        assertThat(lines).anyMatch(l -> l.contains("zebra in the small one"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Exit code, then standard output and error as they interleave. */
    private static String run(List<String> args) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(both, StandardCharsets.UTF_8), true);
        Console console = new Console(InputStream.nullInputStream(), writer, writer, false, false, () -> 80, false,
                Map.of(), new JLineTextMeasure());
        int exit = Main.commandLine(console).execute(args.toArray(String[]::new));
        writer.flush();
        return exit + "\n" + both.toString(StandardCharsets.UTF_8);
    }
}
