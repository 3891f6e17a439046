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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.testing.SourceGens;

/**
 * A paragraph longer than the cap, read in pieces: where the cuts fall (never inside a character
 * or a CRLF, after a space when there is one), and the pieces against the whole document read by
 * {@link DocumentReader}: walked forward and back, found from any byte, their texts one after
 * another the paragraph's text, numbered as the paragraph. Tiny caps put many cuts in small files.
 */
class PiecesTest {

    private Path dir;

    @BeforeEach
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("pieces");
    }

    @AfterEach
    void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The files an example wrote go when it is done, so that hundreds of examples leave no pile. */
    private void clearDir() throws IOException {
        try (var files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
    }

    // ---- where a cut falls ----

    private static int cutIn(String text, int point) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Pieces.best(bytes, point);
    }

    @Test
    void aCutGoesBackToTheLastSpace() {
        // "lorem ipsum|dolor": the point falls inside "dolor"; the cut is after the space.
        assertThat(cutIn("lorem ipsum dolor sit", 14)).isEqualTo(12);
        assertThat(cutIn("lorem ipsum dolor sit", 12)).as("at the point itself").isEqualTo(12);
    }

    @Test
    void withoutASpaceACutFallsBeforeAnAsciiCharacterOrACharacterStart() {
        String cjk = "中文中文中文中文";
        int cut = cutIn(cjk + "??", 10); // inside the fourth character: back to its first byte
        assertThat(cut % 3).isZero();
        assertThat(cut).isEqualTo(9);
        assertThat(cutIn("ab中文cd", 4)).as("inside 中: before the ASCII letter before it").isEqualTo(1);
        assertThat(cutIn("中文中文", 7)).as("inside the third: before it").isEqualTo(6);
    }

    @Test
    void aCutIsNeverBetweenCrAndLf() {
        // "ab\r\ncd": a point between \r and \n moves to the line start or before the \r.
        byte[] bytes = "xxab\r\ncd".getBytes(StandardCharsets.UTF_8);
        int cut = Pieces.best(bytes, 5);
        assertThat(cut).isNotEqualTo(5);
        assertThat(Pieces.best("xxab\r\ncd".getBytes(StandardCharsets.UTF_8), 7)).as("the line start").isEqualTo(6);
    }

    @Test
    void aCombiningMarkStaysWithItsLetter() {
        // e + U+0301 (two bytes): no cut between them, and none before the mark.
        byte[] bytes = "\u4e2d\u4e2de\u0301\u4e2d".getBytes(StandardCharsets.UTF_8);
        int cut = Pieces.best(bytes, 8); // 8 is the mark's first byte
        assertThat(cut).isEqualTo(6); // before the "e"
    }

    // ---- pieces of a file ----

    private LargeFile open(String text, int cap, int slack) throws IOException {
        Path file = dir.resolve("doc-" + System.nanoTime() + ".txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return LargeFile.open(file, file.toString(), "doc.txt", 1 << 20, 64, 2, 64, new Pieces(cap, slack))
                .orElseThrow();
    }

    private static Document whole(LargeFile large) {
        return ((LoadResult.Loaded) DocumentReader.read(FileSource.of(large.path()))).document();
    }

    private static List<Long> forward(LargeFile large) {
        List<Long> places = new ArrayList<>();
        for (long at = large.first(); at >= 0; at = large.next(at)) {
            places.add(at);
        }
        return places;
    }

    private static List<Long> backward(LargeFile large) {
        List<Long> places = new ArrayList<>();
        for (long at = large.last(); at >= 0; at = large.previous(at)) {
            places.add(0, at);
        }
        return places;
    }

    /** Every check that holds for any file: walks, texts, lookups, sizes and numbers. */
    private static void assertPieces(LargeFile large, int cap) throws IOException {
        Document document = whole(large);
        List<Long> places = forward(large);
        assertThat(backward(large)).as("walked back").isEqualTo(places);
        ParagraphIndex index = large.index(snapshot -> { }, () -> false).index();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            long place = places.get(i);
            boolean continues = large.continues(place);
            assertThat(continues).as("piece %d continues", i).isEqualTo(i > 0 && index.numberAt(place) < 0);
            if (continues) {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + large.text(place));
                long length = place - places.get(i - 1);
                assertThat(length).as("piece before %d", place).isLessThanOrEqualTo(cap).isPositive();
            } else {
                texts.add(large.text(place));
            }
            assertThat(index.numberHolding(place)).as("number of %d", place).isEqualTo(texts.size());
            long end = i + 1 < places.size() ? places.get(i + 1) : large.size();
            for (long at = place; at < end; at += Math.max(1, (end - place) / 7)) {
                long found = large.paragraphAt(at);
                if (found != place) {
                    // only from the blank lines after a paragraph's last piece: the next paragraph
                    assertThat(found).as("paragraph at %d in %s", at, places).isEqualTo(i + 1 < places.size() ? end : place);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= document.paragraphCount(); n++) {
            expected.add(document.paragraph(n).text());
        }
        assertThat(texts).isEqualTo(expected);
    }

    @Test
    void aLongLineComesInPiecesThatMakeItWhole() throws IOException {
        String line = "lorem ipsum été dolor 中文 sit amet ".repeat(40) + "ENDMARK";
        LargeFile large = open("Title\n\n" + line + "\n", 64, 4);
        assertThat(forward(large).size()).isGreaterThan(line.length() / 64);
        assertPieces(large, 64);
        assertThat(large.text(large.last())).endsWith("ENDMARK");
    }

    @Test
    void aLineWithoutSpacesIsCutBetweenCharacters() throws IOException {
        assertPieces(open("中文".repeat(200) + "\n", 32, 4), 32);
        assertPieces(open("abcdefghij".repeat(50) + "\n", 32, 4), 32);
    }

    @Test
    void aParagraphOfCrlfLinesIsCutAtLineStarts() throws IOException {
        StringBuilder text = new StringBuilder("Head\r\n\r\n");
        for (int i = 0; i < 60; i++) {
            text.append("line ").append(i).append("\r\n");
        }
        text.append("\r\nafter\r\n");
        LargeFile large = open(text.toString(), 48, 10); // a line start is always within 10 bytes
        assertPieces(large, 48);
        for (long place : forward(large)) {
            if (large.continues(place)) {
                assertThat(large.text(place)).as("a piece starts a line").startsWith("line ");
            }
        }
    }

    @Test
    void aParagraphOfExactlyTheCapIsOnePiece() throws IOException {
        String atCap = "x".repeat(63) + "y";
        LargeFile large = open("first\n\n" + atCap + "\n\nlast one\n", 64, 4); // "first" is the title
        assertThat(forward(large)).hasSize(2);
        assertPieces(large, 64);
        LargeFile over = open("first\n\n" + atCap + "z\n\nlast one\n", 64, 4);
        assertThat(forward(over)).hasSize(3);
        assertPieces(over, 64);
    }

    @Test
    void theEndIsFoundWithoutReadingTheWholeLine() throws IOException {
        // A line of 100 caps: last() and the title read around the ends, and text() is one piece.
        String line = "word ".repeat(100 * 64 / 5);
        LargeFile large = open(line + "\n", 64, 4);
        long last = large.last();
        assertThat(last).isGreaterThan(line.length() - 64L);
        assertThat(large.continues(last)).isTrue();
        assertThat(large.text(last).length()).isLessThanOrEqualTo(64);
        assertThat(large.next(last)).isEqualTo(-1);
        assertThat(large.title()).isEqualTo("doc.txt");
    }

    // ---- against the whole document, at random ----

    private static final int PIECES_EXAMPLES = 300;
    private static final int SEARCH_EXAMPLES = 200;

    private static Gen<String> documents(int examples) {
        Gen<String> word = SourceGens.pick("zebra", "Finch", "é", "e\u0301", "中文", "\u001b[2J",
                "-SOURCE", "\u0085", "\u3000", "Title", "end.", "aaaaaaaaaaaaaaaaaaaa", "中文中文中文中文中文");
        Gen<String> line = SourceGens.joined(word, " ", 0, 12, examples);
        Gen<String> end = SourceGens.pick("\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", "\r\n\r\n", "\n\u3000\n");
        return SourceGens.joined(line.zip(end, (l, e) -> l + e), "", 0, 30, examples);
    }

    /** The cap's size, 0 to 3: the slack is 4 + size, the cap 4 * slack + 1 + 9 * size (17 to 56 bytes). */
    private static Gen<Integer> capSizes() {
        return integers().between(0, 3);
    }

    @Test
    void piecesMakeTheWholeDocument() {
        qt().withExamples(PIECES_EXAMPLES).forAll(documents(PIECES_EXAMPLES), capSizes())
                .checkAssert((text, size) -> SourceGens.checking(() -> {
                    int slack = 4 + size;
                    int cap = 4 * slack + 1 + size * 9;
                    try {
                        assertPieces(open(text, cap, slack), cap);
                    } finally {
                        clearDir();
                    }
                }));
    }

    // ---- search, piece by piece ----

    /** The matches as offsets in the whole paragraph's text: a piece's offsets moved by the pieces before it. */
    private static List<Match> inWholeParagraphs(LargeFile large, List<Match> matches) {
        List<Match> whole = new ArrayList<>();
        for (Match match : matches) {
            if (!match.inPiece()) {
                whole.add(match);
                continue;
            }
            int before = 0;
            for (long at = match.piece(); large.continues(at); ) {
                at = large.previous(at);
                before += large.text(at).length();
            }
            whole.add(new Match(match.paragraph(), before + match.start(), before + match.end()));
        }
        return whole;
    }

    private void assertFoundAsInWhole(String text, String pattern, boolean regex, int cap, int slack)
            throws Exception {
        LargeFile large = open(text, cap, slack);
        SearchQuery query = new SearchQuery(pattern, regex, pilcrow.core.find.CaseMode.SMART);
        List<Match> found = new ArrayList<>();
        new MappedSearch(large.path(), 16, 2, 8, new Pieces(cap, slack))
                .search(query.compile(), regex ? null : query.literalToken(), query.caseSensitive())
                .orElseThrow().found().forEach(f -> found.add(f.match()));
        for (Match match : found) {
            if (match.inPiece()) {
                assertThat(forward(large)).as("a match names a piece").contains(match.piece());
            }
        }
        assertThat(inWholeParagraphs(large, found)).as("%s in %s", pattern, text)
                .isEqualTo(Finder.find(whole(large), query.compile()));
    }

    @Test
    void aMatchAcrossACutIsFoundInThePieceItStartsIn() throws Exception {
        String line = "zebra finch ".repeat(30) + "中文 ".repeat(20) + "zebra finch";
        assertFoundAsInWhole("Title\n\n" + line + "\n", "zebra finch", false, 32, 4);
        assertFoundAsInWhole("Title\n\n" + line + "\n", "(?<=zebra )finch", true, 32, 4);
        assertFoundAsInWhole("Title\n\n" + line + "\n", "^zebra", true, 32, 4);
        assertFoundAsInWhole("Title\n\n" + line + "\n", "finch$", true, 32, 4);
        assertFoundAsInWhole(line.replace(" ", "\r\n") + "\n\nlast\n", "finch zebra", false, 40, 8);
    }

    @Test
    void searchInPiecesFindsWhatTheWholeDocumentSearchFinds() {
        qt().withExamples(SEARCH_EXAMPLES).forAll(documents(SEARCH_EXAMPLES), capSizes())
                .checkAssert((text, size) -> SourceGens.checking(() -> {
                    int slack = 4 + size;
                    int cap = 4 * slack + 1 + size * 9;
                    try {
                        for (String pattern : List.of("zebra", "a Fi", "中文 中", "aaaa")) {
                            assertFoundAsInWhole(text, pattern, false, cap, slack);
                        }
                    } finally {
                        clearDir();
                    }
                }));
    }
}
