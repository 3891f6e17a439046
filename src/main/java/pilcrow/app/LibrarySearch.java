package pilcrow.app;

import java.util.List;
import pilcrow.core.find.SearchQuery;

/**
 * A search across every document, its hits streaming in from the background.
 *
 * @param scanned      documents searched so far, of {@code total}
 * @param partPerMille how far into the next document, while a large one is scanned (else 0)
 * @param visiting     the library entry opened from these results, which its reader goes back to
 *                     them from; -1 when none is
 */
public record LibrarySearch(long id, SearchQuery query, List<Hit> hits, ListState list, boolean running,
                            int scanned, int total, int partPerMille, int visiting) {

    public LibrarySearch {
        hits = hits instanceof Appended<Hit> ? hits : Appended.<Hit>empty().plus(hits);
    }

    public LibrarySearch(long id, SearchQuery query, List<Hit> hits, ListState list, boolean running, int scanned,
                         int total) {
        this(id, query, hits, list, running, scanned, total, 0, -1);
    }

    LibrarySearch withHits(List<Hit> more, int scannedNow, int partNow, boolean done) {
        return new LibrarySearch(id, query, ((Appended<Hit>) hits).plus(more), list, !done, scannedNow, total,
                partNow, visiting);
    }

    LibrarySearch withList(ListState value) {
        return new LibrarySearch(id, query, hits, value, running, scanned, total, partPerMille, visiting);
    }

    LibrarySearch stopped() {
        return new LibrarySearch(id, query, hits, list, false, scanned, total, partPerMille, visiting);
    }

    /** The same results, entry {@code entry} opened from them (-1: none, they were left). */
    LibrarySearch visiting(int entry) {
        return new LibrarySearch(id, query, hits, list, running, scanned, total, partPerMille, entry);
    }

    /** Whether the reader on {@code entry} was opened from these results, so it goes back to them. */
    boolean visited(int entry) {
        return visiting >= 0 && visiting == entry;
    }
}
