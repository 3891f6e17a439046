package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one open and sniff of a large file: which files are read in place, and where their text begins. */
class TextFileTest {

    private static Optional<TextFile> open(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("text", ".txt");
        Files.write(file, bytes);
        return TextFile.open(file, FileOpener.PLAIN);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void plainTextBeginsAtItsFirstByte() throws IOException {
        byte[] text = "Title\n\nA paragraph.\n".getBytes(StandardCharsets.UTF_8);
        try (TextFile file = open(text).orElseThrow()) {
            assertThat(file.begin()).isZero();
            assertThat(file.size()).isEqualTo(text.length);
            assertThat(file.channel().isOpen()).isTrue();
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        try (TextFile file = open(concat(bom, "Text.\n".getBytes(StandardCharsets.UTF_8))).orElseThrow()) {
            assertThat(file.begin()).isEqualTo(3);
        }
    }

    @Test
    void utf16EitherWayAndBinaryAreNotReadInPlace() throws IOException {
        assertThat(open(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "T\0e\0x\0t\0".getBytes(StandardCharsets.ISO_8859_1))))
                .isEmpty();
        assertThat(open(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "\0T\0e\0x\0t".getBytes(StandardCharsets.ISO_8859_1))))
                .isEmpty();
        assertThat(open(new byte[] {'a', 0, 0, 0, 1, 2, 3, 'b'})).isEmpty();
    }

    @Test
    void anEmptyFileIsText() throws IOException {
        try (TextFile file = open(new byte[0]).orElseThrow()) {
            assertThat(file.size()).isZero();
            assertThat(file.begin()).isZero();
        }
    }

    @Test
    void aChannelThatIsNotTextIsLeftOpenForItsOwner() throws IOException {
        Path file = Files.createTempFile("binary", ".bin");
        Files.write(file, new byte[] {0, 1, 2, 3});
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            assertThat(TextFile.of(channel)).isEmpty();
            assertThat(channel.isOpen()).isTrue();
        }
    }
}
