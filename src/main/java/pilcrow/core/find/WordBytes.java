package pilcrow.core.find;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A word of ASCII bytes, found in bytes by its rarest letter: eight bytes at a time (a long) are
 * tested for that letter (in either case when case does not count), and only where it is is the
 * whole word compared. In prose most longs hold no such byte and cost a few instructions. One
 * mechanism for every byte scan that looks for a word: the prefilter of {@code pilcrow find}, the
 * scan of a large file, and {@link LiteralCheck}'s paragraphs.
 *
 * <p>The rarest letter is by English letter frequency; anything that is not a letter counts as
 * rarer still.
 */
public final class WordBytes {

    public static final long ONES = 0x0101010101010101L;
    public static final long HIGHS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** English letters from the most to the least frequent. */
    private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

    private final byte[] word;
    private final boolean foldCase;
    /** The index in the word of its rarest letter. */
    public final int rare;
    private final long rareLower;
    private final long rareUpper;
    /** 0x20 in every byte without case, else 0; and the rarest letter with that bit set. */
    private final long fold;
    private final long rareFolded;

    /**
     * @param word     printable ASCII, at least one byte; in lower case when case does not count
     * @param foldCase whether ASCII letters match in either case
     */
    public WordBytes(byte[] word, boolean foldCase) {
        this.word = word.clone();
        this.foldCase = foldCase;
        this.rare = rarestIndex(word);
        int b = word[rare] & 0xFF;
        this.rareLower = ONES * b;
        this.rareUpper = ONES * (foldCase && b >= 'a' && b <= 'z' ? b & ~0x20 : b);
        this.fold = foldCase ? ONES * 0x20 : 0;
        this.rareFolded = rareLower | fold;
    }

    private static int rarestIndex(byte[] word) {
        int best = 0;
        int bestRarity = -1;
        for (int i = 0; i < word.length; i++) {
            int rank = BY_FREQUENCY.indexOf(Character.toLowerCase((char) word[i]));
            int rarity = rank < 0 ? BY_FREQUENCY.length() : rank;
            if (rarity > bestRarity) {
                best = i;
                bestRarity = rarity;
            }
        }
        return best;
    }

    public int length() {
        return word.length;
    }

    /** Whether {@code b} is the rarest letter (in either case, when case does not count). */
    public boolean isRare(byte b) {
        return b == (byte) rareLower || b == (byte) rareUpper;
    }

    /**
     * High bit set in each byte of {@code w} that is the rarest letter (and perhaps a few more:
     * {@link #isAt} drops them). Without case, setting bit 5 of every byte makes both cases of a
     * letter one byte, in one test.
     */
    public long rareBytes(long w) {
        return zeroBytes((w | fold) ^ rareFolded);
    }

    /** High bit set in each zero byte of {@code v} (and perhaps above one: those are checked and dropped). */
    public static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    /** Whether the whole word starts at {@code at} within the first {@code length} bytes. */
    public boolean isAt(byte[] bytes, int length, int at) {
        if (at < 0 || at + word.length > length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (folded(bytes[at + j]) != word[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the whole word starts at {@code at} within the buffer's limit. */
    public boolean isAt(ByteBuffer bytes, int at) {
        if (at < 0 || at + word.length > bytes.limit()) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (folded(bytes.get(at + j)) != word[j]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word occurs anywhere in the bytes. */
    public boolean isIn(byte[] bytes) {
        return isIn(bytes, 0, bytes.length);
    }

    /**
     * Whether the word occurs wholly within {@code bytes[from, to)}: eight bytes at a time for the
     * rarest letter, the word compared only where it is.
     */
    public boolean isIn(byte[] bytes, int from, int to) {
        int i = from + rare; // where the rarest letter of an occurrence starting at from would be
        int last = to - (word.length - rare); // and of one ending at to
        for (; i + Long.BYTES - 1 <= last; i += Long.BYTES) {
            for (long found = rareBytes((long) LONGS.get(bytes, i)); found != 0; found &= found - 1) {
                if (isAt(bytes, to, i + (Long.numberOfTrailingZeros(found) >>> 3) - rare)) {
                    return true;
                }
            }
        }
        for (; i <= last; i++) {
            if (isRare(bytes[i]) && isAt(bytes, to, i - rare)) {
                return true;
            }
        }
        return false;
    }

    private byte folded(byte b) {
        return foldCase && b >= 'A' && b <= 'Z' ? (byte) (b | 0x20) : b;
    }
}
