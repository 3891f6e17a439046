package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;

/**
 * One fingerprint rule: a large plain-text file read whole gets the fingerprint the reader gives it
 * when it opens it lazily (size and ends), so bookmarks and the library cache agree; a small
 * document keeps its whole text's.
 */
class FingerprintsTest {

    @TempDir
    Path dir;

    private Path large(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        byte[] line = "Some words of a paragraph.\n\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[(int) MappedSearch.THRESHOLD + 1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = line[i % line.length];
        }
        byte[] end = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(end, 0, bytes, bytes.length - end.length, end.length);
        Files.write(file, bytes);
        return file;
    }

    private static Document read(Path file) {
        return ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
    }

    @Test
    void aLargeFileReadWholeHasTheFingerprintTheReaderGivesIt() throws IOException {
        Path file = large("big.txt", "The last paragraph.\n");
        Document whole = read(file);
        String lazily;
        try (LargeFile opened = LargeFile.open(FileSource.of(file)).orElseThrow()) {
            lazily = opened.fingerprint();
        }
        assertThat(Fingerprints.of(FileSource.of(file), whole)).isEqualTo(lazily)
                .isNotEqualTo(Anchors.fingerprint(whole));
        assertThat(Fingerprints.summary(FileSource.of(file), whole).fingerprint()).isEqualTo(lazily);
        assertThat(Fingerprints.summary(FileSource.of(file), whole).paragraphs()).isEqualTo(whole.paragraphCount());
    }

    @Test
    void aSmallOrMarkdownDocumentHasItsWholeTextsFingerprint() throws IOException {
        Path small = Files.writeString(dir.resolve("small.txt"), "A title\n\nOne paragraph.\n");
        assertThat(Fingerprints.of(FileSource.of(small), read(small))).isEqualTo(Anchors.fingerprint(read(small)));
        Path markdown = Files.move(large("big.txt", "The end.\n"), dir.resolve("big.md"));
        Document whole = read(markdown);
        assertThat(Fingerprints.of(FileSource.of(markdown), whole)).isEqualTo(Anchors.fingerprint(whole));
    }
}
