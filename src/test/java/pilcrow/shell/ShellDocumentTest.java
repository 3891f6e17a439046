package pilcrow.shell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;

class ShellDocumentTest {

    private static final Document TEXT = PlainTextParser.parse("notes.txt", "Notes\n\none two\n\nthree\n", "n", 24);
    private static final ShellDocument.Indexer UNUSED = (text, snapshot, failed) -> {
        throw new AssertionError("indexed");
    };

    @Test
    void aWholeDocumentIsHeldUnderTheRowsPath() {
        ShellDocument document = ShellDocument.of(new LibraryDocument.Whole("/lib/notes.txt", TEXT, false), UNUSED);

        assertThat(document.path()).isEqualTo("/lib/notes.txt");
        assertThat(document.readable()).isTrue();
        assertThat(document.title()).isEqualTo("Notes");
        assertThat(document.now().numbering().complete()).isTrue();
    }

    @Test
    void anUnreadableDocumentSaysWhy() {
        ShellDocument document = ShellDocument.of(LibraryDocument.unreadable("/lib/x.bin", "binary file"), UNUSED);

        assertThat(document.readable()).isFalse();
        assertThat(document.problem()).isEqualTo("binary file");
        assertThat(document.title()).isEqualTo("x.bin");
    }

    @Test
    void aRowNotReadYetIsReadFirst() {
        LibraryDocument row = LibraryDocument.lazy("/lib/notes.txt", null, () -> LibraryDocument.of(TEXT));

        ShellDocument document = ShellDocument.of(row, UNUSED);

        assertThat(document.path()).isEqualTo("/lib/notes.txt");
        assertThat(document.title()).isEqualTo("Notes");
    }

    @Test
    void aLargeDocumentIsReadOnDemandAndNotIndexedYet(@TempDir Path dir) throws Exception {
        Path path = Files.writeString(dir.resolve("large.txt"), "Large\n\none\n\ntwo\n", UTF_8);
        try (LargeFile file = LargeFile.open(FileSource.of(path)).orElseThrow()) {
            ShellDocument document = ShellDocument.of(
                    LibraryDocument.large(path.toString(), file, file.emptyIndex()), UNUSED);

            assertThat(document.path()).isEqualTo(path.toString());
            assertThat(document.text()).isSameAs(file);
        }
    }
}
