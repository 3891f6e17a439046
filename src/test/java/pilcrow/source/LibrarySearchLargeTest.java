package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Effect;
import pilcrow.app.Hit;
import pilcrow.app.Msg;
import pilcrow.core.doc.Document;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.find.Snippet;
import pilcrow.library.LibraryDocument;
import pilcrow.search.SearchJobs;
import pilcrow.testing.Fixtures;

/**
 * {@code F} over a library holding large documents (read in place): their text is searched, in
 * small ranges here, and the hits are those of the same file read whole, with the same paragraph
 * numbers and snippets, in library order with the small documents around them.
 */
class LibrarySearchLargeTest {

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String body(boolean titled) {
        StringBuilder text = new StringBuilder(titled ? "A Large Finch Document\n\n" : "");
        for (int i = 1; i <= 3000; i++) {
            text.append("Paragraph ").append(i).append(i % 700 == 0 ? " holds a zebrafinch, and é" : " of filler")
                    .append(i % 3 == 0 ? "\r\nwith a second line.\n\n" : ".\n\n");
        }
        return text.append("The last paragraph names the ZEBRAFINCH.\n").toString();
    }

    /** Opened as the reader opens a large file, but indexed and searched in ranges of a few KiB. */
    private static LibraryDocument large(Path file) throws IOException {
        LargeFile text = LargeFile.open(file, file.toString(), file.getFileName().toString(), 4096, 16 * 1024, 3, 4096)
                .orElseThrow();
        return LibraryDocument.large(file.toString(), text, text.emptyIndex());
    }

    private static List<Hit> expected(List<Document> documents, Pattern pattern) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            for (Match match : Finder.find(document, pattern)) {
                String text = match.inTitle() ? document.title() : document.paragraph(match.paragraph()).text();
                hits.add(new Hit(i, match, Snippet.around(text, match.start(), match.end(), 30)));
            }
        }
        return hits;
    }

    @Test
    void aLargeDocumentsTextIsSearchedWithExactNumbersAndSnippets() throws Exception {
        Path titled = write("finch-titled.txt", body(true));
        Path untitled = write("finch-untitled.txt", body(false));
        Document small = Fixtures.document("small.txt", "Small\n\nA zebrafinch here too.\n");
        List<LibraryDocument> entries = List.of(large(titled), LibraryDocument.of(small), large(untitled));
        List<Document> whole = List.of(Fixtures.load(FileSource.of(titled)), small,
                Fixtures.load(FileSource.of(untitled)));
        for (SearchQuery query : List.of(SearchQuery.literal("zebrafinch"), SearchQuery.literal("ZEBRAFINCH"),
                SearchQuery.literal("finch"), SearchQuery.literal("second line"),
                new SearchQuery("zebra.inch", true, CaseMode.SMART))) {
            Pattern pattern = query.compile();
            List<Msg> posted = new ArrayList<>();
            SearchJobs.findInLibrary(new Effect.FindInLibrary(1, entries, query, pattern), () -> false, posted::add);
            // Where and what; a paragraph's length (for the ranked order) is counted in small documents only.
            List<Hit> hits = posted.stream().flatMap(m -> ((Msg.LibraryResults) m).hits().stream())
                    .map(h -> new Hit(h.entry(), h.match(), h.snippet())).toList();
            assertThat(hits).as("%s", query.pattern()).isEqualTo(expected(whole, pattern));
            assertThat(((Msg.LibraryResults) posted.get(posted.size() - 1)).done()).isTrue();
        }
        List<Msg> posted = new ArrayList<>();
        SearchQuery last = SearchQuery.literal("ZEBRAFINCH");
        SearchJobs.findInLibrary(new Effect.FindInLibrary(1, entries, last, last.compile()), () -> false, posted::add);
        List<Hit> hits = posted.stream().flatMap(m -> ((Msg.LibraryResults) m).hits().stream()).toList();
        assertThat(hits).extracting(h -> h.match().paragraph()).containsExactly(3001, 3001);
        assertThat(hits.get(0).snippet().match()).isEqualTo("ZEBRAFINCH");
    }

    @Test
    void aFileNameTitleOfALargeDocumentIsSearchedToo() throws Exception {
        Path untitled = write("zebrafinch-notes.txt", body(false));
        SearchQuery query = SearchQuery.literal("notes");
        List<Msg> posted = new ArrayList<>();
        SearchJobs.findInLibrary(new Effect.FindInLibrary(1, List.of(large(untitled)), query, query.compile()),
                () -> false, posted::add);
        List<Hit> hits = posted.stream().flatMap(m -> ((Msg.LibraryResults) m).hits().stream()).toList();
        assertThat(hits).extracting(h -> h.match().paragraph()).containsExactly(Match.TITLE);
    }
}
