package pilcrow.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents searched in parallel and taken in library order, from a list or from a scan still going on. */
class LibrarySearchEngineTest {

    /** Documents handed out as a scan finds them: {@code chunk} at a time, by another thread. */
    private static final class Scan implements LibrarySearchEngine.Documents<Integer> {
        private final List<Integer> found = new ArrayList<>();
        private boolean over;

        Scan(int count, int chunk) {
            Thread scanner = new Thread(() -> {
                for (int i = 0; i < count; i++) {
                    synchronized (this) {
                        found.add(i);
                        if (found.size() % chunk == 0) {
                            notifyAll();
                        }
                    }
                    Thread.yield();
                }
                synchronized (this) {
                    over = true;
                    notifyAll();
                }
            });
            scanner.setDaemon(true);
            scanner.start();
        }

        @Override
        public synchronized List<Integer> next(int from, int max) {
            while (!over && found.size() - from < max) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return ready(from, max);
        }

        @Override
        public synchronized List<Integer> ready(int from, int max) {
            if (!over && found.size() - from < max) {
                return List.of();
            }
            return List.copyOf(found.subList(Math.min(from, found.size()), Math.min(found.size(), from + max)));
        }
    }

    /** A document's result: its square, found after a spin so that batches end out of order. */
    private static int square(int index, int document) {
        for (int spin = (document * 7919) % 17; spin > 0; spin--) {
            Thread.yield();
        }
        return index == document ? document * document : -1;
    }

    @Test
    void everyDocumentIsTakenOnceInLibraryOrderWhateverTheThreadsAndTheScan() {
        qt().withExamples(150).forAll(integers().between(0, 300), integers().between(1, 4), integers().between(1, 70))
                .checkAssert((count, threads, chunk) -> {
                    List<Integer> taken = new ArrayList<>();
                    List<Integer> batchEnds = new ArrayList<>();
                    boolean whole = new LibrarySearchEngine<Integer, Integer>("pilcrow-test-search", threads,
                            () -> false, true).run(new Scan(count, chunk), LibrarySearchEngineTest::square,
                            new LibrarySearchEngine.Sink<>() {
                                @Override
                                public boolean take(int index, Integer document, Integer result) {
                                    assertThat(document).isEqualTo(index);
                                    taken.add(result);
                                    return true;
                                }

                                @Override
                                public boolean batchTaken(int end) {
                                    batchEnds.add(end);
                                    return true;
                                }
                            });
                    assertThat(whole).isTrue();
                    assertThat(taken).isEqualTo(squares(count));
                    assertThat(batchEnds).isSorted().allMatch(end -> end.equals(count) || end % LibrarySearchEngine.BATCH == 0);
                    assertThat(batchEnds.isEmpty() ? 0 : batchEnds.get(batchEnds.size() - 1)).isEqualTo(count);
                });
    }

    private static List<Integer> squares(int count) {
        List<Integer> squares = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            squares.add(i * i);
        }
        return squares;
    }

    @Test
    void aListIsTakenInOrderAndTheSinkMayStopIt() {
        List<Integer> documents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            documents.add(i);
        }
        List<Integer> taken = new ArrayList<>();
        boolean whole = new LibrarySearchEngine<Integer, Integer>("pilcrow-test-search", 3, () -> false, true)
                .run(LibrarySearchEngine.Documents.of(documents), LibrarySearchEngineTest::square,
                        (index, document, result) -> taken.add(result) && index < 99);
        assertThat(whole).isFalse();
        assertThat(taken).isEqualTo(squares(100));
    }

    @Test
    void aWorkersFailureIsRethrownAsItselfAndStopsTheOthers() {
        List<Integer> documents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            documents.add(i);
        }
        LibrarySearchEngine<Integer, Integer> engine =
                new LibrarySearchEngine<>("pilcrow-test-search", 2, () -> false, true);
        assertThatThrownBy(() -> engine.run(LibrarySearchEngine.Documents.of(documents), (index, document) -> {
            if (document == 40) {
                throw new StackOverflowError("too deep");
            }
            return document;
        }, (index, document, result) -> true)).isInstanceOf(StackOverflowError.class).hasMessage("too deep");
        assertThat(engine.stopped()).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().equals("pilcrow-test-search") && t.isAlive());
    }

    @Test
    void cancelledItTakesNothingMore() {
        List<Integer> documents = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            documents.add(i);
        }
        boolean[] cancelled = {false};
        List<Integer> taken = new ArrayList<>();
        boolean whole = new LibrarySearchEngine<Integer, Integer>("pilcrow-test-search", 2, () -> cancelled[0], true)
                .run(LibrarySearchEngine.Documents.of(documents), (index, document) -> document,
                        (index, document, result) -> {
                            taken.add(result);
                            cancelled[0] = index == 70;
                            return true;
                        });
        assertThat(whole).isFalse();
        assertThat(taken).hasSize(71);
    }
}
