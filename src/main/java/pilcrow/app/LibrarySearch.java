package pilcrow.app;

import java.util.ArrayList;
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
        hits = List.copyOf(hits);
    }

    LibrarySearch withHits(List<Hit> more, int scannedNow, boolean done) {
        List<Hit> all = new ArrayList<>(hits);
        all.addAll(more);
        return new LibrarySearch(id, query, all, list, !done, scannedNow, total);
    }

    LibrarySearch withList(ListState value) {
        return new LibrarySearch(id, query, hits, value, running, scanned, total);
    }

    LibrarySearch stopped() {
        return new LibrarySearch(id, query, hits, list, false, scanned, total);
    }
}
