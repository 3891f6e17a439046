package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Effect;
import pilcrow.app.Hit;
import pilcrow.app.Msg;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.find.Snippet;
import pilcrow.library.LibraryDocument;
import pilcrow.search.SearchJobs;
import pilcrow.terminal.JLineTextMeasure;

/**
 * {@code F} in the reader over a large library (rows read on demand): the byte check that skips
 * documents never loses a hit. Every tricky spelling of {@link LibraryFindTest} in plain text,
 * Markdown and gzip, against every pattern in every case mode, compared with reading each
 * document whole and searching it, one after another.
 */
class ReaderLibrarySearchTest {

    @TempDir
    Path temp;

    private List<LibraryDocument> library() throws IOException {
        Random random = new Random(6);
        List<String> stems = List.of("a", "zebra", "Kelvin", "notes", "b");
        List<String> kinds = List.of(".txt", ".md", ".txt.gz", "");
        for (int i = 0; i < LibraryOptions.MANY_DOCUMENTS + 20; i++) {
            StringBuilder text = new StringBuilder(i % 2 == 0 ? "Title " + i + "\n\n" : "");
            for (int line = random.nextInt(8); line > 0; line--) {
                for (int w = random.nextInt(5); w > 0; w--) {
                    text.append(LibraryFindTest.WORDS.get(random.nextInt(LibraryFindTest.WORDS.size()))).append(' ');
                }
                text.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            String name = String.format("%03d-%s%s", i, stems.get(random.nextInt(stems.size())),
                    kinds.get(random.nextInt(kinds.size())));
            write(temp.resolve(name), text.toString(), name.endsWith(".gz"));
        }
        // Each spelling alone too, in plain text and Markdown: mixed with others, a byte past ASCII lets most through.
        for (int k = 0; k < LibraryFindTest.WORDS.size(); k++) {
            for (String ext : List.of(".txt", ".md")) {
                write(temp.resolve("w" + k + ext), "Title\n\nsome " + LibraryFindTest.WORDS.get(k) + " text\n", false);
            }
        }
        write(temp.resolve("gzip-inside.txt"), "Gzipped\n\na zebra finch and kelvin, ss and kit\n", true);
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        Console console = new Console(InputStream.nullInputStream(), sink, sink, false, false, () -> 80, false,
                Map.of(), new JLineTextMeasure());
        LargeLibrary library = LargeLibrary.scan(List.of(temp.toString()), console, temp.resolve("data"));
        assertThat(library).as("a library read on demand").isNotNull();
        library.close();
        return library.entries;
    }

    private static void write(Path file, String text, boolean gzip) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (gzip) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(bytes);
            }
        } else {
            Files.write(file, bytes);
        }
    }

    /** Each document read whole and searched, one after another: what the search must give. */
    private static List<Hit> plain(List<LibraryDocument> entries, Pattern pattern) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LibraryDocument read = entries.get(i).load();
            if (read.document() == null) {
                continue;
            }
            for (Match match : Finder.find(read.document(), pattern)) {
                String text = match.inTitle() ? read.document().title()
                        : read.document().paragraph(match.paragraph()).text();
                hits.add(new Hit(i, match, Snippet.around(text, match.start(), match.end(), 30),
                        pilcrow.core.doc.Words.count(match.textIn(read.document()))));
            }
        }
        return hits;
    }

    @Test
    void theByteCheckNeverLosesAHit() throws Exception {
        List<LibraryDocument> entries = library();
        int found = 0;
        for (String pattern : LibraryFindTest.PATTERNS) {
            for (CaseMode mode : CaseMode.values()) {
                SearchQuery query = new SearchQuery(pattern, false, mode);
                Pattern compiled = query.compile();
                List<Msg> posted = new ArrayList<>();
                SearchJobs.findInLibrary(new Effect.FindInLibrary(1, entries, query, compiled), () -> false,
                        posted::add);
                List<Hit> hits = posted.stream().flatMap(m -> ((Msg.LibraryResults) m).hits().stream()).toList();
                List<Hit> expected = plain(entries, compiled);
                assertThat(hits).as("%s %s", mode, pattern).isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(found).as("hits in all").isGreaterThan(1000);
    }
}
