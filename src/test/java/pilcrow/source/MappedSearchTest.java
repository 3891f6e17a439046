package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.testing.SourceGens;

/**
 * The mapped search against the reference: the same file read whole by {@link DocumentReader} and
 * searched by {@link Finder}. Small scan ranges and mapped windows put range and window boundaries
 * everywhere: inside CRLFs, multi-byte characters, matches and paragraphs.
 */
class MappedSearchTest {

    private static final int EXAMPLES = 300;

    /** Lines built from words that the patterns look for, with the line ends and oddities files have. */
    private static Gen<String> documents() {
        Gen<String> word = SourceGens.pick("zebra", "Zebra", "finch", "ZEBRAFINCH", "aa", "a", "é", "e\u0301",
                "中文", "\u001b[2J", "x\ty", "tail", "-SOURCE", "\u0085", "\u202e", "\u3000");
        Gen<String> line = SourceGens.joined(word, " ", 0, 6, EXAMPLES);
        Gen<String> end = SourceGens.pick("\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\r\n\r\n");
        return SourceGens.joined(line.zip(end, (l, e) -> l + e), "", 0, 40, EXAMPLES);
    }

    private static Gen<String> patterns() {
        return SourceGens.pick("zebra", "Zebra", "ZEBRAFINCH", "finch", "aa", "zebra finch", "tail", "é", "中",
                "^[", "<U+202E>", "SOURCE", "a");
    }

    @Test
    void aRangeIsNeverMoreThanOneScanCanRead() {
        // LineScan refuses a range past 2 GiB: four ranges a thread made 8 GiB ranges of a 64 GiB
        // file on two threads (the reader's search on two cores), 4 GiB on four.
        for (long gib : new long[] {1, 16, 17, 64, 1024}) {
            for (int threads : new int[] {1, 2, 4}) {
                assertThat(MappedSearch.rangeSize(gib << 30, threads))
                        .as(gib + " GiB, " + threads + " threads").isBetween(MappedSearch.MIN_RANGE, (long) Integer.MAX_VALUE);
            }
        }
        assertThat(MappedSearch.rangeSize(1L << 30, 2)).as("a GiB on two cores: eight ranges").isEqualTo((1L << 27) + 1);
    }

    @Test
    void findsWhatTheWholeDocumentSearchFinds() {
        qt().withExamples(EXAMPLES).forAll(documents(), patterns(), integers().between(1, 64), integers().between(1, 40))
                .checkAssert((text, pattern, rangeSize, window) -> SourceGens.checking(() -> inFile(text, file -> {
                    assertSameMatches(file, SearchQuery.literal(pattern), rangeSize, window);
                    assertSameMatches(file, new SearchQuery(Pattern.quote(pattern), true,
                            pilcrow.core.find.CaseMode.SMART), rangeSize, window);
                })));
    }

    /**
     * A cancelled search stops within the range it is scanning, not at its end: typed letter by
     * letter, each search is cancelled by the next, and ranges of an eighth of a GiB went on being
     * scanned beside it. One range of 4 MiB here; the fourth ask says stop.
     */
    @Test
    void aCancelledSearchStopsWithinTheRangeItIsScanning(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("doc.txt");
        String paragraph = "Some words of prose on a line\nand on another line.\n\n";
        Files.writeString(file, "Title\n\n" + paragraph.repeat((4 << 20) / paragraph.length()) + "The ZEBRAFINCH.\n");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        MappedSearch search = new MappedSearch(file, 1L << 30, 1, RangeLines.MAP_WINDOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.search(Pattern.compile("ZEBRAFINCH"),
                        "ZEBRAFINCH", true, () -> asked.incrementAndGet() > 3, perMille -> { }))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(asked.get()).as("asks before it stopped").isLessThan(8);
    }

    /**
     * A {@link LargeFile} whose index is complete numbers its matches by the index, not by the
     * scan's counts: the same matches again. A head of a few bytes leaves the paragraph mode to the
     * index, so a text read again blank-line separated (its index stitched anew) comes up too.
     */
    @Test
    void aCompleteIndexNumbersMatchesAsTheWholeDocumentSearch() {
        qt().withExamples(EXAMPLES).forAll(documents(), patterns(), integers().between(1, 64), integers().between(1, 40))
                .checkAssert((text, pattern, rangeSize, window) -> SourceGens.checking(() -> inFile(text, file -> {
                    assertSameMatchesIndexed(file, SearchQuery.literal(pattern), rangeSize, window);
                })));
    }

    private static void assertSameMatchesIndexed(Path file, SearchQuery query, int rangeSize, int window)
            throws IOException, InvalidPatternException {
        Pattern pattern = query.compile();
        Document document = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
        List<Match> expected = Finder.find(document, pattern);
        try (LargeFile large = LargeFile.open(file, "doc.txt", "doc.txt", 8, rangeSize, 3, window).orElseThrow()) {
            LargeFile.Indexed indexed = large.index(progress -> { }, () -> false);
            assertThat(indexed.index().complete()).isTrue();
            List<Match> actual = indexed.text().find(pattern, query.literalToken(), query.caseSensitive(),
                    () -> false, perMille -> { });
            assertThat(actual).as("matches of %s", query).isEqualTo(expected);
            assertPlacedAsIndexed(actual, indexed);
        }
        // Before any index the scan counts its own way to each match: the same places. (A head
        // that covers the file: the text is certain how its paragraphs go, so its matches are placed.)
        try (LargeFile fresh = LargeFile.open(file, "doc.txt", "doc.txt", 1 << 20, rangeSize, 3, window).orElseThrow();
             LargeFile large = LargeFile.open(file, "doc.txt", "doc.txt", 8, rangeSize, 3, window).orElseThrow()) {
            LargeFile.Indexed indexed = large.index(progress -> { }, () -> false);
            assertPlacedAsIndexed(fresh.find(pattern, query.literalToken(), query.caseSensitive(), () -> false,
                    perMille -> { }), indexed);
        }
    }

    /**
     * A search while the index is being built numbers its matches from the index as far as it has
     * come and counts its own way past it: the same matches as the whole document's search, with
     * the index stopped after its first snapshot, wherever that leaves it.
     */
    @Test
    void aPartialIndexNumbersMatchesAsTheWholeDocumentSearch() {
        // Windows of a few bytes map the file thousands of times, and mappings go only with a GC:
        // fewer examples than the others, so the JVM stays under the system's count of mappings.
        qt().withExamples(EXAMPLES / 3).forAll(prose(), prosePatterns(), integers().between(1, 3000),
                        integers().between(8, 400))
                .checkAssert((text, pattern, rangeSize, window) -> SourceGens.checking(() -> inFile(text, file -> {
                    SearchQuery query = SearchQuery.literal(pattern);
                    Pattern compiled = query.compile();
                    Document document = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
                    try (LargeFile large = LargeFile.open(file, "doc.txt", "doc.txt", 1 << 20, rangeSize, 3, window)
                            .orElseThrow()) {
                        java.util.concurrent.atomic.AtomicBoolean snapshot = new java.util.concurrent.atomic.AtomicBoolean();
                        large.index(index -> snapshot.set(true), snapshot::get);
                        List<Match> actual = large.find(compiled, query.literalToken(), query.caseSensitive(),
                                () -> false, perMille -> { });
                        assertThat(actual).as("matches of %s", query).isEqualTo(Finder.find(document, compiled));
                    }
                })));
    }

    /**
     * The same with the index stopped most of the way, in a file long enough that matches fall
     * before it (numbered by the index), in the paragraph it stopped in and after it (counted
     * from the index's count), in both cases of the word.
     */
    @Test
    void matchesBeforeInsideAndAfterAPartialIndexAreNumberedExactly(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        StringBuilder text = new StringBuilder("Title\n\n");
        for (int k = 1; k <= 300; k++) {
            text.append("Paragraph ").append(k).append(k % 37 == 0 ? " holds the zebrafinch" : "")
                    .append(" and more words\non two lines.\n\n");
        }
        text.append("The last one names the ZEBRAFINCH.\n");
        Path file = dir.resolve("doc.txt");
        Files.writeString(file, text);
        Pattern compiled = SearchQuery.literal("zebrafinch").compile();
        List<Match> expected = Finder.find(((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document(),
                compiled);
        assertThat(expected).hasSize(9);
        long size = Files.size(file);
        try (LargeFile large = LargeFile.open(file, "doc.txt", "doc.txt", 1 << 20, 2048, 1, 100).orElseThrow()) {
            long[] reached = {0};
            Thread caller = Thread.currentThread();
            // Asked on this thread before each range is taken: a pause there lets each range post its snapshot.
            large.index(index -> reached[0] = index.indexedBytes(), () -> {
                if (reached[0] > size * 4 / 5) {
                    return true;
                }
                if (Thread.currentThread() == caller) {
                    pause(LargeIndexer.PROGRESS_NANOS / 1_000_000 + 10);
                }
                return false;
            });
            assertThat(reached[0]).as("where the index stopped").isBetween(size * 4 / 5, size - 1);
            for (int time = 1; time <= 2; time++) { // the second time, the file is known to be ASCII
                assertThat(large.find(compiled, "zebrafinch", false, () -> false, perMille -> { }))
                        .as("search %d", time).isEqualTo(expected);
            }
        }
    }

    /**
     * A file a whole search found to hold nothing but printable ASCII is searched again for the
     * word alone; one that holds other bytes (a control shown as ^[, a letter that folds) still
     * has those lines searched: both searches find what the whole document's search finds.
     */
    @Test
    void aSecondSearchFindsWhatTheFirstFound() {
        qt().withExamples(EXAMPLES / 3).forAll(documents(), patterns(), integers().between(1, 64), integers().between(4, 40))
                .checkAssert((text, pattern, rangeSize, window) -> SourceGens.checking(() -> inFile(text, file -> {
                    SearchQuery query = SearchQuery.literal(pattern);
                    Pattern compiled = query.compile();
                    Document document = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
                    List<Match> expected = Finder.find(document, compiled);
                    try (LargeFile large = LargeFile.open(file, "doc.txt", "doc.txt", 1 << 20, rangeSize, 3, window)
                            .orElseThrow()) {
                        // Indexed first: the skipping search runs, and the second one reads the first's
                        // clean mark (without an index both went the counting way).
                        large.index(progress -> { }, () -> false);
                        for (int time = 1; time <= 2; time++) {
                            assertThat(large.find(compiled, query.literalToken(), query.caseSensitive(), () -> false,
                                    perMille -> { })).as("search %d of %s", time, query).isEqualTo(expected);
                        }
                    }
                })));
    }

    /** Each match in a paragraph carries where the index says that paragraph starts (its first piece's place). */
    private static void assertPlacedAsIndexed(List<Match> matches, LargeFile.Indexed indexed) {
        for (Match match : matches) {
            long expected = match.inParagraph() ? indexed.index().placeOf(match.paragraph()) : -1;
            assertThat(match.place()).as("the place of %s", match).isEqualTo(expected);
        }
    }

    /**
     * Prose: long lines of ASCII words, most ending in a line feed before more text (the lines the
     * scan passes over word by word), with now and then a blank or indented line, a CRLF, a tab,
     * an accent, and the word looked for. Windows and ranges of any size cut them anywhere.
     */
    private static Gen<String> prose() {
        Gen<String> word = Generate.frequency(List.of(
                Pair.of(40, SourceGens.pick("the", "of", "sub", "arinka", "Prosa", "ka,", "is!", "ul.")),
                Pair.of(2, SourceGens.pick("ZEBRAFINCH", "zebrafinch", "Zebra", "qu", "Q")),
                Pair.of(1, SourceGens.pick("caf\u00e9", "x\ty", "\u3000", "\u001b"))));
        Gen<String> line = SourceGens.joined(word, " ", 1, 14, EXAMPLES);
        Gen<String> end = Generate.frequency(List.of(
                Pair.of(30, Generate.constant("\n")),
                Pair.of(4, SourceGens.pick("\n\n", "\n \n", "\n  ")),
                Pair.of(1, SourceGens.pick("\r\n", "\r", "\r\n\r\n", "\n\t"))));
        return SourceGens.joined(line.zip(end, (l, e) -> l + e), "", 0, 60, EXAMPLES);
    }

    private static Gen<String> prosePatterns() {
        return SourceGens.pick("ZEBRAFINCH", "zebrafinch", "Zebra", "q", "Q", "the", "ka,", "is! the");
    }

    @Test
    void findsWhatTheWholeDocumentSearchFindsInProse() {
        qt().withExamples(EXAMPLES).forAll(prose(), prosePatterns(), integers().between(1, 3000),
                        integers().between(1, 400))
                .checkAssert((text, pattern, rangeSize, window) -> SourceGens.checking(() -> inFile(text, file -> {
                    assertSameMatches(file, SearchQuery.literal(pattern), rangeSize, window);
                })));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface FileCheck {
        void run(Path file) throws Exception;
    }

    /** Runs {@code check} on {@code text} written to a file of its own, removed afterwards. */
    private static void inFile(String text, FileCheck check) throws Exception {
        Path file = write(text);
        try {
            check.run(file);
        } finally {
            remove(file);
        }
    }

    /** Each example's document in a folder of its own, removed with it by {@link #remove}. */
    private static Path write(String text) throws IOException {
        Path file = Files.createTempDirectory("mapped").resolve("doc.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static void remove(Path file) throws IOException {
        try (var files = Files.walk(file.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void assertSameMatches(Path file, SearchQuery query, int rangeSize, int window)
            throws IOException, InvalidPatternException {
        Pattern pattern = query.compile();
        LoadResult loaded = DocumentReader.read(FileSource.of(file));
        Document document = ((LoadResult.Loaded) loaded).document();
        List<Match> expected = Finder.find(document, pattern);

        MappedSearch.Result result = new MappedSearch(file, rangeSize, 3, window)
                .search(pattern, query.literalToken(), query.caseSensitive())
                .orElseThrow();
        List<Match> actual = new ArrayList<>();
        result.found().forEach(found -> actual.add(found.match()));
        assertThat(actual).as("matches of %s", query).isEqualTo(expected);
        assertThat(result.title()).isEqualTo(document.title());
    }
}
