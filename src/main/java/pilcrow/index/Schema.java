package pilcrow.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.util.Bits;

/**
 * The index's fields: one Lucene document per library document, with its path (a term, to
 * replace or delete it; and a doc value, to list them), its size and modification time when it
 * was read, a flag for a document every search must read, and its folded words
 * ({@link Terms}), indexed without frequencies, positions or norms: the index only tells which
 * documents hold a word.
 */
final class Schema {

    static final String PATH = "path";
    static final String PATH_VALUE = "p";
    static final String SIZE = "s";
    static final String MODIFIED = "m";
    static final String FLAGS = "f";
    static final String WORDS = "w";

    /** Flag: read by every search (not indexed: too large, unreadable, or a word too long for a term). */
    static final long ALWAYS = 1;
    /** Modification time stored for a document changed too recently to trust (see Indexer): never fresh. */
    static final long UNTRUSTED = Long.MIN_VALUE;
    /** Longest word indexed, in chars; a document with a longer one is read by every search. */
    static final int MAX_WORD = 240;

    /**
     * Lucene reports through java.util.logging (on JDK 21 and later, that the vector module is not
     * there): never to the terminal, which the reader owns. Held here, as loggers are kept weakly.
     */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    static {
        LUCENE_LOG.setLevel(Level.OFF);
    }

    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        WORDS_TYPE.freeze();
    }

    private Schema() {
    }

    /**
     * Called before any Lucene class is used, so its logging is off first, and Lucene's index
     * classes are initialized on one thread. Lucene 9's IndexWriter, ConcurrentMergeScheduler,
     * SegmentReader and FilterIndexInput each hand a class of theirs (TestSecrets) an accessor while
     * it initializes them all (apache/lucene#12419): first loaded on two threads at once (the
     * reader's background update opening a writer while a search opens a reader) they deadlock, and
     * the search never ends. Initializing one of them here, under this class's lock, initializes the
     * rest on the same thread; every other caller waits for it.
     */
    static synchronized void quiet() {
        LUCENE_LOG.setLevel(Level.OFF);
        if (!initialized) {
            try {
                Class.forName("org.apache.lucene.index.SegmentReader", true, Schema.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Lucene is not on the class path", e);
            }
            initialized = true;
        }
    }

    /** Whether {@link #quiet} initialized Lucene's index classes; guarded by the class's lock. */
    private static boolean initialized;

    /** One document's entry. */
    static Document document(String path, long size, long modified, long flags, List<String> texts) {
        Document doc = new Document();
        doc.add(new StringField(PATH, path, Field.Store.NO));
        doc.add(new BinaryDocValuesField(PATH_VALUE, new org.apache.lucene.util.BytesRef(path)));
        doc.add(new NumericDocValuesField(SIZE, size));
        doc.add(new NumericDocValuesField(MODIFIED, modified));
        doc.add(new NumericDocValuesField(FLAGS, flags));
        doc.add(new Field(WORDS, new WordStream(new Terms.Words(texts)), WORDS_TYPE));
        return doc;
    }

    /** An indexed document as the manifest knows it: global doc id, size, modification time, flags. */
    record Entry(int doc, long size, long modified, long flags) {
    }

    /** Every live document's entry by path. */
    static Map<String, Entry> manifest(IndexReader reader) throws IOException {
        Map<String, Entry> entries = new HashMap<>(reader.numDocs() * 2);
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues paths = leaf.reader().getBinaryDocValues(PATH_VALUE);
            NumericDocValues sizes = leaf.reader().getNumericDocValues(SIZE);
            NumericDocValues times = leaf.reader().getNumericDocValues(MODIFIED);
            NumericDocValues flags = leaf.reader().getNumericDocValues(FLAGS);
            if (paths == null || sizes == null || times == null || flags == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = paths.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = paths.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                org.apache.lucene.util.BytesRef path = paths.binaryValue();
                sizes.advanceExact(doc);
                times.advanceExact(doc);
                flags.advanceExact(doc);
                entries.put(new String(path.bytes, path.offset, path.length, StandardCharsets.UTF_8),
                        new Entry(leaf.docBase + doc, sizes.longValue(), times.longValue(), flags.longValue()));
            }
        }
        return entries;
    }

    /**
     * The words of one document, one token each, made by pilcrow rather than by an analyzer. A
     * word met again is Lucene's to count once (the field keeps documents only).
     */
    private static final class WordStream extends TokenStream {
        private final Terms.Words words;
        private final StringBuilder word = new StringBuilder();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WordStream(Terms.Words words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (!words.next(word)) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(word);
            return true;
        }
    }
}
