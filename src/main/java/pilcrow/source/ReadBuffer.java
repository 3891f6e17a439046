package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * One thread's buffer for whole files, reused from file to file: most files are only looked
 * at by the prefilter, so a new array each (and Files.readAllBytes' channel and direct
 * buffer) was most of the cost of reading a library.
 */
public final class ReadBuffer {
    private byte[] bytes = new byte[64 * 1024];

    public byte[] bytes() {
        return bytes;
    }

    /** Reads the whole file into {@link #bytes()}, growing it as needed; the length read. */
    public int readWhole(FileSource file) throws IOException {
        return readUpTo(file, Integer.MAX_VALUE);
    }

    /**
     * Reads the file into {@link #bytes()} if it holds at most {@code limit} bytes, growing it as
     * needed: the length read; -1 when it holds more (then only its first bytes were read).
     */
    public int readUpTo(FileSource file, int limit) throws IOException {
        try (InputStream in = file.opener().stream(file.path())) {
            int length = 0;
            while (true) {
                if (length == bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                int read = in.read(bytes, length, bytes.length - length);
                if (read < 0) {
                    return length;
                }
                length += read;
                if (length > limit) {
                    return -1;
                }
            }
        }
    }
}
