package pilcrow.library;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;

/**
 * Where a saved bookmark is in a library now, by one rule for the reader, the line mode and the
 * command line: its document by path, else by content fingerprint (moved or renamed); its
 * paragraph by the quote (paragraphs inserted or removed before it). A large document keeps the
 * saved number, as finding a quote would mean reading the whole file; a bookmark without a quote
 * keeps its number too. Each front end words the outcome.
 *
 * @param <D> the front end's row for a document
 */
public final class BookmarkPlacer<D extends BookmarkPlacer.Candidate> {

    /** A readable document of the library, as placing needs it. */
    public interface Candidate {

        /** What bookmarks know it by. */
        String path();

        /**
         * Its content fingerprint, asked only when a bookmark is not found by path; null when it is
         * not known without reading the document (a row not measured yet: left out).
         */
        String fingerprint();

        /** Whether a quote is looked for in it: false for a large document, which keeps the number. */
        boolean locatesQuotes();

        /** The document to look for the quote in, read on demand; null when it cannot be read. */
        Document document();
    }

    /** What a bookmark saved of its place. */
    public record Saved(String path, String fingerprint, int paragraph, String quote) {
    }

    /** How the paragraph fared. */
    public enum Change {
        /** Where it was saved (or a number kept: a large document, no quote). */
        SAME,
        /** The quote starts another paragraph now. */
        RENUMBERED,
        /** The quote is nowhere: the saved number is kept. */
        REWRITTEN
    }

    /**
     * Where a bookmark is.
     *
     * @param document the document it is in, or null when it is not in this library
     * @param moved    found by fingerprint, not by its saved path
     */
    public record Placed<D>(D document, int paragraph, boolean moved, Change change) {
        public boolean found() {
            return document != null;
        }
    }

    private final Map<String, D> byPath = new HashMap<>();
    private final List<D> documents;
    private final Function<String, D> onDisk;
    /** Fingerprints are made only when a bookmark is not found by path: hashing reads every document. */
    private Map<String, D> byFingerprint;

    /** A placer over a library's readable documents. */
    public BookmarkPlacer(List<D> documents) {
        this(documents, path -> null);
    }

    /**
     * A placer that, when no document of the library has the saved path, reads the file at that
     * path ({@code onDisk}: null when there is none) before looking for it by fingerprint. The
     * command line does: its library may be other folders than the bookmark's.
     */
    public BookmarkPlacer(List<D> documents, Function<String, D> onDisk) {
        this.documents = List.copyOf(documents);
        this.onDisk = onDisk;
        for (D document : this.documents) {
            byPath.putIfAbsent(document.path(), document);
        }
    }

    public Placed<D> place(Saved saved) {
        boolean moved = false;
        D document = byPath.get(saved.path());
        if (document == null) {
            document = onDisk.apply(saved.path());
        }
        if (document == null && !saved.fingerprint().isEmpty()) {
            document = fingerprints().get(saved.fingerprint());
            moved = document != null;
        }
        if (document == null) {
            return new Placed<>(null, saved.paragraph(), false, Change.SAME);
        }
        if (!document.locatesQuotes() || saved.quote().isEmpty()) {
            return new Placed<>(document, saved.paragraph(), moved, Change.SAME);
        }
        Document text = document.document();
        if (text == null) {
            return new Placed<>(null, saved.paragraph(), false, Change.SAME);
        }
        OptionalInt now = Anchors.locate(text, saved.paragraph(), saved.quote());
        if (now.isEmpty()) {
            return new Placed<>(document, saved.paragraph(), moved, Change.REWRITTEN);
        }
        Change change = now.getAsInt() == saved.paragraph() ? Change.SAME : Change.RENUMBERED;
        return new Placed<>(document, now.getAsInt(), moved, change);
    }

    private Map<String, D> fingerprints() {
        if (byFingerprint == null) {
            byFingerprint = new LinkedHashMap<>();
            for (D document : documents) {
                String fingerprint = document.fingerprint();
                if (fingerprint != null) {
                    byFingerprint.putIfAbsent(fingerprint, document);
                }
            }
        }
        return byFingerprint;
    }
}
