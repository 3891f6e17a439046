package pilcrow.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Effect;
import pilcrow.app.Hit;
import pilcrow.app.Msg;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Guard;
import pilcrow.core.find.SearchQuery;
import pilcrow.library.LibraryDocument;
import pilcrow.search.LibraryIndexes;
import pilcrow.search.SearchJobs;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.LibraryScanner;

/**
 * The reader's {@code F} with an index gives what it gives without: on generated libraries edited
 * after they were indexed (words added, a file rewritten at the same size, a file added and one
 * removed), for every pattern and case rule of {@link IndexedFindTest} and regular expressions
 * whose literal runs the index is asked for, the hits are the same. And the index is used:
 * documents are left unread, for regular expressions too.
 */
class IndexedLibrarySearchTest {

    /**
     * Regular expressions whose literal runs the index is asked for (and some it is not): runs cut by
     * quantifiers, classes, escapes, a case-folding run, an anchored one.
     */
    static final List<String> REGEXES = List.of("zebra.?kit", "zebra\\s+kit", "ZEBRAK+IT", "[Zz]ebrakit",
            "sun|kit", "caf\u00e9", "stra\u00dfe", "STRASSE", "zebra_kit", "\u03c3\u03bf\u03c6", "(?i)zebrakit",
            "KIT$", "^zebra", "zebr[a-z]kit", "\\*zebra\\*", "zebra\\*\\*kit", "zebra\\tkit", "sunk?",
            "zebra\u212Ait", "\u01C4EM", "qqq.*zebra", "zeb{1,2}rakit");

    static final List<String> PATTERNS = java.util.stream.Stream.concat(IndexedFindTest.PATTERNS.stream(),
            REGEXES.stream()).toList();

    @TempDir
    Path temp;

    @Test
    void fWithAFreshIndexFindsWhatTheScanFinds() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        int readsWithout = 0;
        int regexSkips = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Path root = IndexedFindTest.library(temp.resolve("lib" + seed), new Random(seed), 40);
            Path data = temp.resolve("data" + seed);
            Indexer.update(data, root, 2, note -> { });
            editAfterIndexing(root, new Random(seed + 100));
            List<LibraryDocument> rows = rows(root, reads);
            LibraryIndexes indexes = LibraryIndexes.of(data, List.of(root.toString()));
            for (String pattern : PATTERNS) {
                for (CaseMode mode : CaseMode.values()) {
                    SearchQuery query = new SearchQuery(pattern, REGEXES.contains(pattern), mode);
                    int before = reads.get();
                    List<Hit> scanned = hits(rows, query, LibraryIndexes.NONE);
                    readsWithout += reads.get() - before;
                    int beforeIndexed = reads.get();
                    List<Hit> indexed = hits(rows, query, indexes);
                    if (query.regex() && reads.get() - beforeIndexed < rows.size()) {
                        regexSkips++;
                    }
                    assertThat(indexed).as("%s (%s) in library %d", pattern, mode, seed).isEqualTo(scanned);
                }
            }
        }
        int readsWith = reads.get() - readsWithout;
        // Many patterns ("a", "s", a space) are in most documents, and a third of them changed since.
        assertThat(readsWith).as("documents read with the index").isLessThan(readsWithout * 3 / 4);
        assertThat(regexSkips).as("regular expression searches that left documents unread").isGreaterThan(20);
    }

    /**
     * A row held in memory (opened before its file changed) is searched as held: the index, which
     * knows only the file, does not rule it out.
     */
    @Test
    void aRowHeldIsSearchedAsHeldWhateverTheIndexSays() throws Exception {
        Path root = IndexedFindTest.library(temp.resolve("held"), new Random(9), 10);
        Path data = temp.resolve("data");
        Indexer.update(data, root, 1, note -> { });
        List<LibraryDocument> rows = new ArrayList<>(rows(root, new AtomicInteger()));
        String path = rows.get(0).path();
        rows.set(0, LibraryDocument.of(path, pilcrow.testing.Fixtures.document(path, "held qqqxyz here"), null));
        SearchQuery query = new SearchQuery("qqqxyz", false, CaseMode.SMART);
        assertThat(hits(rows, query, LibraryIndexes.of(data, List.of(root.toString())))).hasSize(1);
    }

    /**
     * After indexing: one document in five gets the word at its end, one in seven is rewritten
     * with the word at the same size, one is removed and one added; all settled (an hour less
     * old than the index's copies, so the stamp differs).
     */
    private static void editAfterIndexing(Path root, Random random) throws Exception {
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long settled = System.currentTimeMillis() - 1_800_000;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (i % 5 == 0) {
                Files.writeString(file, Files.readString(file) + " zebra\u212Ait kit", StandardCharsets.UTF_8);
            } else if (i % 7 == 0) {
                long size = Files.size(file);
                if (size >= 8) {
                    Files.writeString(file, "zebrakit" + " ".repeat((int) size - 8),
                            StandardCharsets.UTF_8);
                }
            } else {
                continue;
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(settled + random.nextInt(1000)));
        }
        Files.delete(files.get(1));
        Path added = root.resolve("added.md");
        Files.writeString(added, "a zebrakit KIT sun", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(added, FileTime.fromMillis(settled));
    }

    /** The reader's rows for a large library: not read yet, named by absolute path, read when searched. */
    private static List<LibraryDocument> rows(Path root, AtomicInteger reads) {
        List<LibraryDocument> rows = new ArrayList<>();
        for (DocumentSource source : LibraryScanner.scan(List.of(root.toString()), InputStream.nullInputStream())
                .sources()) {
            Path path = ((FileSource) source).path().toAbsolutePath().normalize();
            rows.add(LibraryDocument.lazy(path.toString(), null, () -> {
                reads.incrementAndGet();
                return LibraryDocument.of(DocumentReader.read(FileSource.of(path)), path.toString());
            }));
        }
        return rows;
    }

    private static List<Hit> hits(List<LibraryDocument> rows, SearchQuery query, LibraryIndexes indexes)
            throws Exception {
        List<Hit> hits = new ArrayList<>();
        Effect.FindInLibrary job = new Effect.FindInLibrary(1, rows, query, query.compile());
        SearchJobs.findInLibrary(job, () -> false, msg -> hits.addAll(((Msg.LibraryResults) msg).hits()), 2,
                Guard.BUDGET_NANOS, indexes);
        return hits;
    }
}
