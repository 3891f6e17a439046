package pilcrow.index;

import java.io.Closeable;
import java.util.Optional;
import pilcrow.core.find.SearchQuery;

/**
 * What a search asks of an index of one library root: which documents may hold a query. It only
 * ever narrows the documents the matcher reads: the matcher still finds every match in those, so
 * results are the scan's whatever the index says, as long as it never leaves out a document that
 * may match. A search service (OpenSearch, say) in place of the local Lucene index would answer
 * the same question.
 */
public interface LibraryIndex extends Closeable {

    /**
     * The documents that must be read for {@code query}; empty when the index cannot narrow it
     * (a regular expression): then every document is.
     */
    Optional<Candidates> candidates(SearchQuery query);

    /** The index's answer for one query. */
    interface Candidates {
        /**
         * Whether the document at {@code path} (relative to the root, as the index names it), of
         * this size and modification time (milliseconds), must be read: it is new or changed since
         * it was indexed, could not be indexed, or may hold the query.
         */
        boolean mustRead(String path, long size, long modifiedMillis);

        /**
         * Whether the document at {@code path}, unchanged since it was indexed, surely holds a
         * match, so that a search that lists documents ({@code find -l}) need not read it. False
         * whenever the index cannot be sure: by default, always.
         */
        default boolean holds(String path, long size, long modifiedMillis) {
            return false;
        }
    }
}
