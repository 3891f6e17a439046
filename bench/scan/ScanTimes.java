import java.nio.file.Path;
import java.util.regex.Pattern;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.MappedSearch;

/**
 * One JVM, one figure of bench/scan-jit.sh: the time of the first paragraph index (as the reader
 * starts it, on every core) or the first find of a word (as the reader's find runs it) of a file,
 * in a fresh JVM, so the JIT starts cold, as it does in the reader. Prints milliseconds.
 *
 * usage: java [JIT flags] -cp pilcrow.jar:DIR ScanTimes index|find FILE [WORD]
 */
public final class ScanTimes {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        long t0 = System.nanoTime();
        long count;
        if (args[0].equals("index")) {
            LargeFile large = LargeFile.open(FileSource.of(file)).orElseThrow();
            count = large.index(snapshot -> { }, () -> false).index().count();
        } else {
            String word = args.length > 2 ? args[2] : "ZEBRAFINCH";
            count = new MappedSearch(file).search(Pattern.compile(Pattern.quote(word)), word, true)
                    .orElseThrow().found().size();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(ms + " " + count);
    }
}
