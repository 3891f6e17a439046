package pilcrow.library;

import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.DocumentSummary;
import pilcrow.core.large.LargeText;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;
import pilcrow.source.LoadResult;

/**
 * One document of a library, in the one state it is in: not read yet ({@link Unread}), measured but
 * not read ({@link Measured}), held whole ({@link Whole}), too large to hold and read on demand
 * ({@link Large}), or known not to open ({@link Unreadable}). A row of the reader's list, searched by
 * {@code F}, placed in by bookmarks. Reading happens at the edge ({@link #load()}), never in the app's
 * update, which asks for it with an effect.
 *
 * <p>The accessors of every state are here so that a caller asks what it needs ({@link #document()},
 * {@link #snapshot()}, ...) and gets null where a state has none.
 */
public sealed interface LibraryDocument
        permits LibraryDocument.Unread, LibraryDocument.Measured, LibraryDocument.Whole,
                LibraryDocument.Large, LibraryDocument.Unreadable {

    /** Where it came from, as shown (unsanitized: the view sanitizes); the key of bookmarks and positions. */
    String path();

    /** Reads a document when it is needed (at the edge: a file). */
    @FunctionalInterface
    interface Loader {
        /** The document read, or why it cannot be opened. */
        LibraryDocument read();

        /**
         * As {@link #read()}, unless a look at the raw bytes shows that the document cannot hold
         * {@code word} (a printable-ASCII run every match contains): then null, and nothing was
         * decoded or parsed. A search across the library skips most documents this way.
         *
         * A search reads through here, never through {@link #read()} (which is opening it: a large
         * file is then indexed), also with no word ({@code word} null: a pattern), then reading it.
         *
         * @param foldCase whether case does not count
         */
        default LibraryDocument readIfMayHold(String word, boolean foldCase) {
            return read();
        }
    }

    /** Nothing known but its path and how to read it (no loader: nothing can be read). */
    record Unread(String path, Loader loader) implements LibraryDocument {
    }

    /** Its title and counts known (measured, or from the library's cache), its text not read. */
    record Measured(String path, DocumentSummary summary, Loader loader) implements LibraryDocument {

        @Override
        public String fingerprint() {
            return summary.fingerprint();
        }

        /** A large file's row is measured without reading it: its words uncounted, its paragraphs estimated. */
        @Override
        public boolean countExact() {
            return summary.words() >= 0;
        }
    }

    /**
     * A document held whole in memory.
     *
     * @param piped text read from a pipe: it has no file, so nothing is kept for it (the next pipe
     *              is another text under the same name)
     */
    record Whole(String path, Document document, boolean piped) implements LibraryDocument {

        @Override
        public TextSnapshot text() {
            return TextSnapshot.of(new WholeText(document));
        }

        @Override
        public String fingerprint() {
            return Anchors.fingerprint(document);
        }
    }

    /**
     * A document read on demand through its text, numbered as far as indexed.
     *
     * @param standIn the document without its blocks (title, source, size)
     */
    record Large(String path, TextSnapshot snapshot, Document standIn) implements LibraryDocument {

        public Large(String path, LargeText text, ParagraphIndex index) {
            this(path, new TextSnapshot(text, index), text.standIn());
        }

        @Override
        public Document document() {
            return standIn;
        }

        @Override
        public TextSnapshot text() {
            return snapshot;
        }

        @Override
        public boolean locatesQuotes() {
            return snapshot.text().locatesQuotes();
        }

        /** Its size and ends, read from the file. */
        @Override
        public String fingerprint() {
            return snapshot.text().fingerprint();
        }

        /** As numbered so far, or estimated before the numbering reaches the end. */
        @Override
        public int paragraphCount() {
            return snapshot.numbering().estimatedTotal(snapshot.text().estimatedParagraphs());
        }

        /** Its words are not counted: that would read the whole file. */
        @Override
        public int wordCount() {
            return -1;
        }

        @Override
        public boolean countExact() {
            return snapshot.numbering().complete();
        }

        @Override
        public boolean readOnDemand() {
            return true;
        }
    }

    /**
     * A document that cannot be opened (a binary file), with the reason.
     *
     * @param summary what was measured of it before it failed to open (its row keeps that title), or null
     */
    record Unreadable(String path, String problem, DocumentSummary summary) implements LibraryDocument {

        public Unreadable(String path, String problem) {
            this(path, problem, null);
        }

        @Override
        public String fingerprint() {
            return summary == null ? null : summary.fingerprint();
        }
    }

    /** The document {@code read} gave, under {@code path}: whole, large, or unreadable. */
    static LibraryDocument of(LoadResult read, String path) {
        if (read instanceof LoadResult.Loaded loaded) {
            return new Whole(path, loaded.document(), false);
        }
        if (read instanceof LoadResult.Large large) {
            return new Large(path, large.file(), large.file().emptyIndex());
        }
        return new Unreadable(path, ((LoadResult.Failed) read).reason());
    }

    /** A document held whole, keyed by its name. */
    static LibraryDocument of(Document document) {
        return new Whole(document.name(), document, false);
    }

    /** A document held whole under {@code path}, or, with a {@code problem}, one that cannot be opened. */
    static LibraryDocument of(String path, Document document, String problem) {
        return problem != null ? new Unreadable(path, problem) : new Whole(path, document, false);
    }

    /** Text read from a pipe, as far as it has arrived. */
    static LibraryDocument piped(String name, Document document) {
        return new Whole(name, document, true);
    }

    static LibraryDocument unreadable(String path, String problem) {
        return new Unreadable(path, problem);
    }

    /** A document not read yet: its summary when known (else pending), and how to read it. */
    static LibraryDocument lazy(String path, DocumentSummary summary, Loader loader) {
        return summary == null ? new Unread(path, loader) : new Measured(path, summary, loader);
    }

    /** A large document, read on demand; {@code index} is what is indexed of it so far. */
    static LibraryDocument large(String path, LargeText text, ParagraphIndex index) {
        return new Large(path, text, index);
    }

    /** The document, or null: not read, or it cannot be (a large one's is its stand-in). */
    default Document document() {
        return null;
    }

    /** Why it cannot be opened, or null. */
    default String problem() {
        return null;
    }

    /** Its title and counts without the text, or null (not measured, or the document is here). */
    default DocumentSummary summary() {
        return null;
    }

    /** How to read it, or null when nothing is left to read. */
    default Loader loader() {
        return null;
    }

    /** A large document's text with its numbering so far, or null. */
    default TextSnapshot snapshot() {
        return null;
    }

    /**
     * The text the reader reads, or null when there is none yet (not read, or unreadable): a
     * large one's as numbered so far, one in memory whole.
     */
    default TextSnapshot text() {
        return null;
    }

    /** Whether a bookmark's quote can be searched for in it (not in a large file: too costly). */
    default boolean locatesQuotes() {
        return true;
    }

    /** Text read from a pipe (see {@link Whole#piped()}). */
    default boolean piped() {
        return false;
    }

    /**
     * What finds it again after a move (see {@link DocumentText#fingerprint()}), or null while not
     * known: not read or measured yet.
     */
    default String fingerprint() {
        return null;
    }

    /**
     * Whether its text is read from its file as it is needed rather than held: then its
     * {@link #fingerprint()} reads the file's ends (a caller may not want to wait for that), and a
     * library search takes it in its turn, alone, as its text scans its own ranges on every core.
     */
    default boolean readOnDemand() {
        return false;
    }

    /**
     * Lets go of what reading it holds open (see {@link DocumentText#release()}): for a document
     * read for one use (a search's, a measure's), never for a row the reader may still show.
     */
    default void release() {
        if (text() != null) {
            text().text().release();
        }
    }

    /** Whether {@link #paragraphCount()} is exact, not an estimate made before the numbering is done. */
    default boolean countExact() {
        return true;
    }


    /** Not known to be unreadable: a document, or one not read yet. */
    default boolean readable() {
        return !(this instanceof Unreadable);
    }

    /** The document is here, or it is known that it cannot be: nothing left to read. */
    default boolean loaded() {
        return this instanceof Whole || this instanceof Large || this instanceof Unreadable;
    }

    /** Its document is still to be read: not loaded, and it has a loader (see {@link #load()}). */
    default boolean unread() {
        return !loaded() && loader() != null;
    }

    /** Its title and counts are known (measured, or the document is here). */
    default boolean measured() {
        return loaded() || summary() != null;
    }

    /** This document read: itself when already loaded (or nothing can read it). */
    default LibraryDocument load() {
        if (loaded() || loader() == null) {
            return this;
        }
        return readAs(loader().read());
    }

    /**
     * This document read for a search of {@code word} (see {@link Loader#readIfMayHold}): itself
     * when already loaded, null when its bytes cannot hold the word. Nothing is kept: the caller
     * drops what it read once searched.
     */
    default LibraryDocument loadIfMayHold(String word, boolean foldCase) {
        if (loaded() || loader() == null) {
            return this;
        }
        LibraryDocument read = loader().readIfMayHold(word, foldCase);
        return read == null ? null : readAs(read);
    }

    /** The document, read now if need be; null when it cannot be opened. */
    default Document documentNow() {
        return document() != null ? document() : load().document();
    }

    /** The same row, measured (or found not to open): a document already here stays. */
    default LibraryDocument measuredAs(DocumentSummary measured, String why) {
        if (loaded()) {
            return this;
        }
        return why != null ? new Unreadable(path(), why) : lazy(path(), measured, loader());
    }

    /** This large document with its text numbered further (or read again); others stay. */
    default LibraryDocument withSnapshot(TextSnapshot more) {
        return this instanceof Large ? new Large(path(), more, more.text().standIn()) : this;
    }

    /** This piped text with more of it (as it arrives). */
    default LibraryDocument withDocument(Document more) {
        return new Whole(path(), more, piped());
    }

    /**
     * What this row's loader {@code read}, as this row: under the row's path (its key, whatever the
     * reader names it); found unreadable, it keeps the title and counts it was measured with.
     */
    private LibraryDocument readAs(LibraryDocument read) {
        if (read instanceof Unreadable u && summary() != null) {
            return new Unreadable(path(), u.problem(), summary());
        }
        return read.at(path());
    }

    /** The same document under {@code path}. */
    private LibraryDocument at(String path) {
        if (path.equals(path())) {
            return this;
        }
        if (this instanceof Unread u) {
            return new Unread(path, u.loader());
        }
        if (this instanceof Measured m) {
            return new Measured(path, m.summary(), m.loader());
        }
        if (this instanceof Whole w) {
            return new Whole(path, w.document(), w.piped());
        }
        if (this instanceof Large l) {
            return new Large(path, l.snapshot(), l.standIn());
        }
        return new Unreadable(path, problem(), summary());
    }

    default String title() {
        Document document = document();
        return document != null ? document.title() : summary() != null ? summary().title() : fileName();
    }

    /** Paragraphs (see {@link #countExact()}), or -1 while not measured (or unreadable). */
    default int paragraphCount() {
        return document() != null ? document().paragraphCount() : summary() != null ? summary().paragraphs() : -1;
    }

    /** Words, or -1 while not counted: not measured, unreadable, or large. */
    default int wordCount() {
        return document() != null ? document().wordCount() : summary() != null ? summary().words() : -1;
    }

    private String fileName() {
        int slash = path().lastIndexOf('/');
        return slash >= 0 ? path().substring(slash + 1) : path();
    }
}
