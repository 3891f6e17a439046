package pilcrow.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /**
     * The shortcut's claim, checked for every character below U+0300 and every pair of them (a
     * composition needs a second character at U+0300 or above): such text is NFC already.
     */
    @Test
    void textBelowTheCombiningMarksIsNfcAlready() {
        char[] pair = new char[2];
        for (char first = 0; first < 0x300; first++) {
            for (char second = 0; second < 0x300; second++) {
                pair[0] = first;
                pair[1] = second;
                String text = new String(pair);
                assertThat(TextNormalizer.belowCombiningMarks(text)).isTrue();
                if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    assertThat(text).as("not NFC").isNull();
                }
            }
        }
        assertThat(TextNormalizer.belowCombiningMarks("e\u0301")).isFalse();
        assertThat(TextNormalizer.normalize("e\u0301cole\r\n\tx")).isEqualTo("\u00e9cole\n        x");
        assertThat(TextNormalizer.normalize("\u212B")).isEqualTo("\u00C5"); // a singleton past U+0300
    }
}
