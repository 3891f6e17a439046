package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Match;
import pilcrow.testing.SourceGens;

/**
 * One title and source rule: a large file read lazily ({@link LargeFile}) and searched in place
 * ({@link MappedSearch}) take the same title and source line as the document read whole, for the
 * inputs where the rule is decided: one to four paragraphs, title-like or not, one line or more,
 * source lines or near misses, blank-line separated or one paragraph a line.
 */
class TitleAndSourceTest {

    private static final int EXAMPLES = 300;
    private static final Pattern EVERY_WORD = Pattern.compile("\\S+");

    private static Gen<String> texts() {
        Gen<String> paragraph = SourceGens.pick("Title", "A Title", "Ends like a sentence.", "Comma,", "-SOURCE",
                "— Agency", "-CHINA MEDIA GROUP", "--", "- ", "-a b c d e f g h i j", "Two\nlines", "-SOURCE\nmore",
                "x".repeat(130), "words " + "w ".repeat(25), "\u3000", "é");
        Gen<String> separator = SourceGens.pick("\n\n", "\n", "\n \n", "\r\n\r\n");
        return SourceGens.listsOf(paragraph.zip(separator, (p, s) -> p + s), 0, 4, EXAMPLES)
                .map(parts -> String.join("", parts));
    }

    @Test
    void largeFilesTakeTheTitleAndSourceTheParserTakes() {
        qt().withExamples(EXAMPLES).forAll(texts())
                .checkAssert(text -> SourceGens.checking(() -> assertSameEnds(text)));
    }

    @Test
    void aTitleAloneIsNoTitleAndASourceNeedsABodyBeforeIt() throws IOException {
        assertSameEnds("Title\n");
        assertSameEnds("Title\n\n-SOURCE\n");
        assertSameEnds("Title\n\nBody.\n\n-SOURCE\n");
        assertSameEnds("Body.\n\n-SOURCE\n");
        assertSameEnds("Title\nBody.\n-SOURCE\n");
    }

    /**
     * The one place both large paths part from the document read whole: a first line of more than
     * {@link Paragraphs#ENDS_BYTES} is no title, even when it strips to a short one. The reader
     * always read it so; the search read the whole line and took it, numbering every match one
     * less than the reader showed. Now they agree.
     */
    @Test
    void aFirstLineLongerThanTheEndsAreReadIsNoTitleForTheReaderOrTheSearch() throws IOException {
        Path dir = Files.createTempDirectory("ends");
        try {
            Path file = dir.resolve("doc.txt");
            Files.writeString(file, "Title" + " ".repeat(Paragraphs.ENDS_BYTES + 10) + "\n\nBody words.\n\nMore words.\n");
            LargeFile large = LargeFile.open(file, file.toString(), "doc.txt", 4, 8, 2, 16).orElseThrow();
            assertThat(large.titleInText()).isFalse();
            MappedSearch.Result result = new MappedSearch(file, 8, 2, 16)
                    .search(Pattern.compile("Body"), "Body", true).orElseThrow();
            assertThat(result.title()).isEqualTo(large.title()).isEqualTo("doc.txt");
            assertThat(result.found()).extracting(found -> found.match().paragraph()).containsExactly(2);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void assertSameEnds(String text) throws IOException {
        Path dir = Files.createTempDirectory("ends");
        try {
            Path file = dir.resolve("doc.txt");
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            Document document = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
            LargeFile large = LargeFile.open(file, file.toString(), "doc.txt", 4, 8, 2, 16).orElseThrow()
                    .index(snapshot -> { }, () -> false).text();
            assertThat(large.title()).as("title of %s", text).isEqualTo(document.title());
            assertThat(large.titleInText()).as("title taken in %s", text).isEqualTo(document.titleInText());
            assertThat(large.source()).as("source of %s", text).isEqualTo(document.source());

            MappedSearch.Result result = new MappedSearch(file, 8, 2, 16).search(EVERY_WORD, null, true).orElseThrow();
            List<Match> found = new ArrayList<>();
            result.found().forEach(f -> found.add(f.match()));
            assertThat(result.title()).as("searched title of %s", text).isEqualTo(document.title());
            // The search in place does not search a title that is only the file name (yet).
            List<Match> expected = new ArrayList<>(Finder.find(document, EVERY_WORD));
            expected.removeIf(match -> match.paragraph() == Match.TITLE && !document.titleInText());
            assertThat(found).as("every word of %s, numbered", text).isEqualTo(expected);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
