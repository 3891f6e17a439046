package pilcrow.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators the source, library and terminal properties share (QuickTheories): documents are
 * made of pieces picked from lists, joined; sizes are drawn so that most inputs stay small and
 * the longest still come up.
 */
public final class SourceGens {

    private SourceGens() {
    }

    /** One of the values, each as likely; a value listed twice comes up twice as often. */
    @SafeVarargs
    public static <T> Gen<T> pick(T... values) {
        return Generate.pick(List.of(values));
    }

    /**
     * Sizes from min to max for a property run {@code examples} times. A small span is drawn
     * evenly; a large one mostly up to a cutoff of min + max(10, sqrt(examples)), a tenth of the
     * time above it, and now and then max itself. This keeps a run of many examples quick while
     * it still reaches long inputs (the distribution these properties were first written with).
     */
    public static Gen<Integer> sizes(int min, int max, int examples) {
        int smallSpan = (int) Math.max(10, Math.round(Math.sqrt(examples)));
        if (max - min <= smallSpan) {
            return integers().between(min, max);
        }
        int cutoff = min + smallSpan;
        double longest = Math.min(0.02, 10.0 / examples);
        double aboveCutoff = (1 - longest) * (0.1 + longest);
        int perMillionLongest = (int) Math.round(longest * 1_000_000);
        int perMillionAbove = (int) Math.round(aboveCutoff * 1_000_000);
        // The small sizes first, so that the simplest example QuickTheories tries is the shortest.
        return Generate.frequency(List.of(
                Pair.of(1_000_000 - perMillionLongest - perMillionAbove, integers().between(min, cutoff)),
                Pair.of(perMillionAbove, integers().between(cutoff + 1, max)),
                Pair.of(perMillionLongest, Generate.constant(max))));
    }

    /** Lists of min to max elements, sized by {@link #sizes}. */
    public static <T> Gen<List<T>> listsOf(Gen<T> element, int min, int max, int examples) {
        return lists().of(element).ofSizes(sizes(min, max, examples));
    }

    /** Texts of min to max pieces joined by the separator. */
    public static Gen<String> joined(Gen<String> piece, String separator, int min, int max, int examples) {
        return listsOf(piece, min, max, examples).map(pieces -> String.join(separator, pieces));
    }

    /** Byte strings of up to max pieces laid end to end, shown as their bytes when a try fails. */
    public static Gen<byte[]> concatenated(Gen<byte[]> piece, int max, int examples) {
        return listsOf(piece, 0, max, examples).map(SourceGens::concatenate).describedAs(Arrays::toString);
    }

    private static byte[] concatenate(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Any byte, the extremes and zero among them. */
    public static Gen<Byte> anyByte() {
        return Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
    }

    /** Arrays of up to max bytes of any value. */
    public static Gen<byte[]> byteArrays(int max, int examples) {
        return Generate.byteArrays(sizes(0, max, examples), anyByte()).describedAs(Arrays::toString);
    }

    /**
     * Any character of the Basic Multilingual Plane but surrogates, noncharacters and private use,
     * each as likely, with U+0000 and U+FFFD (the edges of the range) coming up more often.
     */
    public static Gen<Character> anyCharacter() {
        Gen<Character> below = Generate.characters(0x0000, 0xD7FF);
        Gen<Character> between = Generate.characters(0xF900, 0xFDCF);
        Gen<Character> above = Generate.characters(0xFDF0, 0xFFFD);
        Gen<Character> edges = pick('\u0000', '\uFFFD');
        return Generate.frequency(List.of(Pair.of(0xD800, below), Pair.of(0xFDD0 - 0xF900, between),
                Pair.of(0xFFFE - 0xFDF0, above), Pair.of(0xD800 / 20, edges)));
    }

    /** Strings of up to max characters from {@link #anyCharacter}, the empty one among them. */
    public static Gen<String> anyStrings(int max, int examples) {
        return listsOf(anyCharacter(), 0, max, examples).map(chars -> {
            StringBuilder text = new StringBuilder(chars.size());
            chars.forEach(text::append);
            return text.toString();
        });
    }

    /** A check that may throw a checked exception: files written, patterns compiled. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    /**
     * Runs a check inside a QuickTheories lambda, which may throw no checked exception; what it
     * throws is rethrown unchecked, so it still fails the example and is shrunk and reported.
     */
    public static void checking(Check check) {
        try {
            check.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
