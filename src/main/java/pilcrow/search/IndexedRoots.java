package pilcrow.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import pilcrow.core.find.SearchQuery;
import pilcrow.index.IndexFolders;
import pilcrow.index.Indexer;
import pilcrow.index.LibraryIndex;
import pilcrow.index.LuceneIndex;
import pilcrow.source.FileSource;
import pilcrow.source.Stamp;
import pilcrow.index.Terms;

/**
 * The one decision between the index and the scan, for a search across library roots: a document
 * under a root with an index is left unread when the index knows it as it is now (same size and
 * modification time) and says it cannot hold the query, or, for a search that only lists
 * documents, says it surely does and the file can still be read; every other document is read and
 * searched as the scan does. So the output is the scan's, only sooner.
 */
public final class IndexedRoots implements Predicate<Path>, AutoCloseable {

    /**
     * A searched path with an index (its own or a folder's above it, whose documents under it are
     * named with {@code prefix} before their path from it), and the index's answer for this query.
     */
    private record Root(Path path, String prefix, LibraryIndex index, LibraryIndex.Candidates candidates) {
    }

    private final List<Root> roots;

    private IndexedRoots(List<Root> roots) {
        this.roots = roots;
    }

    /**
     * What the indexes of the folders among {@code paths} say of {@code query}; none when no folder
     * has a usable index or the query cannot be narrowed (then nothing is skipped).
     */
    public static Optional<IndexedRoots> open(Path dataDir, List<String> paths, SearchQuery query) {
        if (Terms.parts(query) == null) {
            return Optional.empty(); // nothing to ask (a blank pattern, a regex without a required literal): all read
        }
        List<Root> roots = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            if (name.equals("-") || !Files.isDirectory(path)) {
                continue;
            }
            try {
                // The folder's own index, else the nearest folder's above it that has one: a user
                // who indexed a library searches its parts too.
                Path real = path.toRealPath();
                Optional<LibraryIndex> index = Optional.empty();
                String prefix = "";
                for (Path above = real; above != null && index.isEmpty(); above = above.getParent()) {
                    // Asked of the markers first: Lucene's classes load only where an index is.
                    if (IndexFolders.existing(dataDir, above).isPresent()) {
                        index = LuceneIndex.open(dataDir, above);
                        prefix = above.equals(real) ? "" : above.relativize(real) + "/";
                    }
                }
                if (index.isEmpty()) {
                    continue;
                }
                Optional<LibraryIndex.Candidates> candidates = answer(index.get(), query);
                if (candidates.isEmpty()) {
                    index.get().close();
                    new IndexedRoots(roots).close();
                    return Optional.empty(); // the query cannot be narrowed in any root
                }
                roots.add(new Root(path, prefix, index.get(), candidates.get()));
            } catch (IOException | RuntimeException e) {
                // An index that fails now is a cache missed: the folder is scanned.
            }
        }
        return roots.isEmpty() ? Optional.empty() : Optional.of(new IndexedRoots(roots));
    }

    /** The index's answer for the query; the index closed when asking it fails. */
    private static Optional<LibraryIndex.Candidates> answer(LibraryIndex index, SearchQuery query) throws IOException {
        try {
            return index.candidates(query);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Whether the file at {@code path} (as the folder scan found it) need not be read: its root's
     * index knows it unchanged and unable to hold the query.
     */
    @Override
    public boolean test(Path path) {
        return verdict(path) == LibraryIndex.Verdict.SKIP;
    }

    /** What the index of the root {@code path} lies under says of it; READ outside every indexed root. */
    public LibraryIndex.Verdict verdict(Path path) {
        return verdict(path, () -> Stamp.of(path));
    }

    /**
     * As {@link #verdict(Path)}, with the size and time the folder scan saw. A document the index
     * says surely holds a match is still looked at once: one that can no longer be read (its mode
     * changed, which keeps its time, or it is gone) is read, to say why, as the scan says it.
     */
    public LibraryIndex.Verdict verdict(FileSource file) {
        LibraryIndex.Verdict verdict = verdict(file.path(), file::stamp);
        return verdict == LibraryIndex.Verdict.HOLDS && !Files.isReadable(file.path()) ? LibraryIndex.Verdict.READ
                : verdict;
    }

    private LibraryIndex.Verdict verdict(Path path, Supplier<Stamp> now) {
        for (Root root : roots) {
            String name = Indexer.relative(root.path(), path);
            if (name != null) {
                Stamp stamp = now.get();
                return root.candidates().verdict(root.prefix() + name, stamp.size(), stamp.modified());
            }
        }
        return LibraryIndex.Verdict.READ;
    }

    @Override
    public void close() {
        for (Root root : roots) {
            try {
                root.index().close();
            } catch (IOException e) {
                // read-only: nothing is lost
            }
        }
    }
}
