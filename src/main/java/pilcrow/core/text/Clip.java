package pilcrow.core.text;

/** Cutting text to a number of terminal cells, keeping whole graphemes. */
public final class Clip {

    public static final String ELLIPSIS = "\u2026";

    private Clip() {
    }

    /**
     * {@code text} whole if it fits in {@code cells}, else an ellipsis and as much of its end as
     * fits: {@code …/bash/CHANGES.gz}. For paths, whose last parts tell most.
     */
    public static String keepEnd(String text, int cells, TextMeasure measure) {
        if (measure.width(text) <= cells) {
            return text;
        }
        int start = text.length();
        int used = 1;
        while (start > 0) {
            int previous = Character.offsetByCodePoints(text, start, -1);
            int width = measure.width(text.substring(previous, start));
            if (used + width > cells) {
                break;
            }
            used += width;
            start = previous;
        }
        return ELLIPSIS + text.substring(start);
    }

    /**
     * A path whole if it fits in {@code cells}, else cut in its middle, keeping its last name
     * whole where it can: {@code /home/…/pilcrow}, or {@code …/share/pilcrow} when the first
     * folder does not fit beside it, else as much of its end as fits. Both ends of a path tell
     * where it is; the middle is what a reader can best guess.
     */
    public static String middle(String path, int cells, TextMeasure measure) {
        if (measure.width(path) <= cells) {
            return path;
        }
        int firstFolderEnd = path.indexOf('/', path.startsWith("/") ? 1 : 0) + 1;
        if (firstFolderEnd > 0) {
            String head = path.substring(0, firstFolderEnd);
            String tail = fromFolder(keepEnd(path.substring(firstFolderEnd), cells - measure.width(head), measure));
            if (tail != null) {
                return head + tail;
            }
        }
        String tail = fromFolder(keepEnd(path, cells, measure));
        return tail != null ? tail : keepEnd(path, cells, measure);
    }

    /** "…ar/pilcrow" as "…/pilcrow": an elided end starting at a folder boundary; null if it holds none. */
    private static String fromFolder(String elidedEnd) {
        int slash = elidedEnd.indexOf('/');
        return elidedEnd.startsWith(ELLIPSIS) && slash > 0 ? ELLIPSIS + elidedEnd.substring(slash) : null;
    }
}
