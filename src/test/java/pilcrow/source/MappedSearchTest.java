package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;

/**
 * The mapped search against the reference: the same file read whole by {@link DocumentReader} and
 * searched by {@link Finder}. Small scan ranges and mapped windows put range and window boundaries
 * everywhere: inside CRLFs, multi-byte characters, matches and paragraphs.
 */
class MappedSearchTest {

    /** Lines built from words that the patterns look for, with the line ends and oddities files have. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> word = Arbitraries.of("zebra", "Zebra", "finch", "ZEBRAFINCH", "aa", "a", "é", "e\u0301",
                "中文", "\u001b[31m", "x\ty", "tail", "-SOURCE", "\u0085", "\u202e", "\u3000");
        Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(6).map(words -> String.join(" ", words));
        Arbitrary<String> end = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\r\n\r\n");
        return Combinators.combine(line, end).as((l, e) -> l + e).list().ofMinSize(0).ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("zebra", "Zebra", "ZEBRAFINCH", "finch", "aa", "zebra finch", "tail", "é", "中",
                "^[", "<U+202E>", "SOURCE", "a");
    }

    @Property(tries = 300)
    void findsWhatTheWholeDocumentSearchFinds(@ForAll("documents") String text, @ForAll("patterns") String pattern,
                                               @ForAll @IntRange(min = 1, max = 64) int rangeSize,
                                               @ForAll @IntRange(min = 1, max = 40) int window)
            throws IOException, InvalidPatternException {
        Path dir = Files.createTempDirectory("mapped");
        try {
            Path file = dir.resolve("doc.txt");
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            assertSameMatches(file, SearchQuery.literal(pattern), rangeSize, window);
            assertSameMatches(file, new SearchQuery(Pattern.quote(pattern), true,
                    pilcrow.core.find.CaseMode.SMART), rangeSize, window);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Prose: long lines of ASCII words, most ending in a line feed before more text (the lines the
     * scan passes over word by word), with now and then a blank or indented line, a CRLF, a tab,
     * an accent, and the word looked for. Windows and ranges of any size cut them anywhere.
     */
    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, Arbitraries.of("the", "of", "sub", "arinka", "Prosa", "ka,", "is!", "ul.")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("ZEBRAFINCH", "zebrafinch", "Zebra", "qu", "Q")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("caf\u00e9", "x\ty", "\u3000", "\u001b")));
        Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(14).map(words -> String.join(" ", words));
        Arbitrary<String> end = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, Arbitraries.just("\n")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("\n\n", "\n \n", "\n  ")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\r\n", "\r", "\r\n\r\n", "\n\t")));
        return Combinators.combine(line, end).as((l, e) -> l + e).list().ofMinSize(0).ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void findsWhatTheWholeDocumentSearchFindsInProse(@ForAll("prose") String text,
                                                     @ForAll("prosePatterns") String pattern,
                                                     @ForAll @IntRange(min = 1, max = 3000) int rangeSize,
                                                     @ForAll @IntRange(min = 1, max = 400) int window)
            throws IOException, InvalidPatternException {
        Path dir = Files.createTempDirectory("mapped");
        try {
            Path file = dir.resolve("doc.txt");
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            assertSameMatches(file, SearchQuery.literal(pattern), rangeSize, window);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> prosePatterns() {
        return Arbitraries.of("ZEBRAFINCH", "zebrafinch", "Zebra", "q", "Q", "the", "ka,", "is! the");
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
