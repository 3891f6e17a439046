package pilcrow.view;

import java.util.ArrayList;
import java.util.List;
import pilcrow.app.Search;
import pilcrow.core.find.Match;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.layout.LineKind;

/**
 * Which parts of a laid-out line are matches. A match that spans a wrap is cut into a piece on
 * each line; overlapping matches ("aa" in "aaaa") are merged so each char is drawn once, current
 * if any of its matches is the current one.
 */
final class Highlights {

    private Highlights() {
    }

    /** @param place the place of the paragraph or piece the line is in (a large document), else -1 */
    static List<Highlight> on(LayoutLine line, long place, Search search) {
        if (search == null || search.matches().isEmpty()) {
            return List.of();
        }
        if (line.kind() == LineKind.BLANK) {
            return List.of();
        }
        int paragraph = line.kind() == LineKind.TITLE ? Match.TITLE
                : line.kind() == LineKind.SOURCE ? Match.SOURCE : line.paragraph();
        // A source line is laid out after its dash; its matches count in the source alone.
        int shift = line.kind() == LineKind.SOURCE ? DocumentLayout.SOURCE_DASH.length() : 0;
        Match current = search.currentMatch();
        List<Highlight> pieces = new ArrayList<>();
        for (int i = firstOf(search.matches(), paragraph, place, line.start()); i < search.matches().size(); i++) {
            Match match = search.matches().get(i);
            if (match.paragraph() != paragraph || (match.inPiece() && match.piece() != place)
                    || match.start() + shift >= line.end()) {
                break;
            }
            int from = Math.max(match.start() + shift, line.start());
            int to = Math.min(match.end() + shift, line.end());
            if (from < to) {
                pieces.add(new Highlight(from - line.start(), to - line.start(), match.equals(current)));
            }
        }
        return merge(pieces);
    }

    /**
     * The first match in {@code paragraph} (in a piece, the first in {@code place} that may reach
     * the line starting at char {@code from}), by binary search over matches in document order.
     */
    private static int firstOf(List<Match> matches, int paragraph, long place, int from) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Match match = matches.get(mid);
            boolean before = match.paragraph() < paragraph || (match.paragraph() == paragraph && match.inPiece()
                    && (match.piece() < place || (match.piece() == place && match.start() < from)));
            if (before) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        // Matches that start before the line may reach into it (a piece can hold thousands of matches).
        while (low > 0 && matches.get(low - 1).paragraph() == paragraph && matches.get(low - 1).inPiece()
                && matches.get(low - 1).piece() == place && matches.get(low - 1).end() > from
                && from - matches.get(low - 1).start() < 4096) {
            low--;
        }
        return low;
    }

    /** Sorted, non-overlapping pieces; where a current piece overlaps others, it wins. */
    static List<Highlight> merge(List<Highlight> pieces) {
        if (pieces.size() < 2) {
            return pieces;
        }
        int end = pieces.stream().mapToInt(Highlight::to).max().orElse(0);
        int[] marks = new int[end];
        for (Highlight piece : pieces) {
            for (int c = piece.from(); c < piece.to(); c++) {
                marks[c] = Math.max(marks[c], piece.current() ? 2 : 1);
            }
        }
        List<Highlight> merged = new ArrayList<>();
        int c = 0;
        while (c < end) {
            if (marks[c] == 0) {
                c++;
                continue;
            }
            int start = c;
            int kind = marks[c];
            while (c < end && marks[c] == kind) {
                c++;
            }
            merged.add(new Highlight(start, c, kind == 2));
        }
        return merged;
    }
}
