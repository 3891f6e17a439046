package pilcrow.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.text.LineSpan;
import pilcrow.core.text.Wrapper;
import pilcrow.terminal.JLineTextMeasure;

/**
 * Wrapping and layout with the reader's own measure (JLine's cell widths per grapheme):
 * <ul>
 *   <li>one screen's worth: a prose paragraph of 2,000 characters, ASCII and mixed (accents written
 *       as combining marks, CJK, emoji with a skin tone), at 80 columns;</li>
 *   <li>a line of 1 MB with no line break, as logs and dumps have;</li>
 *   <li>the layout of a whole 1 MiB document (every paragraph with its margin), as a resize makes.</li>
 * </ul>
 * The baseline is the least any wrap must do: measuring every grapheme of the ASCII paragraph once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WrapBench {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Wrapper wrapper = new Wrapper(measure);
    private final DocumentLayout layout = new DocumentLayout(measure);
    private String ascii;
    private String mixed;
    private String hugeLine;
    private Document document;

    @Setup(Level.Trial)
    public void make() {
        SplittableRandom random = new SplittableRandom(3);
        ascii = Corpus.paragraph(random, 2000).replace('\n', ' ');
        StringBuilder spiced = new StringBuilder();
        String[] extras = {"cafe\u0301", "\u6f22\u5b57\u304b\u306a", "\ud83d\udc4d\ud83c\udffd", "na\u0308ive"};
        for (String word : ascii.split(" ")) {
            spiced.append(random.nextInt(5) == 0 ? extras[random.nextInt(extras.length)] : word).append(' ');
        }
        mixed = spiced.toString().strip();
        StringBuilder line = new StringBuilder(1 << 20);
        while (line.length() < 1_000_000) {
            line.append(ascii).append(' ');
        }
        hugeLine = line.toString();
        String text = Corpus.text(2, 1 << 20);
        document = PlainTextParser.parse("bench.txt", text, "bench", text.length());
    }

    @Benchmark
    public List<LineSpan> paragraphAscii() {
        return wrapper.wrapWords(ascii, 80);
    }

    @Benchmark
    public List<LineSpan> paragraphMixed() {
        return wrapper.wrapWords(mixed, 80);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<LineSpan> lineOfOneMegabyte() {
        return wrapper.wrapWords(hugeLine, 80);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<LayoutLine> documentOfOneMebibyte() {
        return layout.layout(document, 80, true);
    }

    @Benchmark
    public int baselineMeasureAscii() {
        int cells = 0;
        for (int i = 0; i < ascii.length(); i += measure.graphemeLength(ascii, i)) {
            cells += measure.graphemeWidth(ascii, i);
        }
        return cells;
    }
}
