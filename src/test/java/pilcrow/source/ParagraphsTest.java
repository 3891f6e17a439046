package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.testing.SourceGens;

/**
 * The one paragraph walker against the document read whole: walking from the body's first place
 * with next gives the document's paragraphs, previous walks back the same way, and the bounds the
 * search asks for around any line hold that line's paragraph.
 */
class ParagraphsTest {

    private static final int EXAMPLES = 300;

    private static Gen<String> documents() {
        Gen<String> word = SourceGens.pick("zebra", "Finch", "é", "中文", "x\ty", "-SOURCE", "\u3000", "Title", "end.");
        Gen<String> line = SourceGens.joined(word, " ", 0, 4, EXAMPLES);
        Gen<String> end = SourceGens.pick("\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\r\n\r\n");
        return SourceGens.joined(line.zip(end, (l, e) -> l + e), "", 0, 20, EXAMPLES);
    }

    @Test
    void walkingTheBodyGivesTheDocumentsParagraphs() {
        qt().withExamples(EXAMPLES).forAll(documents())
                .checkAssert(text -> SourceGens.checking(() -> assertWalksAsTheDocument(text)));
    }

    private static void assertWalksAsTheDocument(String text) throws IOException {
        Path dir = Files.createTempDirectory("paragraphs");
        try {
            Path file = dir.resolve("doc.txt");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            Document document = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
            try (FileChannel channel = FileChannel.open(file)) {
                boolean blankSeparated = new IndexScan(0, bytes.length, false, 64).scan(channel, () -> false).innerSeparator;
                Paragraphs walk = new Paragraphs(channel, 0, bytes.length, blankSeparated, LargeFile.PIECES);
                Paragraphs.Body body = walk.body();
                assertThat(body.title().isPresent()).as("title in %s", text).isEqualTo(document.titleInText());
                assertThat(body.source()).as("source in %s", text).isEqualTo(document.source());

                List<Long> places = new ArrayList<>();
                for (long at = body.first(); at >= 0; at = at == body.last() ? -1 : walk.next(at)) {
                    places.add(at);
                }
                List<String> walked = new ArrayList<>();
                for (long at : places) {
                    walked.add(walk.block(at).text());
                }
                List<String> expected = document.blocks().stream().map(Block::text).toList();
                assertThat(walked).as("paragraphs of %s", text).isEqualTo(expected);
                for (int i = places.size() - 1; i > 0; i--) {
                    assertThat(walk.previous(places.get(i))).isEqualTo(places.get(i - 1));
                    assertThat(walk.holding(places.get(i), 0)).isEqualTo(places.get(i));
                    long[] bounds = walk.bounds(places.get(i));
                    assertThat(bounds[0]).isEqualTo(places.get(i));
                    assertThat(MappedSearch.paragraphText(MappedSearch.read(channel, bounds[0], (int) (bounds[1] - bounds[0]))))
                            .isEqualTo(expected.get(i));
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
