package pilcrow.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators the core's property tests share: characters from ranges and sets,
 * strings and joined lists of pieces. Sizes reach both of their ends often (the empty string, the
 * empty list, the longest): plain random sizes would reach them seldom.
 */
public final class CoreGens {

    private CoreGens() {
    }

    /** A char from {@code from} to {@code to}, both included, each as likely. */
    public static Gen<Character> charsBetween(char from, char to) {
        return Generate.range(from, to).map(code -> (char) code.intValue());
    }

    /** One of the chars of {@code chars}, each as likely. */
    public static Gen<Character> charsOf(String chars) {
        List<Character> choices = new ArrayList<>();
        for (char c : chars.toCharArray()) {
            choices.add(c);
        }
        return Generate.pick(choices);
    }

    /** One char of all the given ranges (pairs of first and last char), each char as likely. */
    private static Gen<Character> charsOfRanges(char... firstAndLast) {
        List<Pair<Integer, Gen<Character>>> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < firstAndLast.length; i += 2) {
            ranges.add(Pair.of(firstAndLast[i + 1] - firstAndLast[i] + 1,
                    charsBetween(firstAndLast[i], firstAndLast[i + 1])));
        }
        return Generate.frequency(ranges);
    }

    /**
     * Any char but surrogates, the noncharacters (U+FDD0-FDEF, U+FFFE, U+FFFF) and the private
     * use area: the default char set of the property tests this replaced.
     */
    public static Gen<Character> anyCharButSurrogatesAndPrivateUse() {
        return charsOfRanges('\u0000', '\uD7FF', '\uF900', '\uFDCF', '\uFDF0', '\uFFFD');
    }

    /** A size from {@code min} to {@code max}: each end one time in ten, else any size as likely. */
    public static Gen<Integer> sizes(int min, int max) {
        return Generate.frequency(Pair.of(1, Generate.constant(min)), Pair.of(1, Generate.constant(max)),
                Pair.of(8, Generate.range(min, max)));
    }

    /** Lists of {@code min} to {@code max} items (see {@link #sizes}). */
    public static <T> Gen<List<T>> listsOf(Gen<T> items, int min, int max) {
        return lists().of(items).ofSizes(sizes(min, max));
    }

    /** Strings of {@code minLength} to {@code maxLength} chars (see {@link #sizes}). */
    public static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        return listsOf(chars, minLength, maxLength).map(CoreGens::join);
    }

    /** {@code min} to {@code max} pieces (see {@link #sizes}) joined with {@code separator}. */
    public static Gen<String> joined(Gen<String> pieces, int min, int max, String separator) {
        return listsOf(pieces, min, max).map(parts -> String.join(separator, parts));
    }

    private static String join(List<Character> chars) {
        StringBuilder out = new StringBuilder(chars.size());
        chars.forEach(out::append);
        return out.toString();
    }
}
