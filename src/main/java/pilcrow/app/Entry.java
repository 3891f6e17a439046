package pilcrow.app;

import pilcrow.core.doc.Document;
import pilcrow.core.doc.DocumentSummary;
import pilcrow.core.large.LargeText;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.core.model.TextSnapshot;

/**
 * One row of the document list: a readable document, or one that cannot be opened (a binary file)
 * with the reason. In a large library a row starts without its document: only its path, then its
 * {@link DocumentSummary} once measured (or cached), and the document is read when it is needed
 * ({@link #load()}: opened, searched, a bookmark placed in it), never in {@link App#update}: the
 * app asks the edge to ({@link Effect.Load}, {@link Effect.Anchor}).
 *
 * @param path     where it came from, as shown (unsanitized: the view sanitizes)
 * @param document the document, or null when it cannot be opened or is not read yet
 * @param problem  why it cannot be opened, or null
 * @param summary  title and counts without the text, or null (not measured yet, or {@code document} is here)
 * @param loader   reads the document (an entry with it, or with the problem); null when nothing is left to read
 * @param snapshot a document too large to hold, read on demand, with its numbering so far, or null;
 *                 {@code document} is then its outline (title, source, size; no blocks)
 * @param piped    text read from a pipe: it has no file, so nothing is kept for it (the next pipe
 *                 is another text under the same name)
 */
public record Entry(String path, Document document, String problem, DocumentSummary summary,
                    Loader loader, TextSnapshot snapshot, boolean piped) {

    /** Reads a row's document when it is needed (at the edge: a file). */
    @FunctionalInterface
    public interface Loader {
        /** The entry with its document, or with why it cannot be opened. */
        Entry read();

        /**
         * As {@link #read()}, unless a look at the raw bytes shows that the document cannot hold
         * {@code word} (a printable-ASCII run every match contains): then null, and nothing was
         * decoded or parsed. A search across the library skips most documents this way.
         *
         * @param foldCase whether case does not count
         */
        default Entry readIfMayHold(String word, boolean foldCase) {
            return read();
        }
    }

    public Entry(String path, Document document, String problem) {
        this(path, document, problem, null, null, null, false);
    }

    /** Text read from a pipe, as far as it has arrived. */
    public static Entry piped(String name, Document document) {
        return new Entry(name, document, null, null, null, null, true);
    }

    /** This entry with more of its text (a pipe's, as it arrives). */
    Entry withDocument(Document more) {
        return new Entry(path, more, null, null, null, null, piped);
    }

    public static Entry of(Document document) {
        return new Entry(document.name(), document, null);
    }

    public static Entry unreadable(String path, String problem) {
        return new Entry(path, null, problem);
    }

    /** A document not read yet: its summary when known (else pending), and how to read it. */
    public static Entry lazy(String path, DocumentSummary summary, Loader loader) {
        return new Entry(path, null, null, summary, loader, null, false);
    }

    /** A large document, read on demand; {@code index} is what is indexed of it so far. */
    public static Entry large(String path, LargeText text, ParagraphIndex index) {
        return new Entry(path, text.outline(), null, null, null, new TextSnapshot(text, index), false);
    }

    /** This large entry with its text numbered further (or read again). */
    Entry withSnapshot(TextSnapshot more) {
        return new Entry(path, more.text().outline(), problem, summary, loader, more, piped);
    }

    public boolean isLarge() {
        return snapshot != null;
    }

    /** The large document's text, or null; only {@link #large(String, LargeText, ParagraphIndex)} makes one. */
    public LargeText large() {
        return snapshot == null ? null : (LargeText) snapshot.text();
    }

    /** Not known to be unreadable: a document, or one not read yet. */
    public boolean readable() {
        return problem == null;
    }

    /** The document is here, or it is known that it cannot be: nothing left to read. */
    public boolean loaded() {
        return document != null || problem != null;
    }

    /** Its document is still to be read: not loaded, and it has a loader (see {@link #load()}). */
    public boolean unread() {
        return !loaded() && loader != null;
    }

    /** Its title and counts are known (measured, or the document is here). */
    public boolean measured() {
        return loaded() || summary != null;
    }

    /** This entry with its document read: itself when already loaded. */
    public Entry load() {
        if (loaded() || loader == null) {
            return this;
        }
        return loaded(loader.read());
    }

    private Entry loaded(Entry read) {
        return new Entry(path, read.document(), read.problem(), summary, null, read.snapshot(), piped);
    }

    /**
     * This entry with its document read for a search of {@code word} (see
     * {@link Loader#readIfMayHold}): itself when already loaded, null when its bytes cannot hold
     * the word. Nothing is kept: the caller drops what it read once searched.
     */
    public Entry loadIfMayHold(String word, boolean foldCase) {
        if (loaded() || loader == null) {
            return this;
        }
        Entry read = loader.readIfMayHold(word, foldCase);
        return read == null ? null : loaded(read);
    }

    /** The document, read now if need be; null when it cannot be opened. */
    public Document documentNow() {
        return document != null ? document : load().document();
    }

    /** The same row, measured: the document (if here) stays. */
    public Entry measuredAs(DocumentSummary measured, String why) {
        if (loaded()) {
            return this;
        }
        return why != null ? new Entry(path, null, why, null, null, null, piped)
                : new Entry(path, null, null, measured, loader, null, piped);
    }

    public String title() {
        return document != null ? document.title() : summary != null ? summary.title() : fileName();
    }

    /** Paragraphs, or -1 while not measured (or unreadable). */
    public int paragraphCount() {
        return document != null ? document.paragraphCount() : summary != null ? summary.paragraphs() : -1;
    }

    /** Words, or -1 while not measured (or unreadable). */
    public int wordCount() {
        return document != null ? document.wordCount() : summary != null ? summary.words() : -1;
    }

    private String fileName() {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
