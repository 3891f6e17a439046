package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text file of a folder is a document, decided by its first bytes as grep -I decides, not
 * by its name (issue 17 item 5); what is left out is counted with its reason.
 */
class ScanByContentTest {

    @TempDir
    Path dir;

    private void text(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void gzip(String name, byte[] bytes) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
            out.write(bytes);
        }
    }

    private LibraryScanner.Scan scan() {
        return LibraryScanner.scan(List.of(dir.toString()), InputStream.nullInputStream());
    }

    @Test
    void textFilesAreDocumentsWhateverTheirNames() throws IOException {
        List<String> names = List.of("Apache-2.0", "LGPL-2.1", "GFDL-1.3", "app.log", "guide.rst", "data.csv",
                "config.json", "Main.java", "settings.conf", "notes.txt", "readme.md", "v1.2.3 release notes");
        for (String name : names) {
            text(name, "Some text of " + name + "\n\nA paragraph.\n");
        }
        gzip("README.Debian.gz", "README for Debian\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        gzip("changelog.Debian.gz", "bash (5.2) unstable\n\n  * A change.\n".getBytes(StandardCharsets.UTF_8));

        LibraryScanner.Scan scan = scan();

        assertThat(scan.sources()).extracting(DocumentSource::fileName)
                .containsExactlyInAnyOrderElementsOf(concat(names, List.of("README.Debian.gz", "changelog.Debian.gz")));
        assertThat(scan.skipped()).isEmpty();
    }

    @Test
    void binaryFilesAndHiddenOnesAreSkippedAndCountedWithTheirReasons() throws IOException {
        text("keep.txt", "Kept\n");
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(dir.resolve("fake.txt"), new byte[] {'a', 0, 'b'});
        Files.write(dir.resolve("fake.html"), new byte[] {'<', 'p', '>', 0});
        gzip("archive.gz", new byte[] {1, 0, 2, 0, 3});
        text(".hidden.txt", "Hidden\n");
        text(".git/HEAD", "ref: refs/heads/main\n");

        LibraryScanner.Scan scan = scan();

        // A .txt or .html name is taken unopened (the scan stays as fast as it was); reading it says binary.
        assertThat(scan.sources()).extracting(DocumentSource::fileName)
                .containsExactly("fake.html", "fake.txt", "keep.txt");
        assertThat(scan.skipped()).extracting(s -> dir.relativize(Path.of(s.path())) + ": " + s.why())
                .containsExactly(".git: hidden", ".hidden.txt: hidden", "archive.gz: binary", "image.png: binary");
    }

    /**
     * A folder large enough that its entries are looked at on every core ahead of the walk gives
     * what a small one gives: the same order, skips, links, and each file's size and time.
     */
    @Test
    void aLargeFolderIsScannedAsASmallOneIs() throws IOException {
        for (int i = 0; i < LibraryScanner.MANY_ENTRIES + 20; i++) {
            text(String.format("d%04d.txt", i), "x".repeat(i));
        }
        text("sub/inner.md", "Inner\n");
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        text(".hidden.txt", "Hidden\n");
        Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("nowhere"));
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("linked.txt"), dir.resolve("d0003.txt"));

        LibraryScanner.Scan scan = scan();

        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < LibraryScanner.MANY_ENTRIES + 20; i++) {
            names.add(String.format("d%04d.txt", i));
        }
        names.addAll(List.of("linked.txt", "inner.md"));
        assertThat(scan.sources()).extracting(DocumentSource::fileName).containsExactlyElementsOf(names);
        assertThat(scan.skipped()).extracting(s -> dir.relativize(Path.of(s.path())) + ": " + s.why())
                .containsExactly(".hidden.txt: hidden", "broken: not a regular file", "image.png: binary");
        assertThat(scan.warnings()).containsExactly("skipping " + dir.resolve("loop") + ": symbolic link loop");
        for (DocumentSource source : scan.sources()) {
            FileSource file = (FileSource) source;
            assertThat(file.stamp()).as(file.fileName()).isEqualTo(Stamp.of(file.path()));
        }
        assertThat(((FileSource) scan.sources().get(7)).stamp().size()).isEqualTo(7);
    }

    @Test
    void aFileNamedOnItsOwnIsTakenWhateverItHolds() throws IOException {
        Files.write(dir.resolve("image.png"), new byte[] {'x', 0});

        LibraryScanner.Scan scan = LibraryScanner.scan(List.of(dir.resolve("image.png").toString()),
                InputStream.nullInputStream());

        assertThat(scan.sources()).hasSize(1);
        assertThat(scan.skipped()).isEmpty();
    }

    @Test
    void namesStillChooseTheFormat() {
        assertThat(FileSource.of(Path.of("/d/readme.md")).isMarkdown()).isTrue();
        assertThat(FileSource.of(Path.of("/d/NEWS.md.gz")).isMarkdown()).isTrue();
        assertThat(FileSource.of(Path.of("/d/Apache-2.0")).isMarkdown()).isFalse();
    }

    @Test
    void theSummarySaysHowManyAndWhy() {
        List<LibraryScanner.Skipped> skipped = List.of(new LibraryScanner.Skipped("/a/x.png", "binary"),
                new LibraryScanner.Skipped("/a/.git", "hidden"), new LibraryScanner.Skipped("/a/y.so", "binary"));

        assertThat(LibraryScanner.summary(skipped)).isEqualTo("3 files skipped: 2 binary, 1 hidden");
        assertThat(LibraryScanner.summary(skipped.subList(0, 1))).isEqualTo("1 file skipped: 1 binary");
        assertThat(LibraryScanner.summary(List.of())).isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
