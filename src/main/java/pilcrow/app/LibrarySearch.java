package pilcrow.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pilcrow.core.find.Bm25;
import pilcrow.core.find.SearchQuery;

/**
 * A search across every document, its hits streaming in from the background.
 *
 * @param scanned      documents searched so far, of {@code total}
 * @param partPerMille how far into the next document, while a large one is scanned (else 0)
 * @param visiting     the library entry opened from these results, which its reader goes back to
 *                     them from; -1 when none is
 * @param ranked       shown best paragraph first ({@link Bm25}, as {@code find --rank}) instead of in
 *                     library order
 */
public record LibrarySearch(long id, SearchQuery query, List<Hit> hits, ListState list, boolean running,
                            int scanned, int total, int partPerMille, int visiting, boolean ranked) {

    public LibrarySearch {
        hits = hits instanceof Appended<Hit> ? hits : Appended.<Hit>empty().plus(hits);
    }

    public LibrarySearch(long id, SearchQuery query, List<Hit> hits, ListState list, boolean running, int scanned,
                         int total) {
        this(id, query, hits, list, running, scanned, total, 0, -1, false);
    }

    public LibrarySearch(long id, SearchQuery query, List<Hit> hits, ListState list, boolean running,
                         int scanned, int total, int partPerMille, int visiting) {
        this(id, query, hits, list, running, scanned, total, partPerMille, visiting, false);
    }

    /**
     * The hits as the list shows them, its rows: in library order, or ranked, best paragraph first
     * (equal scores in library order, a paragraph's matches together; a large document's lines,
     * whose paragraphs are not measured, last). Ranked again as hits arrive, as {@code find --rank}
     * ranks once all are in.
     */
    public List<Hit> shown() {
        if (!ranked || hits.size() < 2) {
            return hits;
        }
        Map<Long, Integer> matches = new HashMap<>();
        long measured = 0;
        long words = 0;
        for (Hit hit : hits) {
            if (matches.merge(place(hit), 1, Integer::sum) == 1 && hit.words() > 0) {
                measured++;
                words += hit.words();
            }
        }
        double average = measured == 0 ? 1 : (double) words / measured;
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingDouble((Hit hit) -> Bm25.score(matches.get(place(hit)), hit.words(), average))
                .reversed());
        return sorted;
    }

    /** A paragraph of a document, as one number: the entry above, the paragraph below. */
    private static long place(Hit hit) {
        return ((long) hit.entry() << 32) | (hit.match().paragraph() & 0xffffffffL);
    }

    /** The same results in the other order, the first row selected. */
    LibrarySearch reordered() {
        return new LibrarySearch(id, query, hits, new ListState(0, 0, "", list.visible()), running, scanned, total,
                partPerMille, visiting, !ranked);
    }

    LibrarySearch withHits(List<Hit> more, int scannedNow, int partNow, boolean done) {
        return new LibrarySearch(id, query, ((Appended<Hit>) hits).plus(more), list, !done, scannedNow, total,
                partNow, visiting, ranked);
    }

    LibrarySearch withList(ListState value) {
        return new LibrarySearch(id, query, hits, value, running, scanned, total, partPerMille, visiting, ranked);
    }

    LibrarySearch stopped() {
        return new LibrarySearch(id, query, hits, list, false, scanned, total, partPerMille, visiting, ranked);
    }

    /** The same results, entry {@code entry} opened from them (-1: none, they were left). */
    LibrarySearch visiting(int entry) {
        return new LibrarySearch(id, query, hits, list, running, scanned, total, partPerMille, entry, ranked);
    }

    /** Whether the reader on {@code entry} was opened from these results, so it goes back to them. */
    boolean visited(int entry) {
        return visiting >= 0 && visiting == entry;
    }
}
