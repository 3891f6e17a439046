package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Mark;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.core.text.FakeTextMeasure;
import pilcrow.library.LibraryDocument;
import pilcrow.shell.Interpreter;
import pilcrow.shell.ShellDocument;
import pilcrow.shell.ShellStore;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.store.Bookmark;
import pilcrow.store.Store;

/**
 * The reader, the line mode and {@code pilcrow bookmarks} place the same saved bookmarks in the
 * same library the same way (library.BookmarkPlacer): the document and the paragraph.
 */
class BookmarkPlacingTest {

    @TempDir
    Path folder;

    /** Where one front end put a bookmark: the document's title (the saved path if not here) and ¶. */
    record Where(String document, int paragraph) {
    }

    @Test
    void everyFrontEndPlacesEveryBookmarkAlike() throws Exception {
        Path first = write("first.txt", "First\n\nalpha one\n\nbeta two\n\ngamma three\n");
        Path second = write("second.txt", "Second\n\ndelta four\n\nepsilon five\n\nzeta six\n");
        Library library = Library.load("test", List.of(first.toString(), second.toString()),
                new ByteArrayInputStream(new byte[0]));
        List<Document> documents = library.entries().stream().map(e -> ((LoadResult.Loaded) e).document()).toList();
        Document one = documents.get(0);
        Document two = documents.get(1);
        String gone = folder.resolve("gone.txt").toString();

        try (Store store = Store.open(folder.resolve("data"), Clock.systemUTC())) {
            store.add(one.name(), Anchors.fingerprint(one), 2, "beta two", "same");
            store.add(one.name(), Anchors.fingerprint(one), 1, "gamma", "renumbered");
            store.add(one.name(), Anchors.fingerprint(one), 2, "nowhere at all", "rewritten");
            store.add(gone, Anchors.fingerprint(two), 1, "epsilon", "moved and renumbered");
            store.add(gone, "0000000000000000", 3, "zeta", "missing");
            store.add(one.name(), Anchors.fingerprint(one), 99, "", "no quote, past the end");
            store.add(two.name(), Anchors.fingerprint(two), 2, "", "no quote");
            List<Bookmark> bookmarks = store.bookmarks();

            Map<String, Where> expected = new LinkedHashMap<>();
            for (Bookmark b : bookmarks) {
                expected.put(b.id(), switch (b.note()) {
                    case "same" -> new Where("First", 2);
                    case "renumbered" -> new Where("First", 3);
                    case "rewritten" -> new Where("First", 2);
                    case "moved and renumbered" -> new Where("Second", 2);
                    case "missing" -> new Where(gone, 3);
                    case "no quote, past the end" -> new Where("First", 99);
                    default -> new Where("Second", 2);
                });
            }
            assertThat(byCommandLine(bookmarks, library)).isEqualTo(expected);
            assertThat(byLineMode(documents, store)).isEqualTo(expected);
            assertThat(byReader(documents, bookmarks)).isEqualTo(expected);
        }
    }

    private Map<String, Where> byCommandLine(List<Bookmark> bookmarks, Library library) {
        Map<String, Where> placed = new LinkedHashMap<>();
        for (BookmarksCommand.Place place : BookmarksCommand.places(bookmarks, library)) {
            placed.put(place.bookmark().id(), new Where(BookmarksCommand.title(place), place.paragraph()));
        }
        return placed;
    }

    private static Map<String, Where> byLineMode(List<Document> documents, Store store) {
        Interpreter shell = new Interpreter(documents.stream().map(d -> new ShellDocument(d.name(), d, null)).toList(),
                ShellStore.of(store, false), new FakeTextMeasure());
        // "ID  ¶N  TITLE  — NOTE  (STATUS)", one a bookmark
        Pattern row = Pattern.compile("(\\w+)  \u00b6(\\d+)  (.*?)  \u2014 .*");
        Map<String, Where> placed = new LinkedHashMap<>();
        for (String line : shell.execute("bookmarks", 0).output().split("\n")) {
            Matcher m = row.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            placed.put(m.group(1), new Where(m.group(3), Integer.parseInt(m.group(2))));
        }
        return placed;
    }

    private static Map<String, Where> byReader(List<Document> documents, List<Bookmark> bookmarks) {
        List<LibraryDocument> entries = documents.stream().map(d -> LibraryDocument.of(d.name(), d, null)).toList();
        List<Mark> marks = new ArrayList<>();
        for (Bookmark b : bookmarks) {
            marks.add(new Mark(b.id(), b.documentPath(), b.fingerprint(), b.paragraph(), b.quote(), b.note(),
                    b.createdMillis()));
        }
        AppState state = new App(new FakeTextMeasure()).update(AppState.initial("test", entries, new Size(80, 24)),
                new Msg.DataLoaded(List.of(), marks, Map.of(), "")).state();
        Map<String, Where> placed = new LinkedHashMap<>();
        for (Mark mark : state.marks()) {
            String title = documents.stream().filter(d -> d.name().equals(mark.documentPath())).map(Document::title)
                    .findFirst().orElse(mark.documentPath());
            placed.put(mark.id(), new Where(title, mark.paragraph()));
        }
        return placed;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }
}
