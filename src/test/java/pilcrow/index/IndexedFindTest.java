package pilcrow.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Finder;
import pilcrow.core.find.SearchQuery;
import pilcrow.search.IndexedRoots;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;

/**
 * The index never leaves out a document the matcher finds something in: on generated libraries
 * of words, phrases, markup, every case rule and the characters Unicode case folding joins to
 * others, each document the index lets a search skip has no match at all. And it does skip: a
 * check that skipped nothing would hold for any index.
 */
class IndexedFindTest {

    /**
     * Pieces of documents: the words in several cases, cut by markup, with the characters that
     * fold into ASCII letters (KELVIN SIGN, dotless and dotted i, long s), final and other sigma,
     * a title-case digraph, a combining accent that NFC joins, and every white space the matcher's
     * {@code \s} knows.
     */
    static final List<String> PIECES = List.of("zebrakit", "ZEBRAKIT", "Zebra", "zebra", "kit", "KIT", "Kit",
            "zebra\u212Ait", "zebrak\u0131t", "zebrak\u0130t", "\u017Fun", "SUN", "sun", "\u03C3\u03BF\u03C6\u03CC\u03C2",
            "\u03A3\u039F\u03A6\u039F\u03A3", "\u01C5em", "\u01C4EM", "\u01C6em", "cafe\u0301", "caf\u00e9", "CAF\u00c9",
            "stra\u00dfe", "STRASSE", "\u03D0eta", "\u03B2eta", "*zebra*kit", "zebra**kit**", "`zeb`rakit", "[zebra](x)",
            "zebra_kit", "zebra-kit", "the", "word", "a", "#", "-", "\u4e2d\u6587", "\ud83d\ude00", " ", "  ", "\n",
            "\n\n", "\t", "\r\n", "\f", "\u000B", "\u00a0", "\u2003");

    static final List<String> PATTERNS = List.of("zebrakit", "ZebraKit", "zebra kit", "zebra  kit", "kit", "KIT",
            "K", "k", "\u212A", "\u0131", "I", "i", "\u017F", "s", "S", "sun", "SUN", "\u03C3\u03BF\u03C6\u03BF\u03C3",
            "\u03C2", "\u03A3", "\u01C5", "\u01C6em", "\u01C4", "caf\u00e9", "cafe\u0301", "CAF\u00c9", "stra\u00dfe",
            "strasse", "\u03D0", "\u03B2", "\u0392ETA", "zebra_kit", "zebra-kit", "*", "a word", "the word",
            "\u4e2d", "\ud83d\ude00", "\u00a0", "e kit", "zebra\tkit", "qqq", "**kit**");

    @TempDir
    Path temp;

    @Test
    void aDocumentTheIndexSkipsHasNoMatch() throws Exception {
        int skipped = 0;
        int searched = 0;
        int held = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Path root = library(temp.resolve("lib" + seed), new Random(seed), 40);
            Path data = temp.resolve("data" + seed);
            Indexer.update(data, root, 2, note -> { });
            List<DocumentSource> sources = LibraryScanner.scan(List.of(root.toString()), InputStream.nullInputStream())
                    .sources();
            for (String pattern : IndexedLibrarySearchTest.PATTERNS) {
                for (CaseMode mode : CaseMode.values()) {
                    SearchQuery query = new SearchQuery(pattern, IndexedLibrarySearchTest.REGEXES.contains(pattern), mode);
                    Pattern compiled = query.compile();
                    Optional<IndexedRoots> indexed = IndexedRoots.open(data, List.of(root.toString()), query);
                    if (indexed.isEmpty()) {
                        // Only a query the index cannot narrow reads everything.
                        assertThat(Terms.parts(query)).as("parts of %s", pattern).isNull();
                        continue;
                    }
                    try (IndexedRoots roots = indexed.get()) {
                        for (DocumentSource source : sources) {
                            LoadResult loaded = DocumentReader.read(source);
                            boolean matches = loaded instanceof LoadResult.Loaded doc
                                    && !Finder.find(doc.document(), compiled).isEmpty();
                            LibraryIndex.Verdict verdict = roots.verdict(((pilcrow.source.FileSource) source).path());
                            if (verdict == LibraryIndex.Verdict.SKIP) {
                                skipped++;
                                assertThat(matches).as("%s skipped for %s (%s)", source.name(), query,
                                        Files.readString(Path.of(source.name()))).isFalse();
                            } else {
                                searched++;
                            }
                            if (verdict == LibraryIndex.Verdict.HOLDS) {
                                held++;
                                assertThat(matches).as("%s said to hold %s (%s)", source.name(), query,
                                        Files.readString(Path.of(source.name()))).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(skipped).as("documents skipped").isGreaterThan(1000);
        assertThat(searched).as("documents searched").isGreaterThan(1000);
        assertThat(held).as("documents said to hold a match unread").isGreaterThan(300);
    }

    /** A library of {@code count} documents of random pieces, last changed an hour ago (settled). */
    static Path library(Path root, Random random, int count) throws IOException {
        Files.createDirectories(root.resolve("sub"));
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            settled(root.resolve(i % 3 == 0 ? "sub" : ".").resolve("doc" + i + (i % 2 == 0 ? ".md" : ".txt")),
                    text.toString());
        }
        return root;
    }

    /** Writes {@code text} to {@code file}, last changed an hour ago: settled, so the index trusts its time. */
    static void settled(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }

    /**
     * With the size and time the folder scan saw: a document the index says surely holds the word
     * is listed unread only while it can still be read; one gone since is read, to say so.
     */
    @Test
    void aDocumentSaidToHoldAMatchIsReadOnceItCannotBe() throws Exception {
        Path root = temp.resolve("held");
        Files.createDirectories(root);
        Path kept = root.resolve("kept.txt");
        Path gone = root.resolve("gone.txt");
        for (Path file : List.of(kept, gone)) {
            settled(file, "Title\n\nthe zebrakit here");
        }
        Path data = temp.resolve("helddata");
        Indexer.update(data, root, 1, note -> { });
        List<DocumentSource> sources = LibraryScanner.scan(List.of(root.toString()), InputStream.nullInputStream())
                .sources();
        Files.delete(gone);
        try (IndexedRoots roots = IndexedRoots.open(data, List.of(root.toString()),
                new SearchQuery("zebrakit", false, CaseMode.SMART)).orElseThrow()) {
            List<LibraryIndex.Verdict> verdicts = sources.stream()
                    .map(source -> roots.verdict((pilcrow.source.FileSource) source)).toList();
            assertThat(sources).extracting(DocumentSource::fileName).containsExactly("gone.txt", "kept.txt");
            assertThat(verdicts).containsExactly(LibraryIndex.Verdict.READ, LibraryIndex.Verdict.HOLDS);
        }
    }

    /** A word longer than the index keeps makes its document one every search reads. */
    @Test
    void aDocumentWithAWordTooLongIsAlwaysRead() throws Exception {
        Path root = temp.resolve("long");
        Files.createDirectories(root);
        Path kept = root.resolve("kept.txt");
        Path tooLong = root.resolve("long.txt");
        settled(kept, "Kept\n\nzebra " + "x".repeat(Schema.MAX_WORD) + " kit");
        settled(tooLong, "Long\n\nzebra\n\n" + "x".repeat(Schema.MAX_WORD + 1) + " kit");
        Path data = temp.resolve("longdata");
        Indexer.update(data, root, 1, note -> { });
        try (IndexedRoots roots = IndexedRoots.open(data, List.of(root.toString()),
                new SearchQuery("qqq", false, CaseMode.SMART)).orElseThrow()) {
            assertThat(roots.verdict(kept)).isEqualTo(LibraryIndex.Verdict.SKIP);
            assertThat(roots.verdict(tooLong)).isEqualTo(LibraryIndex.Verdict.READ);
        }
    }

    @Test
    void aDocumentsNameIsItsPathBelowTheRootAsTheScanBuildsIt() {
        assertThat(Indexer.relative(Path.of("lib"), Path.of("lib").resolve("a").resolve("b.txt"))).isEqualTo("a/b.txt");
        assertThat(Indexer.relative(Path.of("."), Path.of(".").resolve("b.txt"))).isEqualTo("b.txt");
        assertThat(Indexer.relative(Path.of("/"), Path.of("/").resolve("b.txt"))).isEqualTo("b.txt");
        assertThat(Indexer.relative(Path.of("/x/lib/"), Path.of("/x/lib/c.md"))).isEqualTo("c.md");
        assertThat(Indexer.relative(Path.of("lib"), Path.of("library/b.txt"))).isNull();
        assertThat(Indexer.relative(Path.of("lib"), Path.of("other/b.txt"))).isNull();
    }

    /**
     * Every code point the fold takes into ASCII is matched by that ASCII letter ignoring case, as
     * the index's "surely holds" for an ASCII word found in an ASCII word assumes.
     */
    @Test
    void whatFoldsIntoAsciiIsMatchedByIt() throws Exception {
        List<Integer> unmatched = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int folded = Terms.fold(c);
            if (folded < 0x80 && !Character.isSurrogate((char) c)) {
                Pattern pattern = new SearchQuery(Character.toString(folded), false, CaseMode.INSENSITIVE).compile();
                if (!pattern.matcher(Character.toString(c)).find()) {
                    unmatched.add(c);
                }
            }
        }
        assertThat(unmatched).isEmpty();
    }

    /** Every code point reaches a fixed point of the fold within its rounds. */
    @Test
    void theFoldStopsChangingForEveryCodePoint() {
        List<Integer> unsettled = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int folded = Terms.fold(c);
            if (Character.toLowerCase(Character.toUpperCase(folded)) != folded) {
                unsettled.add(c);
            }
        }
        assertThat(unsettled).isEmpty();
    }
}
