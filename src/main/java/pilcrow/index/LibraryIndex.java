package pilcrow.index;

import java.io.Closeable;
import java.util.Optional;
import pilcrow.core.find.SearchQuery;

/**
 * What a search asks of an index of one library root: which documents may hold a query, and which
 * surely do. It narrows the documents the matcher reads: the matcher still finds every match in
 * those, so results are the scan's as long as the index never leaves out a document that may
 * match, nor says one surely matches that does not (then only a search that lists documents takes
 * its word). A search service (OpenSearch, say) in place of the local Lucene index would answer
 * the same questions.
 */
public interface LibraryIndex extends Closeable {

    /**
     * The documents that must be read for {@code query}; empty when the index cannot narrow it
     * (a regular expression without a literal every match holds): then every document is.
     */
    Optional<Candidates> candidates(SearchQuery query);

    /** What an index says of one document for one query. */
    enum Verdict {
        /** Known unchanged since it was indexed, and unable to hold the query: need not be read. */
        SKIP,
        /** New, changed, never indexed whole, or may hold the query: read and searched. */
        READ,
        /**
         * Known unchanged and surely holding a match, so a search that lists documents
         * ({@code find -l}) need not read it; one that prints matches reads it.
         */
        HOLDS
    }

    /** The index's answer for one query. */
    interface Candidates {
        /**
         * What the index says of the document at {@code path} (relative to the root, as the index
         * names it), of this size and modification time (milliseconds). Never SKIP for a document
         * that may match, nor HOLDS for one that may not.
         */
        Verdict verdict(String path, long size, long modifiedMillis);
    }
}
