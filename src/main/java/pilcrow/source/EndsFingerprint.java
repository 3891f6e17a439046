package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A large file's cheap fingerprint: SHA-256 of the size and the first and last MiB, the first 8
 * bytes in hex (as long as a small document's). Hashing the whole GiB would take seconds; this
 * takes milliseconds, and a file that is appended to, cut or replaced gets a new one. An edit in
 * the middle that keeps the size does not: a bookmark's quote still tells.
 */
final class EndsFingerprint {

    /** How much of each end of the file the fingerprint reads. */
    static final int BYTES = 1 << 20;

    private EndsFingerprint() {
    }

    static String of(FileChannel channel, long size) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("large " + size + "\n").getBytes(StandardCharsets.US_ASCII));
            int head = (int) Math.min(size, BYTES);
            digest.update(MappedSearch.read(channel, 0, head));
            long tail = Math.max(head, size - BYTES);
            digest.update(MappedSearch.read(channel, tail, (int) (size - tail)));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
