package pilcrow.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pilcrow.app.Effect;
import pilcrow.app.Hit;
import pilcrow.app.Msg;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.LiteralCheck;
import pilcrow.core.find.Match;
import pilcrow.core.find.Snippet;
import pilcrow.core.model.DocumentText;
import pilcrow.library.LibraryDocument;

/**
 * The search across the library ({@code F}), posting its hits: documents are read and searched on
 * every core and posted in library order, so the results are exactly what one document after another
 * would give. For a literal word a document not read yet
 * is first looked at as raw bytes ({@link LibraryDocument#loadIfMayHold}); one that cannot match is neither
 * decoded nor parsed, and nothing read is kept. A large document is scanned in place when its turn
 * comes ({@link DocumentText#findEach}, itself parallel), its hits and progress posted as they come.
 *
 * <p>The order is kept by {@link LibrarySearchEngine}, which {@code pilcrow find} uses too (it
 * prints where this posts).
 */
final class LibraryJob {

    private final Effect.FindInLibrary job;
    private final LibrarySearchEngine<LibraryDocument, Found> engine;
    /** Cancelled from outside, or stopped by a failure of one document's search: every reader asks this. */
    private final BooleanSupplier cancelled;
    private final Consumer<Msg> post;
    /** The literal word every match holds, or null (a regular expression): then every document is read. */
    private final String word;
    private final boolean foldCase;
    private final LiteralCheck check;
    private final Guard guard;
    private final LibraryIndexes indexes;
    /** What the indexes say of this query while it runs; null when none can narrow it. */
    private IndexedRoots indexed;

    private List<Hit> pending = new ArrayList<>();
    private long lastPost = System.nanoTime();

    /** @param budgetNanos the time one paragraph's search may take ({@link Guard}) */
    LibraryJob(Effect.FindInLibrary job, BooleanSupplier cancelled, Consumer<Msg> post, int threads,
               long budgetNanos, LibraryIndexes indexes) {
        this.indexes = indexes;
        this.job = job;
        this.engine = new LibrarySearchEngine<>("pilcrow-library-read", threads, cancelled, true);
        this.cancelled = engine::stopped;
        this.post = post;
        this.word = job.query().literalToken();
        this.foldCase = !job.query().caseSensitive();
        this.check = LiteralCheck.of(job.query());
        this.guard = Guard.of(this.cancelled, budgetNanos, System::nanoTime);
    }

    void run() {
        List<LibraryDocument> entries = job.entries();
        // Asked on this thread, not the UI's: opening an index reads its list of documents.
        indexed = indexes.open(job.query()).orElse(null);
        try {
            boolean done = engine.run(LibrarySearchEngine.Documents.of(entries), this::searchSmall,
                    new LibrarySearchEngine.Sink<>() {
                        @Override
                        public boolean take(int index, LibraryDocument entry, Found found) {
                            return LibraryJob.this.take(index, found);
                        }

                        @Override
                        public boolean batchTaken(int end) {
                            postIfDue(end, 0);
                            return true;
                        }
                    });
            if (done) {
                post.accept(new Msg.LibraryResults(job.id(), pending, entries.size(), entries.size(), true));
            }
        } catch (Guard.Stopped e) {
            if (e.tooSlow()) {
                throw e;
            } // cancelled: nothing more to say
        } finally {
            if (indexed != null) {
                indexed.close();
            }
        }
    }

    /**
     * What a worker found in a document: its hits, or a large document (read on demand) to scan
     * when its turn comes, on this thread, as it is parallel itself.
     */
    private record Found(List<Hit> hits, LibraryDocument inTurn) {
        static final Found NONE = new Found(List.of(), null);
    }

    /** A document's hits in its turn: a large one is scanned now. */
    private boolean take(int index, Found found) {
        if (found.inTurn() != null) {
            boolean readForThis = found.inTurn() != job.entries().get(index);
            try {
                return searchLarge(index, found.inTurn());
            } finally {
                if (readForThis) {
                    found.inTurn().release(); // opened for this search alone: the row keeps nothing of it
                }
            }
        }
        pending.addAll(found.hits());
        return true;
    }

    /**
     * Reads (if need be) and searches one document; nothing when it cannot match or cannot be read.
     * A row that reads as a large file (a large library's, of 16 MiB or more) is left to its turn.
     */
    private Found searchSmall(int index, LibraryDocument entry) {
        if (entry.readOnDemand()) {
            return new Found(List.of(), entry);
        }
        if (cancelled.getAsBoolean() || !entry.readable()) {
            return Found.NONE;
        }
        // A row not held is read from its file: left unread when the index knows that file as it
        // is now and unable to match. A row held is searched as held (it may be older than the file).
        if (indexed != null && entry.document() == null && indexed.test(java.nio.file.Path.of(entry.path()))) {
            return Found.NONE;
        }
        LibraryDocument read = entry.loadIfMayHold(word, foldCase); // word null: read it, to match a pattern
        if (read != null && read.readOnDemand()) {
            return new Found(List.of(), read);
        }
        Document document = read == null ? null : read.document();
        if (document == null) {
            return Found.NONE;
        }
        List<Hit> hits = new ArrayList<>();
        for (Match match : Finder.find(document, job.pattern(), check, guard)) {
            hits.add(new Hit(index, match, SearchJobs.snippet(document, match),
                    pilcrow.core.doc.Words.count(match.textIn(document))));
        }
        return new Found(hits, null);
    }

    /**
     * Scans a large document in place, its hits and how far it has come posted as they come; its
     * title first when it is not a line of the text (then the scan does not see it).
     *
     * @return false when cancelled
     */
    private boolean searchLarge(int index, LibraryDocument entry) {
        DocumentText text = entry.text().text();
        if (!text.titleInText()) {
            List<Match> inTitle = new ArrayList<>();
            Finder.findIn(text.title(), Match.TITLE, job.pattern(), guard, inTitle);
            inTitle.forEach(match -> pending.add(new Hit(index, match,
                    Snippet.around(text.title(), match.start(), match.end(), SearchJobs.SNIPPET_CONTEXT))));
        }
        try {
            return text.findEach(job.pattern(), word, !foldCase, cancelled,
                    perMille -> postIfDue(index, Math.max(1, perMille)),
                    found -> pending.add(new Hit(index, found.match(), Snippet.around(found.text(),
                            found.match().start(), found.match().end(), SearchJobs.SNIPPET_CONTEXT))));
        } catch (IOException e) {
            return true; // cut or gone while searched: it has no hits, the rest of the library still does
        }
    }

    private void postIfDue(int scanned, int partPerMille) {
        if (System.nanoTime() - lastPost > SearchJobs.POST_EVERY_NANOS && !cancelled.getAsBoolean()) {
            post.accept(new Msg.LibraryResults(job.id(), pending, scanned, job.entries().size(), partPerMille, false));
            pending = new ArrayList<>();
            lastPost = System.nanoTime();
        }
    }
}
