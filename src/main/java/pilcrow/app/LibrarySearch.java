package pilcrow.app;

import java.util.List;
import pilcrow.core.find.SearchQuery;

/**
 * A search across every document, its hits streaming in from the background.
 *
 * @param scanned documents searched so far, of {@code total}
 */
public record LibrarySearch(long id, SearchQuery query, List<Hit> hits, ListState list, boolean running,
                            int scanned, int total) {

    public LibrarySearch {
        hits = hits instanceof Appended<Hit> ? hits : Appended.<Hit>empty().plus(hits);
    }

    LibrarySearch withHits(List<Hit> more, int scannedNow, boolean done) {
        return new LibrarySearch(id, query, ((Appended<Hit>) hits).plus(more), list, !done, scannedNow, total);
    }

    LibrarySearch withList(ListState value) {
        return new LibrarySearch(id, query, hits, value, running, scanned, total);
    }

    LibrarySearch stopped() {
        return new LibrarySearch(id, query, hits, list, false, scanned, total);
    }
}
