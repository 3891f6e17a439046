package pilcrow.bench;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
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
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;

/**
 * The paragraph index of a large file ({@link LargeFile#index}, on every core, as the reader builds
 * it), next to its floor: reading every long of the same mapping on one thread and nothing else.
 * GiB/s = size / time; the ratio of the two says how far the index is from the memory's speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexBench {

    @Param("256")
    public int mib;

    private Path file;

    @Setup(Level.Trial)
    public void makeFile() throws IOException {
        file = Corpus.file(6, mib);
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long index() throws IOException {
        LargeFile large = LargeFile.open(FileSource.of(file)).orElseThrow();
        return large.index(snapshot -> { }, () -> false).index().count();
    }

    @Benchmark
    public long baselineReadEveryLong() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long sum = 0;
            for (long at = 0; at < size; at += 1L << 30) {
                MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(1L << 30, size - at));
                map.order(ByteOrder.LITTLE_ENDIAN);
                int longs = map.capacity() >>> 3;
                for (int i = 0; i < longs; i++) {
                    sum += map.getLong(i << 3);
                }
            }
            return sum;
        }
    }
}
