package pilcrow.app;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.find.FuzzyFilter;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * The document list: the filter typed, the entries it lets through (indexes into the library, in
 * library order), the selected row among those, and the first row shown.
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

    /** Applies a new filter; the selection moves to the first entry let through. */
    public ListState filtered(String text, List<LibraryDocument> entries) {
        List<Integer> through = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (text.isEmpty() || matches(text, entries.get(i))) {
                through.add(i);
            }
        }
        return new ListState(0, 0, text, through);
    }

    /** Whether the filter lets an entry through, by its title or its path. */
    public static boolean matches(String filter, LibraryDocument entry) {
        return FuzzyFilter.match(filter, Sanitizer.line(entry.title())) != null
                || FuzzyFilter.match(filter, Sanitizer.line(entry.path())) != null;
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
