package pilcrow.app;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list that grows by whole batches without copying what it holds: results of a
 * search stream in batches, and copying every earlier result at each batch would cost quadratic
 * time on a common word in a big document. Appending copies only the list of batches.
 */
final class Appended<T> extends AbstractList<T> implements RandomAccess {

    private static final Appended<?> EMPTY = new Appended<>(List.of(), new int[0]);

    private final List<List<T>> batches;
    /** ends[i]: the size of the list up to and including batch i. */
    private final int[] ends;

    private Appended(List<List<T>> batches, int[] ends) {
        this.batches = batches;
        this.ends = ends;
    }

    @SuppressWarnings("unchecked")
    static <T> Appended<T> empty() {
        return (Appended<T>) EMPTY;
    }

    /** This list and then {@code more} (which must not change afterwards). */
    Appended<T> plus(List<T> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<List<T>> grown = new ArrayList<>(batches.size() + 1);
        grown.addAll(batches);
        grown.add(List.copyOf(more));
        int[] grownEnds = java.util.Arrays.copyOf(ends, ends.length + 1);
        grownEnds[ends.length] = size() + more.size();
        return new Appended<>(List.copyOf(grown), grownEnds);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int batch = java.util.Arrays.binarySearch(ends, index + 1);
        batch = batch >= 0 ? batch : -batch - 1;
        int start = batch == 0 ? 0 : ends[batch - 1];
        return batches.get(batch).get(index - start);
    }

    @Override
    public int size() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }
}
