package pilcrow.app;

/**
 * Where a document was left: the first paragraph line at the top of the screen, as (paragraph,
 * character offset in it), so the place is the same at any width. (1, 0) is the very top.
 */
public record Place(int paragraph, int offset) {

    static final Place TOP = new Place(1, 0);

    /**
     * How far through a document of {@code paragraphs} this place is, 0-100: 0 on the first
     * paragraph, 100 on the last, evenly between. The one measure of the list's READ column and
     * the reader's status line: a place is all the list knows of a document it shows.
     */
    public int percentOf(int paragraphs) {
        if (paragraphs <= 1) {
            return paragraph >= 1 ? 100 : 0;
        }
        int clamped = Math.max(1, Math.min(paragraph, paragraphs));
        return (clamped - 1) * 100 / (paragraphs - 1);
    }
}
