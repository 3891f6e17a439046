package pilcrow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.find.Finder;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.source.MappedSearch;

/**
 * Find, the word only the last paragraph holds:
 * <ul>
 *   <li>in a document held in memory ({@link Finder}, as the reader searches a small document),
 *       next to {@code String.indexOf} of the same word over the same text, joined;</li>
 *   <li>in a large file where it lies ({@link MappedSearch}, on every core, as {@code pilcrow find}
 *       and the reader search a large document), smart case (lower case: any case) and exact case.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FindBench {

    @Param("8")
    public int documentMib;

    @Param("256")
    public int fileMib;

    private Document document;
    private String joined;
    private Pattern anyCase;
    private Pattern exactCase;
    private Path file;

    @Setup(Level.Trial)
    public void make() throws IOException, InvalidPatternException {
        String text = Corpus.text(4, documentMib << 20);
        document = PlainTextParser.parse("bench.txt", text, "bench", text.length());
        StringBuilder all = new StringBuilder(text.length());
        document.blocks().forEach(block -> all.append(block.text()).append('\n'));
        joined = all.toString();
        anyCase = SearchQuery.literal(Corpus.MARKER.toLowerCase()).compile();
        exactCase = SearchQuery.literal(Corpus.MARKER).compile();
        file = Corpus.file(5, fileMib);
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public List<Match> documentAnyCase() {
        return Finder.find(document, anyCase);
    }

    @Benchmark
    public List<Match> documentExactCase() {
        return Finder.find(document, exactCase);
    }

    @Benchmark
    public int baselineIndexOfJoinedText() {
        return joined.indexOf(Corpus.MARKER);
    }

    @Benchmark
    public Object fileAnyCase() throws IOException {
        return new MappedSearch(file).search(anyCase, Corpus.MARKER.toLowerCase(), false).orElseThrow();
    }

    @Benchmark
    public Object fileExactCase() throws IOException {
        return new MappedSearch(file).search(exactCase, Corpus.MARKER, true).orElseThrow();
    }
}
