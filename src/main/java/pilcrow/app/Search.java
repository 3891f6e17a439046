package pilcrow.app;

import java.util.List;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;

/**
 * A find in the open document, filled in by background results.
 *
 * @param id       the background search feeding it; results with another id are stale
 * @param matches  every match found so far, in document order
 * @param current  the index of the current match, or -1 before one is chosen
 * @param running  results are still coming
 * @param scanned  paragraphs searched so far, of {@code total}
 * @param origin   where the reader was when the find prompt opened: Esc goes back there, and the
 *                 first match at or after it becomes current
 * @param target   a match to make current when it arrives (opening a library search hit), or null
 * @param previous the search before this prompt opened, which Esc brings back (as less does), or null
 */
public record Search(long id, SearchQuery query, List<Match> matches, int current, boolean running, int scanned,
                     int total, ReaderState origin, Match target, Search previous) {

    public Search {
        matches = matches instanceof Appended<Match> ? matches : Appended.<Match>empty().plus(matches);
    }

    public static Search start(long id, SearchQuery query, int total, ReaderState origin, Match target) {
        return new Search(id, query, Appended.empty(), -1, true, 0, total, origin, target, null);
    }

    Search withPrevious(Search value) {
        return new Search(id, query, matches, current, running, scanned, total, origin, target,
                value == null ? null : value.withPrevious(null));
    }

    Search withResults(List<Match> more, int scannedNow, boolean done) {
        return new Search(id, query, ((Appended<Match>) matches).plus(more), current, !done, scannedNow, total,
                origin, target, previous);
    }

    Search withCurrent(int index) {
        return new Search(id, query, matches, index, running, scanned, total, origin, target, previous);
    }

    Search stopped() {
        return new Search(id, query, matches, current, false, scanned, total, origin, target, previous);
    }

    public Match currentMatch() {
        return current >= 0 && current < matches.size() ? matches.get(current) : null;
    }
}
