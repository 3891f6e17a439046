package pilcrow.core.text;

/**
 * Bytes that are not valid in their encoding are kept, not dropped, as the lone low surrogates
 * U+DC80 to U+DCFF (the "surrogateescape" convention): the text stays a Java string, no byte is
 * lost, and {@link Sanitizer} shows each one as {@code <XX>}.
 */
public final class ByteEscapes {

    private static final int BASE = 0xDC00;

    private ByteEscapes() {
    }

    /** The character that stands for an undecodable byte (0x80 to 0xFF in practice). */
    public static char escape(int unsignedByte) {
        return (char) (BASE + (unsignedByte & 0xFF));
    }

    public static boolean isEscapedByte(int cp) {
        return cp >= BASE + 0x80 && cp <= BASE + 0xFF;
    }

    public static int byteOf(int cp) {
        return cp - BASE;
    }
}
