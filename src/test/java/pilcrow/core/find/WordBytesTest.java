package pilcrow.core.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import pilcrow.testing.CoreGens;

/** A word found in a range of bytes eight at a time is found exactly where String.indexOf finds it. */
class WordBytesTest {

    @Test
    void theWordIsInARangeExactlyWhenTheRangeHoldsItWhole() {
        qt().withExamples(3000).forAll(
                        CoreGens.joined(Generate.pick(java.util.List.of("zebra", "ZEB", "ra", "z", "a", "r", "q", "xx ",
                                "Zebra", "bz", "\n")), 0, 30, ""),
                        Generate.pick(java.util.List.of("zebra", "z", "ra", "bra", "Zeb", "zz", "r\nz")),
                        Generate.booleans(), Generate.range(0, 80).zip(Generate.range(0, 80), (a, b) -> new int[] {a, b}))
                .checkAssert((text, token, foldCase, ends) -> {
                    int a = ends[0];
                    int b = ends[1];
                    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
                    int from = Math.min(Math.min(a, b), bytes.length);
                    int to = Math.min(Math.max(a, b), bytes.length);
                    String word = foldCase ? token.toLowerCase(Locale.ROOT) : token;
                    WordBytes finder = new WordBytes(word.getBytes(StandardCharsets.US_ASCII), foldCase);
                    String range = text.substring(from, to);
                    boolean expected = (foldCase ? range.toLowerCase(Locale.ROOT) : range).contains(word);
                    assertThat(finder.isIn(bytes, from, to)).as("%s in [%d, %d) of %s", word, from, to, text)
                            .isEqualTo(expected);
                });
    }
}
