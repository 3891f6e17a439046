package pilcrow.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Deterministic text for the benchmarks, made in the run (no corpus on disk needed): prose
 * paragraphs of made-up words separated by blank lines, the shape {@code mkcorpus big} gives, with
 * a marker word only in the last paragraph.
 */
final class Corpus {

    static final String MARKER = "ZEBRAFINCH";

    private static final String[] WORDS = {
        "the", "of", "and", "a", "reader", "paragraph", "terminal", "quietly", "lantern", "margin",
        "river", "index", "across", "whose", "never", "window", "stone", "letters", "under", "bright",
        "harbour", "winter", "copper", "moss", "several", "between", "folded", "ink", "north", "page",
    };

    private Corpus() {
    }

    /** One paragraph of about {@code chars} characters, wrapped at about 72 columns as text files are. */
    static String paragraph(SplittableRandom random, int chars) {
        StringBuilder text = new StringBuilder(chars + 16);
        int column = 0;
        while (text.length() < chars) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (column > 0 && column + word.length() > 72) {
                text.append('\n');
                column = 0;
            } else if (column > 0) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        return text.append('.').toString();
    }

    /** Paragraphs up to {@code bytes}, blank-line separated, the marker in the last one only. */
    static String text(long seed, int bytes) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(bytes + 1024);
        text.append("A Benchmark Document\n\n");
        while (text.length() < bytes) {
            text.append(paragraph(random, 200 + random.nextInt(800))).append("\n\n");
        }
        return text.append("The end, with the ").append(MARKER).append(" at last.\n").toString();
    }

    /** Writes about {@code mib} MiB of such text to a new temporary file (ASCII, so bytes are chars). */
    static Path file(long seed, int mib) throws IOException {
        Path file = Files.createTempFile("pilcrow-bench-", ".txt");
        SplittableRandom random = new SplittableRandom(seed);
        long target = (long) mib << 20;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("A Benchmark Document\n\n");
            while (written < target) {
                String paragraph = paragraph(random, 200 + random.nextInt(800));
                out.write(paragraph);
                out.write("\n\n");
                written += paragraph.length() + 2;
            }
            out.write("The end, with the " + MARKER + " at last.\n");
        }
        return file;
    }
}
