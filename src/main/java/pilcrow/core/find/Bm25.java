package pilcrow.core.find;

/**
 * A matched paragraph's relevance, as {@code find --rank} and the ranked {@code F} results order
 * them: BM25 with the pattern as its one term. Its inverse document frequency is the same for every
 * paragraph and left out; what orders is the term frequency (the paragraph's matches), saturating
 * ({@link #K1}), against the paragraph's length in words relative to the average of the paragraphs
 * that matched ({@link #B}).
 */
public final class Bm25 {

    /** BM25's usual constants (Lucene's BM25Similarity defaults). */
    public static final double K1 = 1.2;
    public static final double B = 0.75;

    private Bm25() {
    }

    /**
     * The score of a paragraph with {@code matches} matches and {@code words} words; 0 (last) when
     * its length is unknown (below 1: a large document's line, read in place).
     */
    public static double score(int matches, int words, double averageWords) {
        if (words < 1 || matches < 1) {
            return 0;
        }
        double norm = K1 * (1 - B + B * words / averageWords);
        return matches * (K1 + 1) / (matches + norm);
    }
}
