package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A large file's cheap fingerprint: SHA-256 of its first MiB, the first 8 bytes in hex (as long as
 * a small document's). Hashing the whole GiB would take seconds; this takes milliseconds. Only the
 * start is read so that a log appended to keeps its identity (its bookmarks find it when moved);
 * a file replaced gets a new one, and an edit past the first MiB does not: a bookmark's quote
 * still tells.
 */
final class EndsFingerprint {

    /** How much of the start of the file the fingerprint reads. */
    static final int BYTES = 1 << 20;

    private EndsFingerprint() {
    }

    static String of(FileChannel channel, long size) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("large\n".getBytes(StandardCharsets.US_ASCII));
            digest.update(MappedSearch.read(channel, 0, (int) Math.min(size, BYTES)));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
