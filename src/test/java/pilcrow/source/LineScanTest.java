package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The word-at-a-time tests the scan relies on, for every byte value at every place in a word:
 * their lowest flag must be exact (the scan stops there), whatever the bytes above it.
 */
class LineScanTest {

    private static final byte FILLER = 'e';

    /** Eight bytes of {@code fill} with {@code b} at {@code at}, little-endian as the scan reads them. */
    private static long word(int at, int b, byte fill) {
        long w = 0;
        for (int i = 7; i >= 0; i--) {
            w = (w << 8) | ((i == at ? b : fill) & 0xFF);
        }
        return w;
    }

    private static int lowestFlag(long mask) {
        return mask == 0 ? 8 : Long.numberOfTrailingZeros(mask) >>> 3;
    }

    @Test
    void notPrintableStopsAtExactlyTheFirstByteOutsideSpaceToTilde() {
        for (int b = 0; b < 256; b++) {
            boolean printable = b >= 0x20 && b < 0x7F;
            for (int at = 0; at < 8; at++) {
                for (byte fill : new byte[] {FILLER, ' ', '~', (byte) 0xFF, 0, 0x7F}) {
                    long w = word(at, b, fill);
                    int expected = 8;
                    for (int i = 0; i < 8; i++) {
                        int v = (i == at ? b : fill) & 0xFF;
                        if (v < 0x20 || v >= 0x7F) {
                            expected = i;
                            break;
                        }
                    }
                    assertThat(lowestFlag(LineScan.notPrintable(w)))
                            .as("byte 0x%02x at %d among 0x%02x (printable: %s)", b, at, fill & 0xFF, printable)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void rareLetterIsFlaggedInEitherCaseOnlyWhenCaseDoesNotCount() {
        for (String token : new String[] {"zebra", "q", "x-ray", "a[b", "@home", "ZEBRAFINCH", "~"}) {
            for (boolean fold : new boolean[] {false, true}) {
                byte[] bytes = (fold ? token.toLowerCase(java.util.Locale.ROOT) : token).getBytes(StandardCharsets.US_ASCII);
                pilcrow.core.find.WordBytes finder = new pilcrow.core.find.WordBytes(bytes, fold);
                int rare = bytes[finder.rare] & 0xFF;
                for (int b = 0; b < 256; b++) {
                    // Without case, bit 5 is set before comparing: a letter's two cases match, and
                    // so does a non-letter that differs from it only there (isAt() turns it down).
                    boolean flagged = b == rare || (fold && (b | 0x20) == (rare | 0x20));
                    for (int at = 0; at < 8; at++) {
                        assertThat(lowestFlag(finder.rareBytes(word(at, b, FILLER))))
                                .as("%s fold=%s byte 0x%02x at %d", token, fold, b, at)
                                .isEqualTo(flagged ? at : 8);
                    }
                }
            }
        }
    }
}
