package pilcrow.shell;

import java.util.function.Consumer;
import pilcrow.core.doc.Document;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.Numbering;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;
import pilcrow.library.LibraryDocument;
import pilcrow.library.TextCandidate;

/**
 * One document of the shell's library: its text read by place ({@link DocumentText}: a document in
 * memory, or a large file read on demand) and its numbering as far as known. A large file is
 * numbered in the background from the first time it is needed; asking for a paragraph not numbered
 * yet waits for it, as {@code less} waits while it counts lines to the one asked for, so a script's
 * output does not depend on how fast the index is built.
 */
public final class ShellDocument {

    /** Builds a large text's numbering in the background (the command line starts the thread). */
    public interface Indexer {
        /**
         * Starts numbering {@code text}: {@code snapshot} is handed each snapshot as it grows (the text
         * may come back read another way) and the last, complete one; {@code failed} says why it stopped.
         */
        void start(DocumentText text, Consumer<TextSnapshot> snapshot, Consumer<String> failed);
    }

    private final String key;
    private final String problem;
    private final Indexer indexer;
    /** Guarded by this; null for a document that cannot be opened. */
    private TextSnapshot snapshot;
    private boolean started;
    private String failure;

    /**
     * A document in memory, or one that cannot be opened.
     *
     * @param key      what bookmarks and positions know it by: its path as the full-screen reader
     *                 lists it (absolute for a file)
     * @param document the document, or null when it cannot be opened
     * @param problem  why it cannot be opened, or null
     */
    public ShellDocument(String key, Document document, String problem) {
        this(key, document == null ? null : TextSnapshot.of(new WholeText(document)), problem, null);
    }

    private ShellDocument(String key, TextSnapshot snapshot, String problem, Indexer indexer) {
        this.key = key;
        this.snapshot = snapshot;
        this.problem = problem;
        this.indexer = indexer;
    }

    /**
     * The shell's view of a library's document, under the same path: a large one is numbered by
     * {@code indexer} once first needed. A row not read yet is read here: the shell holds what
     * it lists.
     */
    public static ShellDocument of(LibraryDocument row, Indexer indexer) {
        LibraryDocument read = row.load();
        TextSnapshot text = read.text();
        return text == null ? new ShellDocument(read.path(), null, read.problem())
                : new ShellDocument(read.path(), text, null, indexer); // numbered already unless large
    }

    /** A large file read on demand, numbered by {@code indexer} once it is first needed. */
    public static ShellDocument large(String key, DocumentText text, Indexer indexer) {
        return new ShellDocument(key, TextSnapshot.of(text), null, indexer);
    }

    /** What bookmarks and positions know it by (see the constructor's {@code key}). */
    public String path() {
        return key;
    }

    /** As the bookmark placer sees it (a readable document only). */
    public TextCandidate candidate() {
        return new TextCandidate(key, text());
    }

    /** Why it cannot be opened, or null. */
    public String problem() {
        return problem;
    }

    public boolean readable() {
        return snapshot != null;
    }

    /** The title, or the file name of a document that cannot be opened. */
    public String title() {
        return readable() ? text().title() : key.substring(key.lastIndexOf('/') + 1);
    }

    /** The text as last numbered. */
    public synchronized DocumentText text() {
        return snapshot.text();
    }

    /** The text and its numbering as far as known now, without waiting. */
    public synchronized TextSnapshot now() {
        return snapshot;
    }

    /**
     * The text once paragraph {@code number} is numbered, or once every paragraph is (there are
     * fewer), or numbering failed; starts numbering it if need be.
     */
    public synchronized TextSnapshot numbered(int number) {
        start();
        boolean interrupted = false;
        while (!snapshot.numbering().complete() && snapshot.numbering().count() < number && failure == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return snapshot;
    }

    /** The text once every paragraph is numbered (or numbering failed). */
    public TextSnapshot whole() {
        return numbered(Integer.MAX_VALUE);
    }

    /** Why numbering stopped before it was complete, or null. */
    public synchronized String failure() {
        return failure;
    }

    /** Starts numbering a large text, once; a text in memory is numbered already. */
    public synchronized void start() {
        if (started || indexer == null || snapshot.numbering().complete()) {
            return;
        }
        started = true;
        indexer.start(snapshot.text(), this::took, this::failed);
    }

    private synchronized void took(TextSnapshot next) {
        snapshot = next;
        notifyAll();
    }

    private synchronized void failed(String why) {
        failure = why;
        notifyAll();
    }

    /** How many body paragraphs there are: exact once numbered, else a guess. */
    public synchronized int paragraphs() {
        Numbering numbering = snapshot.numbering();
        return numbering.complete() ? numbering.count() : numbering.estimatedTotal(snapshot.text().estimatedParagraphs());
    }

    /** Whether {@link #paragraphs()} is exact. */
    public synchronized boolean counted() {
        return snapshot.numbering().complete();
    }
}
