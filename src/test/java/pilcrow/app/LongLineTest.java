package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pilcrow.core.find.Match;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.layout.LineKind;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.KeyScript;
import pilcrow.view.Frame;
import pilcrow.view.View;

/**
 * A line of a few MiB in the windowed reader: it comes in pieces of at most 64 KiB that read on
 * from one another (no blank line between, the number in the margin once), G shows its end, } goes
 * a piece at a time, :1 goes back to its start, and find lands on the piece holding the match.
 */
class LongLineTest {

    private static final String CHUNK = "lorem ipsum été dolor 中文 sit amet ";
    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final App app = new App(measure);
    private final View view = new View(measure, false);
    private Path dir;
    private Path file;
    private LargeFile large;

    @BeforeEach
    void write() throws IOException {
        dir = Files.createTempDirectory("longline");
        file = dir.resolve("line.txt");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("One Long Line\n\n");
            for (int i = 0; i < 1_300_000 / CHUNK.length(); i++) {
                out.write(CHUNK);
            }
            out.write("ENDMARK\n");
        }
        large = LargeFile.open(FileSource.of(file)).orElseThrow();
    }

    @AfterEach
    void remove() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private KeyScript opened() throws IOException {
        LargeFile.Indexed indexed = large.index(snapshot -> { }, () -> false);
        LibraryDocument entry = LibraryDocument.large(file.toString(), large, large.emptyIndex());
        KeyScript keys = new KeyScript(app, AppState.initial("t", List.of(entry), new Size(80, 24)));
        keys.send(new Msg.Resize(80, 24)).send(new Msg.Open(0));
        return keys.send(new Msg.Indexed(file.toString(), new TextSnapshot(indexed.text(), indexed.index())));
    }

    private List<Long> pieces() {
        List<Long> places = new ArrayList<>();
        for (long at = large.first(); at >= 0; at = large.next(at)) {
            places.add(at);
        }
        return places;
    }

    private long topPiece(KeyScript keys) {
        ReaderState reader = keys.state().reader();
        return reader.window().placeAt(reader.top());
    }

    @Test
    void theLineComesInPiecesOfOneParagraph() throws IOException {
        List<Long> pieces = pieces();
        assertThat(pieces.size()).isGreaterThanOrEqualTo(5);
        for (int i = 1; i < pieces.size(); i++) {
            assertThat(pieces.get(i) - pieces.get(i - 1)).isLessThanOrEqualTo(pilcrow.core.large.LargeText.MAX_PARAGRAPH_BYTES);
        }
        KeyScript keys = opened();
        assertThat(keys.state().reader().paragraphCount()).isEqualTo(1);
        keys.run("} } }");
        assertThat(topPiece(keys)).isEqualTo(pieces.get(3));
        assertThat(keys.state().reader().current()).isEqualTo(1);
        ReaderState reader = keys.state().reader();
        List<LayoutLine> body = reader.lines().stream().filter(l -> l.paragraph() > 0).toList();
        assertThat(reader.lines().stream().filter(l -> l.kind() == LineKind.BLANK).count())
                .as("no blank line between pieces").isZero();
        assertThat(body.stream().filter(LayoutLine::first).count()).as("¶ only on the paragraph's first line").isZero();
        assertThat(view.render(keys.state()).toText()).doesNotContain("\u00b61 ");
        keys.run("{");
        assertThat(topPiece(keys)).isEqualTo(pieces.get(2));
    }

    @Test
    void linesReadOnAcrossACut() throws IOException {
        KeyScript keys = opened().run("}");
        // Just above the second piece's first line, the first piece's last line: together, whole words.
        ReaderState reader = keys.state().reader();
        int top = reader.top();
        String before = reader.lines().get(top - 1).text();
        String after = reader.lines().get(top).text();
        assertThat(CHUNK.repeat(8)).contains((before.strip() + " " + after.strip()).strip());
        keys.run("k k j j j");
        assertThat(keys.state().reader().top()).isGreaterThan(0);
    }

    @Test
    void gShowsTheEndAndGotoOneTheStart() throws IOException {
        KeyScript keys = opened().run("G");
        assertThat(view.render(keys.state()).toText()).contains("ENDMARK");
        assertThat(keys.state().reader().window().places()).contains(large.last());
        keys.run(": 1 ENTER");
        assertThat(keys.state().reader().window().places().get(0)).isEqualTo(large.first());
        assertThat(view.render(keys.state()).toText()).contains("lorem ipsum été dolor");
    }

    @Test
    void findLandsOnThePieceHoldingTheMatch() throws IOException {
        KeyScript keys = opened().run("/ E N D M A R K ENTER");
        List<Match> matches = keys.state().search().matches();
        assertThat(matches).hasSize(1);
        Match match = matches.get(0);
        assertThat(match.piece()).isEqualTo(large.last());
        assertThat(large.text(match.piece()).substring(match.start(), match.end())).isEqualTo("ENDMARK");
        Frame frame = view.render(keys.state());
        int row = -1;
        for (int y = 0; y < frame.rows() - 1; y++) {
            for (int x = 0; x + 7 <= frame.columns(); x++) {
                StringBuilder word = new StringBuilder();
                for (int i = 0; i < 7; i++) {
                    word.append(frame.text(x + i, y));
                }
                if (word.toString().equals("ENDMARK")) {
                    row = y;
                    assertThat(frame.style(x, y).reverse()).as("the match is highlighted").isTrue();
                }
            }
        }
        assertThat(row).as("the match is on screen").isGreaterThanOrEqualTo(0);
        keys.run("g / i p s u m ENTER");
        int count = keys.state().search().matches().size();
        assertThat(count).isEqualTo(1_300_000 / CHUNK.length());
        keys.run("N");
        assertThat(keys.state().search().currentMatch().piece()).isEqualTo(large.last());
        keys.run("n");
        assertThat(keys.state().search().current()).isZero();
    }
}
