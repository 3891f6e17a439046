package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Effect;
import pilcrow.app.Hit;
import pilcrow.app.Msg;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.SearchQuery;
import pilcrow.library.LibraryDocument;
import pilcrow.search.SearchJobs;
import pilcrow.source.MappedSearch;
import pilcrow.terminal.JLineTextMeasure;

/**
 * A large file in a library of many documents (one the reader lists from its cache and reads row
 * by row): opened, it is read on demand as when it is named alone, never read whole into the
 * heap; and {@code F} finds what is in it.
 */
class LargeRowTest {

    @TempDir
    Path temp;

    private LargeLibrary library() throws IOException {
        for (int i = 0; i < LibraryOptions.MANY_DOCUMENTS + 5; i++) {
            Files.writeString(temp.resolve(String.format("%03d.txt", i)), "Small " + i + "\n\nnothing here\n");
        }
        try (Writer out = Files.newBufferedWriter(temp.resolve("zz-big.txt"), StandardCharsets.UTF_8)) {
            out.write("Big\n\n");
            String paragraph = "a paragraph of plain words to make the file large enough to be read on demand\n\n";
            for (long written = 0; written <= MappedSearch.THRESHOLD; written += paragraph.length()) {
                out.write(paragraph);
            }
            out.write("the last one holds ZEBRAFINCH\n");
        }
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        Console console = new Console(InputStream.nullInputStream(), sink, sink, false, false, () -> 80, false,
                Map.of(), new JLineTextMeasure());
        LargeLibrary library = LargeLibrary.scan(List.of(temp.toString()), console, temp.resolve("data"));
        assertThat(library).as("a library read row by row").isNotNull();
        return library;
    }

    @Test
    void aLargeRowOpensReadOnDemandAndFindSeesIntoIt() throws Exception {
        LargeLibrary library = library();
        library.close();
        List<pilcrow.source.LoadResult.Large> indexed = new java.util.concurrent.CopyOnWriteArrayList<>();
        library.indexOpened(indexed::add);
        List<LibraryDocument> entries = library.entries;
        int big = entries.size() - 1;
        assertThat(entries.get(big).path()).endsWith("zz-big.txt");

        LibraryDocument opened = entries.get(big).load();
        assertThat(opened).as("opened as a large document, not read whole").isInstanceOf(LibraryDocument.Large.class);
        assertThat(opened.readOnDemand()).isTrue();
        assertThat(indexed).as("opened: its index is built").hasSize(1);
        opened.release();
        assertThat(openFilesNamed("zz-big.txt")).as("released: closed").isZero();

        SearchQuery query = new SearchQuery("ZEBRAFINCH", false, CaseMode.SMART);
        Pattern compiled = query.compile();
        List<Msg> posted = new ArrayList<>();
        SearchJobs.findInLibrary(new Effect.FindInLibrary(1, entries, query, compiled), () -> false, posted::add);
        List<Hit> hits = posted.stream().flatMap(m -> ((Msg.LibraryResults) m).hits().stream()).toList();
        assertThat(hits).as("the word in the large row's last paragraph").hasSize(1);
        assertThat(hits.get(0).entry()).isEqualTo(big);

        SearchQuery pattern = new SearchQuery("ZEBRA.INCH", true, CaseMode.SMART);
        SearchJobs.findInLibrary(new Effect.FindInLibrary(2, entries, pattern, pattern.compile()), () -> false, posted::add);
        assertThat(indexed).as("searched, with a word or a pattern: nothing more indexed").hasSize(1);
        assertThat(openFilesNamed("zz-big.txt")).as("what the searches opened is closed after them").isZero();
    }

    /** How many of this process's open descriptors are of a file whose name ends with {@code name}. */
    private static long openFilesNamed(String name) throws IOException {
        try (java.util.stream.Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().endsWith(name);
                } catch (IOException e) {
                    return false; // closed while listed
                }
            }).count();
        }
    }

    @Test
    void aLargeRowIsMeasuredWithoutBeingReadItsCountAnEstimate() throws Exception {
        LargeLibrary library = library();
        java.util.concurrent.BlockingQueue<Msg.Measured> posted = new java.util.concurrent.LinkedBlockingQueue<>();
        library.measureInBackground(msg -> posted.add((Msg.Measured) msg));
        List<pilcrow.app.Measurement> measured = new ArrayList<>();
        for (Msg.Measured batch = posted.poll(60, java.util.concurrent.TimeUnit.SECONDS); batch != null;
             batch = batch.done() == batch.total() ? null : posted.poll(60, java.util.concurrent.TimeUnit.SECONDS)) {
            measured.addAll(batch.measured());
        }
        library.close();
        assertThat(openFilesNamed("zz-big.txt")).as("what measuring opened is closed").isZero();
        int big = library.entries.size() - 1;
        pilcrow.app.Measurement row = measured.stream().filter(m -> m.entry() == big).findFirst().orElseThrow();
        assertThat(row.summary().words()).as("words not counted").isEqualTo(-1);
        assertThat(row.summary().paragraphs()).as("an estimate from the size").isGreaterThan(100_000);
        LibraryDocument listed = library.entries.get(big).measuredAs(row.summary(), row.problem());
        assertThat(listed.countExact()).as("shown as an estimate (~)").isFalse();
        assertThat(listed.fingerprint()).as("the cheap fingerprint a large file's bookmarks use")
                .isEqualTo(library.entries.get(big).load().fingerprint());
    }
}
