package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Finder;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.SearchQuery;
import pilcrow.testing.SourceGens;

/**
 * The byte prefilter against reading the document: it never says "cannot match" of a document
 * that matches, and where it says "plain ASCII", the short way of reading gives exactly the
 * document the full one does. Bytes are generated from pieces of the word, its other spellings
 * (case, markup, non-ASCII letters that fold or normalize into it) and every kind of hostile byte,
 * in lengths around the eight bytes the scan reads at a time.
 */
class PrefilterTest {

    static final String WORD = "zebrakit";

    /** Pieces that spell the word or break it, and bytes of every class the scan tells apart. */
    static final List<String> PIECES = List.of("zebrakit", "ZEBRAKIT", "Zebra", "zebra", "kit", "KIT", "k", "z",
            "ebra", "ze*bra*kit", "ze_bra_kit", "&#122;ebrakit", "zebra\\kit", "[zeb](x)rakit", "`zeb`rakit",
            "zebra<b>kit", "zebra\u212Ait", "zebrak\u0131t", "zebrak\u0130t", "zebrake\u0301", "\u00e9", "\u4e2d",
            " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u001b[1m", "\u0007", "\u007f", "\u0085", "\u202e",
            "\u0000", "\ufeff", "a", "word ", "the ", "-", "# ", "> ", "- ");

    private static final int EXAMPLES = 3000;

    private static Gen<byte[]> documents() {
        Gen<byte[]> any = Generate.oneOf(
                Generate.pick(PIECES).map(p -> p.getBytes(StandardCharsets.UTF_8)),
                Generate.pick(PIECES).map(p -> p.getBytes(StandardCharsets.UTF_16LE)),
                SourceGens.byteArrays(3, EXAMPLES),
                SourceGens.pick(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xEF,
                        (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFF, (byte) 0xFE}));
        // Half the documents are plain ASCII throughout, so each plain verdict is tried often.
        List<String> plainPieces = PIECES.stream().filter(p -> p.chars().allMatch(c -> c >= 0x20 && c < 0x7F
                || c == '\t' || c == '\n' || c == '\r')).toList();
        Gen<byte[]> plain = Generate.pick(plainPieces).map(p -> p.getBytes(StandardCharsets.US_ASCII));
        return Generate.oneOf(SourceGens.concatenated(any, 12, EXAMPLES), SourceGens.concatenated(plain, 12, EXAMPLES));
    }

    private static Gen<SearchQuery> queries() {
        return Generate.enumValues(CaseMode.class).zip(
                SourceGens.pick("zebrakit", "Zebrakit", "zebra kit", "KIT", "kit", "rak"),
                (mode, pattern) -> new SearchQuery(pattern, false, mode));
    }

    private static Gen<String> names() {
        return SourceGens.pick("a.txt", "b.md", "zebrakit.txt", "ZEBRAKIT.md", "kit", "caf\u00e9.txt", "x\u001b.md");
    }

    /** A "cannot match" is never said of a document that matches; "plain ASCII" only of plain bytes. */
    @Test
    void skipsOnlyWhatCannotMatchAndReadsPlainAsciiAsTheFullWayDoes() {
        Map<Prefilter.Verdict, Integer> told = new EnumMap<>(Prefilter.Verdict.class);
        qt().withExamples(EXAMPLES).forAll(documents(), queries(), names(), booleans().all()).as(Example::new)
                .checkAssert(example -> SourceGens.checking(() ->
                        told.merge(lookedAtAsReadingSays(example), 1, Integer::sum)));
        // Each answer is given often enough for its assertions to be tried.
        for (Prefilter.Verdict each : Prefilter.Verdict.values()) {
            assertThat(told.getOrDefault(each, 0)).as("examples told %s", each).isGreaterThanOrEqualTo(50);
        }
    }

    /** One document and how it is looked at; shown with its bytes when an example fails. */
    record Example(byte[] bytes, SearchQuery query, String name, boolean padded) {
        @Override
        public String toString() {
            return Arrays.toString(bytes) + " " + query + " " + name + (padded ? " padded" : "");
        }
    }

    /** The prefilter's verdict on one document, checked against reading it; returns the verdict. */
    private static Prefilter.Verdict lookedAtAsReadingSays(Example example) throws InvalidPatternException {
        byte[] bytes = example.bytes();
        SearchQuery query = example.query();
        String name = example.name();
        boolean padded = example.padded();
        FileSource source = new FileSource(Path.of("/lib", name), name);
        Prefilter prefilter = new Prefilter(query.literalToken(), !query.caseSensitive());
        // The scan is given a buffer longer than the document, as the reused read buffer is.
        byte[] buffer = padded ? Arrays.copyOf(bytes, bytes.length + 11) : bytes;
        if (padded) {
            Arrays.fill(buffer, bytes.length, buffer.length, (byte) 'z');
        }
        Prefilter.Verdict verdict = prefilter.look(buffer, bytes.length, name, source.isMarkdown());

        assertThat(prefilter.mayMatch(buffer, bytes.length, name, source.isMarkdown()))
                .isEqualTo(verdict != Prefilter.Verdict.CANNOT_MATCH);
        LoadResult full = DocumentReader.fromBytes(source, bytes);
        if (verdict == Prefilter.Verdict.CANNOT_MATCH) {
            assertThat(matches(full, query.compile())).as("skipped, yet it matches").isFalse();
        }
        if (verdict.plainAscii()) {
            assertThat(isPlainAscii(bytes)).isTrue();
            boolean tabsOrReturns = verdict == Prefilter.Verdict.MAY_MATCH_ASCII_WITH_TABS_OR_RETURNS;
            assertThat(tabsOrReturns).isEqualTo(hasTabOrReturn(bytes));
            assertThat(DocumentReader.fromPlainAscii(source, buffer, bytes.length, tabsOrReturns)).isEqualTo(full);
        }
        if (verdict == Prefilter.Verdict.MAY_MATCH) {
            assertThat(isPlainAscii(bytes)).as("plain bytes sent the full way").isFalse();
        }
        return verdict;
    }

    @Test
    void plainAsciiHoldingTheWordIsToldAtAnyOffset() {
        Prefilter prefilter = new Prefilter(WORD, true);
        for (int before = 0; before < 20; before++) {
            for (int after = 0; after < 20; after++) {
                String text = "x".repeat(before) + "ZebraKit" + "\n".repeat(after);
                assertThat(prefilter.look(bytes(text), text.length(), "a.txt", false)).as(text)
                        .isEqualTo(Prefilter.Verdict.MAY_MATCH_PRINTABLE_ASCII);
                String tabbed = text + "\t";
                assertThat(prefilter.look(bytes(tabbed), tabbed.length(), "a.txt", false)).as(tabbed)
                        .isEqualTo(Prefilter.Verdict.MAY_MATCH_ASCII_WITH_TABS_OR_RETURNS);
                String returned = "\r" + text;
                assertThat(prefilter.look(bytes(returned), returned.length(), "a.md", true)).as(returned)
                        .isEqualTo(Prefilter.Verdict.MAY_MATCH_ASCII_WITH_TABS_OR_RETURNS);
                String cut = "x".repeat(before) + "ZebraKi" + "\t".repeat(after);
                assertThat(prefilter.look(bytes(cut), cut.length(), "a.txt", false)).as(cut)
                        .isEqualTo(Prefilter.Verdict.CANNOT_MATCH);
                String dirty = cut + "\u00e9";
                assertThat(prefilter.look(bytes(dirty), bytes(dirty).length, "a.txt", false)).as(dirty)
                        .isEqualTo(Prefilter.Verdict.MAY_MATCH);
            }
        }
    }

    @Test
    void controlCharactersAndDeleteAreNotPlainWhereverTheyAre() {
        Prefilter prefilter = new Prefilter(WORD, false);
        for (int at = 0; at < 17; at++) {
            for (char c : new char[] {'\u0000', '\u0007', '\u001b', '\u007f', '\u001f', '\u000b', '\u000c'}) {
                StringBuilder text = new StringBuilder("zebrakit " + "y".repeat(16));
                text.setCharAt(at, c);
                assertThat(prefilter.look(bytes(text.toString()), text.length(), "a.txt", false))
                        .as("%d %x", at, (int) c).isEqualTo(Prefilter.Verdict.MAY_MATCH);
            }
        }
    }

    @Test
    void markdownMarkupMayHideTheWordButLeavesTheBytesPlain() {
        Prefilter prefilter = new Prefilter(WORD, true);
        assertThat(prefilter.look(bytes("ze*bra*kit"), 10, "a.md", true))
                .isEqualTo(Prefilter.Verdict.MAY_MATCH_PRINTABLE_ASCII);
        assertThat(prefilter.look(bytes("ze*bra*kit"), 10, "a.txt", false)).isEqualTo(Prefilter.Verdict.CANNOT_MATCH);
        assertThat(prefilter.look(bytes("nothing"), 7, "zebrakit.md", true))
                .isEqualTo(Prefilter.Verdict.MAY_MATCH_PRINTABLE_ASCII);
    }

    private static boolean matches(LoadResult result, Pattern pattern) {
        return result instanceof LoadResult.Loaded loaded && !Finder.find(loaded.document(), pattern).isEmpty();
    }

    private static boolean isPlainAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (!(b >= 0x20 && b < 0x7F || b == '\t' || b == '\n' || b == '\r')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasTabOrReturn(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\t' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
