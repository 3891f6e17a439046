package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file's fingerprint: its first MiB, so a copy and a log appended to match, and a new start does not. */
class LargeFileFingerprintTest {

    @TempDir
    Path dir;

    /** Three MiB of text: the fingerprint reads the first. */
    private byte[] text() {
        byte[] bytes = new byte[3 << 20];
        byte[] line = "Some words of a paragraph.\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = line[i % line.length];
        }
        return bytes;
    }

    private String fingerprint(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return LargeFile.open(FileSource.of(file)).orElseThrow().fingerprint();
    }

    @Test
    void theSameBytesAnywhereGiveTheSameFingerprint() throws IOException {
        String here = fingerprint("a.txt", text());
        assertThat(here).hasSize(16).matches("[0-9a-f]+");
        assertThat(fingerprint("b.txt", text())).isEqualTo(here);
    }

    @Test
    void aChangeAtTheStartGivesAnotherAndGrowthAtTheEndKeepsIt() throws IOException {
        String original = fingerprint("a.txt", text());
        byte[] first = text();
        first[10] = 'X';
        byte[] last = text();
        last[last.length - 10] = 'X';
        byte[] longer = Arrays.copyOf(text(), (3 << 20) + 1);
        longer[longer.length - 1] = '\n';
        assertThat(fingerprint("first.txt", first)).isNotEqualTo(original);
        assertThat(fingerprint("last.txt", last)).isEqualTo(original);
        assertThat(fingerprint("longer.txt", longer)).isEqualTo(original);
    }

    @Test
    void aSmallFileIsHashedWhole() throws IOException {
        byte[] small = "A title\n\nOne paragraph.\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] other = small.clone();
        other[12] = 'X';
        assertThat(fingerprint("small.txt", small)).isNotEqualTo(fingerprint("other.txt", other));
    }
}
