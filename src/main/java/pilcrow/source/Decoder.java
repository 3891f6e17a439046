package pilcrow.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import pilcrow.core.text.ByteEscapes;

/**
 * Bytes to text. UTF-8 unless a byte-order mark says UTF-8 or UTF-16; the mark itself is dropped.
 * A byte that is not valid UTF-8 is kept as a {@link ByteEscapes} character, so it is shown as
 * {@code <FF>} and never silently dropped or turned into a question mark.
 */
public final class Decoder {

    /** How far into a file a NUL byte marks it as binary (as git and grep look). */
    static final int BINARY_SNIFF_BYTES = 64 * 1024;

    private Decoder() {
    }

    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return decodeUtf8(bytes, 0);
    }

    /** Whether the bytes begin with a UTF-16 byte-order mark. */
    static boolean isUtf16(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    /** A NUL byte near the start, in a file that is not UTF-16 (where NULs are ordinary). */
    public static boolean looksBinary(byte[] bytes) {
        return looksBinary(bytes, bytes.length);
    }

    /** As {@link #looksBinary(byte[])}, for the first {@code length} bytes of {@code bytes}. */
    static boolean looksBinary(byte[] bytes, int length) {
        if (length >= 2 && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
            return false;
        }
        int limit = Math.min(length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static String decodeUtf8(byte[] bytes, int offset) {
        // The JDK's own decoding is many times faster (a copy, for ASCII); it puts U+FFFD where
        // the bytes are not UTF-8, so text without one was valid and reads the same either way.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        return decodeKeepingBadBytes(bytes, offset);
    }

    /** UTF-8 with each byte that is not valid kept as a {@link ByteEscapes} character. */
    static String decodeKeepingBadBytes(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            for (int i = 0; i < result.length(); i++) {
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put(ByteEscapes.escape(in.get()));
            }
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static CharBuffer grow(CharBuffer buffer) {
        CharBuffer bigger = CharBuffer.allocate(buffer.capacity() * 2 + 16);
        buffer.flip();
        return bigger.put(buffer);
    }

    /** Whether the bytes begin with {@code prefix} (given as unsigned values). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
