package pilcrow.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.DocumentSummary;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.model.WholeText;
import pilcrow.library.LibraryDocument.Large;
import pilcrow.library.LibraryDocument.Measured;
import pilcrow.library.LibraryDocument.Unread;
import pilcrow.library.LibraryDocument.Unreadable;
import pilcrow.library.LibraryDocument.Whole;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.LoadResult;

class LibraryDocumentTest {

    private static final Document TEXT = PlainTextParser.parse("notes.txt", "Notes\n\none two\n\nthree\n", "n", 24);

    @Test
    void eachStateSaysWhatIsKnownOfIt() {
        LibraryDocument unread = LibraryDocument.lazy("/lib/notes.txt", null, () -> LibraryDocument.of(TEXT));
        assertThat(unread).isInstanceOf(Unread.class);
        assertThat(unread.unread()).isTrue();
        assertThat(unread.measured()).isFalse();
        assertThat(unread.readable()).isTrue();
        assertThat(unread.title()).isEqualTo("notes.txt");
        assertThat(unread.paragraphCount()).isEqualTo(-1);

        LibraryDocument measured = unread.measuredAs(DocumentSummary.of(TEXT), null);
        assertThat(measured).isInstanceOf(Measured.class);
        assertThat(measured.measured()).isTrue();
        assertThat(measured.loaded()).isFalse();
        assertThat(measured.title()).isEqualTo("Notes");
        assertThat(measured.paragraphCount()).isEqualTo(TEXT.paragraphCount());
        assertThat(measured.wordCount()).isEqualTo(TEXT.wordCount());

        LibraryDocument failed = unread.measuredAs(null, "binary file");
        assertThat(failed).isEqualTo(new Unreadable("/lib/notes.txt", "binary file"));
        assertThat(failed.readable()).isFalse();
        assertThat(failed.loaded()).isTrue();
        assertThat(failed.measured()).isTrue();
    }

    @Test
    void eachReadStateGivesTheTextTheReaderReadsAndWhetherQuotesCanBeFound(@TempDir Path dir) throws Exception {
        LibraryDocument whole = LibraryDocument.of(TEXT);
        assertThat(whole.text().text()).isInstanceOfSatisfying(WholeText.class,
                text -> assertThat(text.document()).isSameAs(TEXT));
        assertThat(whole.text().numbering().complete()).isTrue();
        assertThat(whole.locatesQuotes()).isTrue();

        Path file = dir.resolve("large.txt");
        Files.writeString(file, "Large\n\nfirst\n\nsecond\n");
        try (LargeFile text = LargeFile.open(FileSource.of(file)).orElseThrow()) {
            LibraryDocument large = LibraryDocument.large(file.toString(), text, text.emptyIndex());
            assertThat(large.text().text()).isSameAs(text);
            assertThat(large.text().numbering().complete()).isFalse();
            assertThat(large.locatesQuotes()).as("a large file keeps the number, never scans for a quote").isFalse();
        }

        assertThat(LibraryDocument.lazy("/lib/notes.txt", null, () -> whole).text()).isNull();
        assertThat(new Unreadable("/lib/x", "binary file").text()).isNull();
    }

    /** Issue 19: callers ask the document, never which kind of row it is. */
    @Test
    void eachStateAnswersForItsFingerprintCountAndSearch(@TempDir Path dir) throws Exception {
        String fingerprint = pilcrow.core.doc.Anchors.fingerprint(TEXT);
        LibraryDocument unread = LibraryDocument.lazy("/lib/notes.txt", null, () -> LibraryDocument.of(TEXT));
        LibraryDocument measured = unread.measuredAs(DocumentSummary.of(TEXT), null);
        LibraryDocument whole = LibraryDocument.of(TEXT);
        assertThat(unread.fingerprint()).isNull();
        assertThat(measured.fingerprint()).isEqualTo(fingerprint);
        assertThat(whole.fingerprint()).isEqualTo(fingerprint);
        assertThat(new Unreadable("/lib/x", "gone", DocumentSummary.of(TEXT)).fingerprint()).isEqualTo(fingerprint);
        assertThat(new Unreadable("/lib/x", "binary file").fingerprint()).isNull();
        for (LibraryDocument small : java.util.List.of(unread, measured, whole)) {
            assertThat(small.readOnDemand()).isFalse();
            assertThat(small.countExact()).isTrue();
        }
        assertThat(whole.paragraphCount()).isEqualTo(TEXT.paragraphCount());
        assertThat(whole.wordCount()).isEqualTo(TEXT.wordCount());

        Path file = dir.resolve("large.txt");
        Files.writeString(file, "Large\n\nfirst\n\nsecond\n");
        try (LargeFile text = LargeFile.open(FileSource.of(file)).orElseThrow()) {
            LibraryDocument large = LibraryDocument.large(file.toString(), text, text.emptyIndex());
            assertThat(large.readOnDemand()).isTrue();
            assertThat(large.fingerprint()).isEqualTo(text.fingerprint());
            assertThat(large.countExact()).as("not numbered yet: an estimate").isFalse();
            assertThat(large.paragraphCount()).isEqualTo(text.estimatedParagraphs());
            assertThat(large.wordCount()).as("words are not counted in a large file").isEqualTo(-1);

            LibraryDocument numbered = large.withSnapshot(new pilcrow.core.model.TextSnapshot(text, text.index(p -> { }, () -> false).index()));
            assertThat(numbered.countExact()).isTrue();
            assertThat(numbered.paragraphCount()).isEqualTo(2);
        }
    }

    @Test
    void aReadDocumentKeepsTheRowsPath() {
        LibraryDocument row = LibraryDocument.lazy("/lib/notes.txt", DocumentSummary.of(TEXT),
                () -> LibraryDocument.of(TEXT));

        LibraryDocument read = row.load();

        assertThat(read).isEqualTo(new Whole("/lib/notes.txt", TEXT, false));
        assertThat(read.load()).isSameAs(read);
        assertThat(row.documentNow()).isSameAs(TEXT);
        assertThat(read.measuredAs(null, "gone")).isSameAs(read); // a document here stays
    }

    @Test
    void aMeasuredRowFoundUnreadableKeepsItsTitle() {
        LibraryDocument row = LibraryDocument.lazy("/lib/notes.txt", DocumentSummary.of(TEXT),
                () -> LibraryDocument.unreadable("notes.txt", "permission denied"));

        LibraryDocument read = row.load();

        assertThat(read.readable()).isFalse();
        assertThat(read.problem()).isEqualTo("permission denied");
        assertThat(read.path()).isEqualTo("/lib/notes.txt");
        assertThat(read.title()).isEqualTo("Notes");
    }

    @Test
    void aSearchSkipsWhatItsBytesCannotHold() {
        LibraryDocument.Loader loader = new LibraryDocument.Loader() {
            @Override
            public LibraryDocument read() {
                return LibraryDocument.unreadable("notes.txt", "permission denied");
            }

            @Override
            public LibraryDocument readIfMayHold(String word, boolean foldCase) {
                return word.equals("absent") ? null : read();
            }
        };
        LibraryDocument row = LibraryDocument.lazy("/lib/notes.txt", null, loader);

        assertThat(row.loadIfMayHold("absent", true)).isNull();
        assertThat(row.loadIfMayHold("one", true)).isEqualTo(new Unreadable("/lib/notes.txt", "permission denied"));
    }

    @Test
    void aLoadResultBecomesOneState() {
        FileSource source = FileSource.of(Path.of("notes.txt"));

        assertThat(LibraryDocument.of(new LoadResult.Loaded(source, TEXT), "/lib/notes.txt"))
                .isEqualTo(new Whole("/lib/notes.txt", TEXT, false));
        assertThat(LibraryDocument.of(new LoadResult.Failed(source, "binary file", true), "notes.txt"))
                .isEqualTo(new Unreadable("notes.txt", "binary file"));
    }

    @Test
    void onlyAPipeHasMoreOfItsTextArrive() {
        LibraryDocument piped = LibraryDocument.piped("(standard input)", TEXT);

        assertThat(piped.piped()).isTrue();
        assertThat(piped.withDocument(TEXT)).isEqualTo(piped);
        assertThat(LibraryDocument.of(TEXT).piped()).isFalse();
        assertThat(LibraryDocument.of(TEXT)).isNotInstanceOf(Large.class);
    }
}
