package pilcrow.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.find.Snippet;
import pilcrow.core.model.DocumentText;

/**
 * The work behind the search effects, in slices: results are posted as they are found, so a big
 * document or library shows progress, and a cancelled search stops between paragraphs, or within
 * one when its expression runs away ({@link Guard}). The same
 * code runs on a background thread (runtime's BackgroundSearch) and inline in tests.
 */
public final class SearchJobs {

    /** Post results at least this often, so progress moves on a big document. */
    static final long POST_EVERY_NANOS = 50_000_000L;
    static final int SNIPPET_CONTEXT = 30;

    private SearchJobs() {
    }

    /**
     * Finds every match in the document's text, in document order (the title first, the source line
     * last), posting matches and progress at least every {@link #POST_EVERY_NANOS}.
     */
    public static void find(Effect.Find job, BooleanSupplier cancelled, Consumer<Msg> post) {
        find(job, cancelled, post, Guard.BUDGET_NANOS);
    }

    /** As above, each paragraph's search stopped after {@code budgetNanos} ({@link Guard}). */
    public static void find(Effect.Find job, BooleanSupplier cancelled, Consumer<Msg> post, long budgetNanos) {
        find(job, cancelled, post, budgetNanos, POST_EVERY_NANOS);
    }

    /** As above, posting at every step of progress once {@code postEveryNanos} have passed (0: each). */
    static void find(Effect.Find job, BooleanSupplier cancelled, Consumer<Msg> post, long budgetNanos,
                     long postEveryNanos) {
        try {
            new Posting(job, cancelled, post, postEveryNanos).run(budgetNanos);
        } catch (Guard.Stopped e) {
            if (e.tooSlow()) {
                throw e;
            } // cancelled within a paragraph: ends as a cancel between paragraphs does
        }
    }

    /** One find's matches, held until the next post. */
    private static final class Posting {
        private final Effect.Find job;
        private final BooleanSupplier cancelled;
        private final Consumer<Msg> post;
        private final int total;
        private final long postEveryNanos;
        private List<Match> pending = new ArrayList<>();
        private long lastPost = System.nanoTime();

        Posting(Effect.Find job, BooleanSupplier cancelled, Consumer<Msg> post, long postEveryNanos) {
            this.job = job;
            this.cancelled = cancelled;
            this.post = post;
            this.total = job.snapshot().text().progressTotal();
            this.postEveryNanos = postEveryNanos;
        }

        void run(long budgetNanos) {
            DocumentText text = job.snapshot().text();
            SearchQuery query = job.query();
            boolean done;
            try {
                done = text.findEach(job.pattern(), query.regex() ? null : query.literalToken(), query.caseSensitive(),
                        cancelled, budgetNanos, this::progress, found -> pending.add(found.match()));
            } catch (IOException e) {
                post.accept(new Msg.SearchFailed(job.id(), e.getMessage() == null ? "cannot read the file" : e.getMessage()));
                return;
            }
            if (done && !cancelled.getAsBoolean()) {
                post.accept(new Msg.FindResults(job.id(), pending, total, total, true));
            }
        }

        private void progress(int scanned) {
            if (System.nanoTime() - lastPost >= postEveryNanos && !cancelled.getAsBoolean()) {
                post.accept(new Msg.FindResults(job.id(), pending, scanned, total, false));
                pending = new ArrayList<>();
                lastPost = System.nanoTime();
            }
        }
    }

    /**
     * Finds every match in every readable document, posting hits with their snippets in library
     * order: documents read and searched on every core, large ones scanned in place (see
     * {@link LibraryJob}).
     */
    public static void findInLibrary(Effect.FindInLibrary job, BooleanSupplier cancelled, Consumer<Msg> post) {
        findInLibrary(job, cancelled, post, Runtime.getRuntime().availableProcessors(), Guard.BUDGET_NANOS);
    }

    /** As above, reading on {@code threads} threads (one in tests that compare with the plain order). */
    static void findInLibrary(Effect.FindInLibrary job, BooleanSupplier cancelled, Consumer<Msg> post, int threads) {
        findInLibrary(job, cancelled, post, threads, Guard.BUDGET_NANOS);
    }

    /** As above, on {@code threads} threads, one paragraph's search held to {@code budgetNanos}. */
    public static void findInLibrary(Effect.FindInLibrary job, BooleanSupplier cancelled, Consumer<Msg> post, int threads,
                                     long budgetNanos) {
        findInLibrary(job, cancelled, post, threads, budgetNanos, LibraryIndexes.NONE);
    }

    /** As above, leaving unread the documents the roots' fresh indexes rule out ({@link IndexedRoots}). */
    public static void findInLibrary(Effect.FindInLibrary job, BooleanSupplier cancelled, Consumer<Msg> post, int threads,
                                     long budgetNanos, LibraryIndexes indexes) {
        new LibraryJob(job, cancelled, post, threads, budgetNanos, indexes).run();
    }

    static Snippet snippet(Document document, Match match) {
        String text = match.textIn(document);
        return Snippet.around(text, match.start(), match.end(), SNIPPET_CONTEXT);
    }
}
