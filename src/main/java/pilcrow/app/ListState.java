package pilcrow.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;
import pilcrow.core.find.FuzzyFilter;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * The document list: the filter typed, the entries it lets through (indexes into the library,
 * best match first), the selected row among those, and the first row shown.
 */
public record ListState(int selected, int top, String filter, List<Integer> visible) {

    public ListState {
        visible = visible instanceof Indexes ? visible : List.copyOf(visible);
    }

    public static ListState of(List<LibraryDocument> entries) {
        return new ListState(0, 0, "", all(entries.size()));
    }

    /** The library index of the selected entry, or -1 when nothing is shown. */
    public int selectedEntry() {
        return selected < visible.size() ? visible.get(selected) : -1;
    }

    /** Selects row {@code index} (clamped) and scrolls just enough to keep it in view. */
    public ListState select(int index, int visibleRows) {
        int count = visible.size();
        int row = clamp(index, 0, Math.max(0, count - 1));
        int first = top;
        if (row < first) {
            first = row;
        } else if (visibleRows > 0 && row >= first + visibleRows) {
            first = row - visibleRows + 1;
        }
        return new ListState(row, clamp(first, 0, Math.max(0, count - Math.max(1, visibleRows))), filter, visible);
    }

    /**
     * Applies a new filter: the entries it lets through, best match first (ties in library order),
     * as fzf ranks; the selection moves to the first.
     */
    public ListState filtered(String text, List<LibraryDocument> entries) {
        return filtered(text, entries, ListState::score);
    }

    /**
     * The rows of any list that the filter lets through (all of them for no text), best scored
     * first, ties in their own order, the first selected: the one filter of every list that has one.
     *
     * @param score how well a row matches the text; negative for a row it does not let through
     */
    static <T> ListState filtered(String text, List<T> rows, ToIntBiFunction<String, T> score) {
        if (text.isEmpty()) {
            return new ListState(0, 0, text, all(rows.size()));
        }
        List<int[]> ranked = new ArrayList<>(); // {score, index}
        for (int i = 0; i < rows.size(); i++) {
            int scored = score.applyAsInt(text, rows.get(i));
            if (scored >= 0) {
                ranked.add(new int[] {scored, i});
            }
        }
        ranked.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        return new ListState(0, 0, text, ranked.stream().map(r -> r[1]).toList());
    }

    /** A match in the file's own name is worth this much more than the same match elsewhere. */
    private static final int BASE_NAME = 8;

    /** How well the filter matches an entry: the best of its title, its file name and its path; negative for none. */
    static int score(String filter, LibraryDocument entry) {
        String path = Sanitizer.line(entry.path());
        int name = FuzzyFilter.score(filter, path.substring(path.lastIndexOf('/') + 1));
        return Math.max(FuzzyFilter.score(filter, Sanitizer.line(entry.title())),
                Math.max(name < 0 ? name : name + BASE_NAME, FuzzyFilter.score(filter, path)));
    }

    /** 0 to count - 1, without a list of that size: results lists grow with every batch. */
    static List<Integer> all(int count) {
        return new Indexes(count);
    }

    private static final class Indexes extends java.util.AbstractList<Integer> implements java.util.RandomAccess {
        private final int count;

        Indexes(int count) {
            this.count = count;
        }

        @Override
        public Integer get(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException(index);
            }
            return index;
        }

        @Override
        public int size() {
            return count;
        }
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
