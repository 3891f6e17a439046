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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.CompiledAutomaton;
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
        FixedBitSet hits = null;
        try {
            for (String part : parts) {
                FixedBitSet found = documents(part);
                if (hits == null) {
                    hits = found;
                } else {
                    hits.and(found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Sure only of one ASCII word ignoring case: a folded word holding it means the text holds
        // characters that each fold into the word's, and the matcher takes every one of those for
        // it (IndexedFindTest holds that for every code point that folds into ASCII). A phrase needs
        // its words in order, a case-sensitive search the case the index folded away, and a regular
        // expression more than its literal runs: read.
        FixedBitSet all = hits;
        boolean sure = !query.regex() && parts.size() == 1 && !query.caseSensitive() && isAscii(parts.get(0));
        return Optional.of((path, size, modified) -> {
            // One look-up a document: at 100,000 documents each was a fifth of an indexed search.
            Schema.Entry entry = fresh(path, size, modified);
            if (entry == null) {
                return Verdict.READ;
            }
            if (!all.get(entry.doc())) {
                return Verdict.SKIP;
            }
            return sure ? Verdict.HOLDS : Verdict.READ;
        });
    }

    /** The document's entry when the index knows it as it is now and searches may trust it; else null. */
    private Schema.Entry fresh(String path, long size, long modified) {
        Schema.Entry entry = manifest.get(path);
        if (entry == null || entry.size() != size || entry.modified() != modified
                || entry.modified() == Schema.UNTRUSTED || (entry.flags() & Schema.ALWAYS) != 0) {
            return null;
        }
        return entry;
    }

    /**
     * The documents with a word that holds {@code part} (a substring of some word), by global doc
     * id: the term dictionary walked with the wildcard {@code *part*}'s automaton, as a
     * WildcardQuery does, without a searcher's scoring machinery.
     */
    private FixedBitSet documents(String part) throws IOException {
        FixedBitSet hits = new FixedBitSet(Math.max(1, reader.maxDoc()));
        CompiledAutomaton automaton = new CompiledAutomaton(
                WildcardQuery.toAutomaton(new Term(Schema.WORDS, "*" + escape(part) + "*")));
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.Terms terms = leaf.reader().terms(Schema.WORDS);
            if (terms == null) {
                continue;
            }
            TermsEnum words = automaton.getTermsEnum(terms);
            while (words.next() != null) {
                postings = words.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    hits.set(leaf.docBase + doc);
                }
            }
        }
        return hits;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
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
