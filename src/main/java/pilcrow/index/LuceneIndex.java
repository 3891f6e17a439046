package pilcrow.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.FixedBitSet;
import pilcrow.core.find.SearchQuery;

/** A library root's index on disk, read: {@link LibraryIndex} on Lucene. */
public final class LuceneIndex implements LibraryIndex {

    private final Directory directory;
    private final DirectoryReader reader;
    private final Map<String, Schema.Entry> manifest;

    private LuceneIndex(Directory directory, DirectoryReader reader, Map<String, Schema.Entry> manifest) {
        this.directory = directory;
        this.reader = reader;
        this.manifest = manifest;
    }

    /**
     * The index of {@code realRoot} in {@code dataDir}, when there is a usable one: none when it
     * was never built, is of another version, or cannot be read (corrupt): a search then reads
     * every document, and {@code pilcrow index} rebuilds it.
     */
    public static Optional<LibraryIndex> open(Path dataDir, Path realRoot) {
        Optional<Path> folder = IndexFolders.existing(dataDir, realRoot);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Schema.quiet();
        Directory directory = null;
        try {
            // Read with plain positional reads: mapping (MMapDirectory) costs a start-up on JDK 21 and
            // later (MemorySegment, native madvise) that a search of a small index does not win back.
            directory = new NIOFSDirectory(IndexFolders.lucene(folder.get()));
            DirectoryReader reader = DirectoryReader.open(directory);
            return Optional.of(new LuceneIndex(directory, reader, Schema.manifest(reader)));
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            return Optional.empty();
        }
    }

    /** How many documents the index holds. */
    public int size() {
        return manifest.size();
    }

    @Override
    public Optional<Candidates> candidates(SearchQuery query) {
        List<String> parts = Terms.parts(query);
        if (parts == null) {
            return Optional.empty();
        }
        FixedBitSet hits = new FixedBitSet(Math.max(1, reader.maxDoc()));
        try {
            new IndexSearcher(reader).search(query(parts), new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    hits.set(base + doc);
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of((path, size, modified) -> {
            Schema.Entry entry = manifest.get(path);
            return entry == null || entry.size() != size || entry.modified() != modified
                    || entry.modified() == Schema.UNTRUSTED || (entry.flags() & Schema.ALWAYS) != 0
                    || hits.get(entry.doc());
        });
    }

    /** Documents with a word holding every part (each a substring of some word). */
    static Query query(List<String> parts) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : parts) {
            all.add(new WildcardQuery(new Term(Schema.WORDS, "*" + escape(part) + "*")), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /** A literal part in wildcard syntax: its own {@code *}, {@code ?} and {@code \} escaped. */
    private static String escape(String part) {
        StringBuilder escaped = new StringBuilder(part.length() + 4);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '*' || c == '?' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // nothing more to do with it
            }
        }
    }
}
