package pilcrow.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import pilcrow.core.find.Bm25;

/**
 * {@code find --rank}: the matches' lines ordered by their paragraph's BM25 score, best first,
 * instead of library order. The pattern is the one term (find matches it whole, a phrase
 * included), so its inverse document frequency is the same for every paragraph and leaves the
 * order alone: what orders is BM25's term frequency, saturating ({@link #K1}), against the
 * paragraph's length in words relative to the average of the paragraphs that matched ({@link #B}).
 * Equal scores keep library order, and a paragraph's lines stay together.
 */
final class Ranking {

    /** A matched paragraph: its matches and its length in words. Shared by its lines. */
    record Paragraph(int matches, int words) {
    }

    private final List<LibraryFind.Line> lines = new ArrayList<>();

    /** Keeps a match's line until the end; one without a paragraph (a large file's) ranks last. */
    synchronized void add(LibraryFind.Line line) {
        lines.add(line);
    }

    /** The lines, best paragraph first. */
    synchronized List<String> ordered() {
        Map<Paragraph, Boolean> distinct = new IdentityHashMap<>();
        for (LibraryFind.Line line : lines) {
            if (line.paragraph() != null) {
                distinct.put(line.paragraph(), true);
            }
        }
        double average = distinct.keySet().stream().mapToInt(p -> Math.max(1, p.words())).average().orElse(1);
        List<LibraryFind.Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((LibraryFind.Line line) -> score(line.paragraph(), average)).reversed());
        return sorted.stream().map(LibraryFind.Line::text).toList();
    }

    /** BM25 of one paragraph, the pattern its one term ({@link Bm25}). */
    static double score(Paragraph paragraph, double averageWords) {
        return paragraph == null ? 0 : Bm25.score(paragraph.matches(), Math.max(1, paragraph.words()), averageWords);
    }
}
