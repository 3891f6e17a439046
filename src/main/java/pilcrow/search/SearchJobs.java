package pilcrow.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;
import pilcrow.core.find.Snippet;

/**
 * The work behind the search effects, in slices: results are posted as they are found, so a big
 * document or library shows progress, and a cancelled search stops between paragraphs, or within
 * one when its expression runs away ({@link Guard}). The same
 * code runs on a background thread ({@link BackgroundSearch}) and inline in tests.
 */
public final class SearchJobs {

    /** Post results at least this often, so progress moves on a big document. */
    static final long POST_EVERY_NANOS = 50_000_000L;
    static final int SNIPPET_CONTEXT = 30;

    private SearchJobs() {
    }

    /** Finds every match in the document: the title first, paragraph by paragraph, the source line last. */
    public static void find(Effect.Find job, BooleanSupplier cancelled, Consumer<Msg> post) {
        find(job, cancelled, post, Guard.BUDGET_NANOS);
    }

    /** As above, each paragraph's search stopped after {@code budgetNanos} ({@link Guard}). */
    static void find(Effect.Find job, BooleanSupplier cancelled, Consumer<Msg> post, long budgetNanos) {
        try {
            findGuarded(job, cancelled, post, budgetNanos);
        } catch (Guard.Stopped e) {
            if (e.tooSlow()) {
                throw e;
            } // cancelled within a paragraph: ends as a cancel between paragraphs does
        }
    }

    private static void findGuarded(Effect.Find job, BooleanSupplier cancelled, Consumer<Msg> post, long budgetNanos) {
        Document document = job.document();
        int total = document.paragraphCount();
        List<Match> pending = new ArrayList<>();
        Guard guard = Guard.of(cancelled, budgetNanos, System::nanoTime);
        Finder.findIn(document.title(), Match.TITLE, job.pattern(), guard, pending);
        long lastPost = System.nanoTime();
        for (int i = 0; i < total; i++) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            Block block = document.blocks().get(i);
            Finder.findIn(block.text(), block.number(), job.pattern(), guard, pending);
            if (System.nanoTime() - lastPost > POST_EVERY_NANOS) {
                post.accept(new Msg.FindResults(job.id(), pending, i + 1, total, false));
                pending = new ArrayList<>();
                lastPost = System.nanoTime();
            }
        }
        if (document.source().isPresent()) {
            Finder.findIn(document.source().get(), Match.SOURCE, job.pattern(), guard, pending);
        }
        post.accept(new Msg.FindResults(job.id(), pending, total, total, true));
    }

    /**
     * Finds every match in a large document by scanning its bytes (see {@code MappedSearch}),
     * posting progress in per mille as it goes and the matches at the end.
     */
    public static void findLarge(Effect.FindLarge job, BooleanSupplier cancelled, Consumer<Msg> post) {
        long[] lastPost = {System.nanoTime()};
        List<Match> found = new ArrayList<>();
        List<Match> matches;
        try {
            boolean done = job.text().findEach(job.pattern(), job.query().regex() ? null : job.query().literalToken(),
                    job.query().caseSensitive(), cancelled, perMille -> {
                        if (System.nanoTime() - lastPost[0] > POST_EVERY_NANOS && !cancelled.getAsBoolean()) {
                            post.accept(new Msg.FindResults(job.id(), List.of(), perMille, 1000, false));
                            lastPost[0] = System.nanoTime();
                        }
                    }, each -> found.add(each.match()));
            matches = done ? found : null;
        } catch (java.io.IOException e) {
            post.accept(new Msg.SearchFailed(job.id(), e.getMessage() == null ? "cannot read the file" : e.getMessage()));
            return;
        }
        if (matches != null && !cancelled.getAsBoolean()) {
            post.accept(new Msg.FindResults(job.id(), matches, 1000, 1000, true));
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

    static void findInLibrary(Effect.FindInLibrary job, BooleanSupplier cancelled, Consumer<Msg> post, int threads,
                              long budgetNanos) {
        new LibraryJob(job, cancelled, post, threads, budgetNanos).run();
    }

    static Snippet snippet(Document document, Match match) {
        String text = match.textIn(document);
        return Snippet.around(text, match.start(), match.end(), SNIPPET_CONTEXT);
    }
}
