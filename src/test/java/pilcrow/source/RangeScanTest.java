package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pilcrow.core.find.Guard;
import pilcrow.testing.SourceGens;

/** Parts run in parallel and taken in order, cancelled between parts, their failures rethrown as themselves. */
class RangeScanTest {

    private static List<RangeScan.Part<Integer>> parts(int count, AtomicInteger running, AtomicInteger most) {
        List<RangeScan.Part<Integer>> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int value = i;
            parts.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                for (int spin = (value * 7919) % 13; spin > 0; spin--) {
                    Thread.yield(); // parts end out of order
                }
                running.decrementAndGet();
                return value * value;
            });
        }
        return parts;
    }

    @Test
    void resultsAreTakenInTheirPartsOrderWithAtMostAheadStarted() {
        qt().withExamples(200).forAll(integers().between(0, 40), integers().between(1, 6), integers().between(1, 10))
                .checkAssert((count, threads, ahead) -> SourceGens.checking(() -> {
                    AtomicInteger running = new AtomicInteger();
                    AtomicInteger most = new AtomicInteger();
                    List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
                    List<Integer> order = new ArrayList<>();
                    boolean whole = new RangeScan("pilcrow-test-scan", "test", threads)
                            .run(parts(count, running, most), ahead, () -> false, (i, result) -> {
                                order.add(i);
                                taken.add(result);
                            });
                    assertThat(whole).isTrue();
                    List<Integer> expected = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        expected.add(i * i);
                        assertThat(order.get(i)).isEqualTo(i);
                    }
                    assertThat(taken).isEqualTo(expected);
                    assertThat(most.get()).isLessThanOrEqualTo(Math.min(threads, ahead));
                }));
    }

    @Test
    void cancelledBetweenPartsNoMoreAreTakenOrStarted() throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger ran = new AtomicInteger();
        List<RangeScan.Part<Integer>> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int value = i;
            parts.add(() -> {
                ran.incrementAndGet();
                return value;
            });
        }
        List<Integer> taken = new ArrayList<>();
        boolean whole = new RangeScan("pilcrow-test-scan", "test", 1).run(parts, 1, cancelled::get, (i, result) -> {
            taken.add(result);
            if (i == 3) {
                cancelled.set(true);
            }
        });
        assertThat(whole).isFalse();
        assertThat(taken).containsExactly(0, 1, 2, 3);
        assertThat(ran.get()).as("one ahead, and that one sees the cancel before it runs").isLessThanOrEqualTo(5);
    }

    @Test
    void aPartsFailureIsRethrownAsItself() {
        IOException io = new IOException("the file changed");
        Guard.Stopped stopped = stopped();
        RangeScan scan = new RangeScan("pilcrow-test-scan", "test", 2);
        assertThatThrownBy(() -> scan.run(List.<RangeScan.Part<Integer>>of(() -> 1, () -> {
            throw io;
        }), 2, () -> false, (i, r) -> { })).isSameAs(io);
        assertThatThrownBy(() -> scan.run(List.<RangeScan.Part<Integer>>of(() -> {
            throw stopped;
        }), 2, () -> false, (i, r) -> { })).isSameAs(stopped);
        IllegalStateException bug = new IllegalStateException("a bug");
        assertThatThrownBy(() -> scan.run(List.<RangeScan.Part<Integer>>of(() -> {
            throw bug;
        }), 2, () -> false, (i, r) -> { })).isInstanceOf(IOException.class).hasCause(bug);
    }

    /** A guard's stop, as a part's matcher throws it. */
    private static Guard.Stopped stopped() {
        try {
            Guard.of(() -> true, 1, System::nanoTime).matcher(java.util.regex.Pattern.compile("a"), "a");
        } catch (Guard.Stopped stopped) {
            return stopped;
        }
        throw new AssertionError("a cancelled guard starts no step");
    }

    @Test
    void rangesCoverTheFileAndEndAfterALineBreak() {
        qt().withExamples(200).forAll(SourceGens.concatenated(SourceGens.pick(
                        new byte[] {'a'}, new byte[] {'b', 'c'}, new byte[] {'\n'}, new byte[] {'\r'}, new byte[] {'\r', '\n'}), 60, 200),
                        integers().between(0, 3), integers().between(1, 20))
                .checkAssert((bytes, begin, nominal) -> SourceGens.checking(() -> {
                    Path file = Files.createTempFile("ranges", ".txt");
                    try {
                        Files.write(file, bytes);
                        long from = Math.min(begin, bytes.length);
                        try (FileChannel channel = FileChannel.open(file)) {
                            List<RangeScan.Range> ranges = RangeScan.split(channel, from, bytes.length, nominal);
                            long at = from;
                            for (int r = 0; r < ranges.size(); r++) {
                                RangeScan.Range range = ranges.get(r);
                                assertThat(range.from()).isEqualTo(at);
                                assertThat(range.to()).isGreaterThan(range.from());
                                if (range.to() < bytes.length) {
                                    byte last = bytes[(int) range.to() - 1];
                                    assertThat(last == '\n' || last == '\r').as("range %d ends after a break", r).isTrue();
                                    assertThat(last == '\r' && bytes[(int) range.to()] == '\n').as("a CRLF kept whole").isFalse();
                                }
                                at = range.to();
                            }
                            assertThat(at).isEqualTo(Math.max(from, bytes.length));
                        }
                    } finally {
                        Files.delete(file);
                    }
                }));
    }
}
