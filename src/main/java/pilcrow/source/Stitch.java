package pilcrow.source;

/**
 * A file's ranges, scanned apart, put back together in order as one text's paragraphs: whether a
 * range's first line starts a paragraph depends on the range before it (blank-line separated:
 * when that one ended on a blank line; one paragraph a line: whenever the line has text), and
 * every range's numbers follow the paragraphs before it. One rule for the index
 * ({@link LargeIndexer}) and the search ({@link MappedSearch}).
 */
final class Stitch {

    /**
     * Where one range's paragraphs stand in the file.
     *
     * @param before      paragraphs in the ranges before it
     * @param firstStarts its first line starts a paragraph (else it goes on with the one before)
     */
    record Placed(long before, boolean firstStarts) {

        /**
         * The number (from 1, title included) of the paragraph that holds a line of the range, from
         * the paragraph starts after the range's first line up to the line's own.
         */
        long number(long startsSoFar) {
            return before + (firstStarts ? 1 : 0) + startsSoFar;
        }
    }

    private final boolean blankSeparated;
    private boolean previousLastBlank = true;
    private long paragraphs;

    Stitch(boolean blankSeparated) {
        this.blankSeparated = blankSeparated;
    }

    boolean blankSeparated() {
        return blankSeparated;
    }

    /** Takes the next range in order: where its paragraphs stand. */
    Placed add(RangeShape range) {
        boolean firstStarts = range.firstLineIsText && (!blankSeparated || previousLastBlank);
        Placed placed = new Placed(paragraphs, firstStarts);
        paragraphs += (firstStarts ? 1 : 0) + range.startsAfterFirstLine(blankSeparated);
        if (range.firstLineSeen) {
            previousLastBlank = range.lastLineBlank;
        }
        return placed;
    }

    /** Paragraphs in the ranges taken so far (title and source line included). */
    long paragraphs() {
        return paragraphs;
    }
}
