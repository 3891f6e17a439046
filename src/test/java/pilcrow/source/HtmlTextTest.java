package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tag and attribute names read from a page's bytes ({@link HtmlText#lowerName}), as both byte readers take them. */
class HtmlTextTest {

    private static String lowerName(String raw) {
        byte[] bytes = ("<" + raw + ">").getBytes(StandardCharsets.US_ASCII);
        return HtmlText.lowerName(bytes, 1, bytes.length - 1);
    }

    @Test
    void aNameIsReadInLowerCaseWhetherCommonOrNot() {
        for (String name : List.of("p", "P", "Div", "SCRIPT", "h3", "H3", "href", "Class", "ul", "Strong", "kbd", "time",
                "custom-element", "x", "pp", "h7", "dataX", "a1", "Q", "sAmP", "", "@", "b:c")) {
            assertThat(lowerName(name)).as(name).isEqualTo(name.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void aCommonNameIsTheConstantItself() {
        // One string for every <p> of every page: its hash is worked out once, for the sets it is looked up in.
        for (String name : List.of("p", "div", "script", "h3", "code", "kbd", "mark", "time", "q", "samp", "strong",
                "ul", "href", "class", "alt")) {
            assertThat(lowerName(name.toUpperCase(Locale.ROOT))).as(name).isSameAs(lowerName(name));
        }
    }

    @Test
    void theLowestMarkedByteIsFoundInEveryPlaceWithAnyAbove() {
        for (int k = 0; k < Long.BYTES; k++) {
            for (long above = 0; above < 256; above++) {
                long highs = 0x80L << (8 * k);
                for (int j = k + 1; j < Long.BYTES; j++) {
                    highs |= ((above >> j) & 1) << (8 * j + 7);
                }
                assertThat(HtmlText.lowestByte(highs)).as("%x", highs).isEqualTo(Long.numberOfTrailingZeros(highs) >>> 3);
            }
        }
    }
}
