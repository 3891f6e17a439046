package pilcrow.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import pilcrow.core.find.SearchQuery;

/**
 * The library roots a reader's {@code F} may ask an index about, and the data folder their
 * indexes are in: each search asks {@link IndexedRoots} afresh, so it sees the index as the last
 * update left it, and the same freshness rule as {@code pilcrow find} (a document changed since it
 * was indexed is read).
 *
 * @param roots folders as absolute, normalized paths: the form the reader's rows are named in
 */
public record LibraryIndexes(Path dataDir, List<String> roots) {

    /** No index asked: every document is read. */
    public static final LibraryIndexes NONE = new LibraryIndexes(null, List.of());

    public LibraryIndexes {
        roots = List.copyOf(roots);
    }

    /** The folders among {@code paths}, named as the reader names their documents. */
    public static LibraryIndexes of(Path dataDir, List<String> paths) {
        if (dataDir == null) {
            return NONE;
        }
        List<String> roots = paths.stream().filter(p -> !p.equals("-"))
                .map(p -> Path.of(p).toAbsolutePath().normalize())
                .filter(java.nio.file.Files::isDirectory).map(Path::toString).toList();
        return new LibraryIndexes(dataDir, roots);
    }

    /** What the roots' indexes say of {@code query}; none when no index can narrow it. */
    Optional<IndexedRoots> open(SearchQuery query) {
        return dataDir == null || roots.isEmpty() ? Optional.empty() : IndexedRoots.open(dataDir, roots, query);
    }
}
