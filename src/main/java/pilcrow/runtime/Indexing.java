package pilcrow.runtime;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import pilcrow.app.Msg;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.text.Sanitizer;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.work.Workers;

/**
 * Builds the paragraph index of each large document of the library on a background thread, one
 * after another, and posts its progress to the UI loop as {@link Msg.Indexed}. A file that
 * changes under it (cut shorter: the mapping fails; or found longer or shorter once indexed) is
 * said so in one line, opened again and indexed again at its new size.
 */
public final class Indexing implements AutoCloseable {

    static final int ATTEMPTS = 3;

    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * Files this opened again and then replaced by a newer opening: closed only when indexing
     * closes, as until then a session may still show or search one (the UI takes the new file
     * when it handles the message, a search runs to its end). The library's own file is not
     * ours (under serve every new session starts from it), nor the newest (the one shown).
     */
    private final java.util.Queue<LargeFile> superseded = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Where progress goes: the UI loop's queue, given when indexing starts (after the first paint). */
    private volatile Consumer<Msg> post = msg -> { };
    /** Whether the UI is handling a key: the index then waits (a millisecond at a time). */
    private volatile java.util.function.BooleanSupplier uiBusy = () -> false;

    /**
     * Asked by the scanning threads every 64 KiB (well under a millisecond once compiled): stop
     * when closed, wait while the UI is busy (a key is handled, or the first screens are made).
     */
    private boolean stopOrWait() {
        for (int waited = 0; uiBusy.getAsBoolean() && !closed.get() && waited < 200; waited++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return closed.get();
    }

    /**
     * Starts indexing the library's large documents, if it has any, posting progress to {@code post}
     * and pausing while {@code uiBusy} says a key is being handled.
     */
    void start(Library library, Consumer<Msg> post, java.util.function.BooleanSupplier uiBusy) {
        start(largeOf(library), post, uiBusy);
    }

    /** The library's large documents, the ones there is an index to build for. */
    static List<LoadResult.Large> largeOf(Library library) {
        return library.entries().stream()
                .filter(LoadResult.Large.class::isInstance).map(LoadResult.Large.class::cast).toList();
    }

    /** As {@link #start(Library, Consumer, java.util.function.BooleanSupplier)}, for these documents. */
    public void start(List<LoadResult.Large> large, Consumer<Msg> post, java.util.function.BooleanSupplier uiBusy) {
        this.post = post;
        this.uiBusy = uiBusy;
        if (large.isEmpty()) {
            return;
        }
        Workers.thread("pilcrow-index-all", () -> large.forEach(this::indexAlone));
    }

    /**
     * Indexes one more document, opened after the start (a large library's row read when the user
     * opens it), on its own thread; its progress goes where the start said.
     */
    public void add(LoadResult.Large large) {
        if (!closed.get()) {
            opened.execute(() -> indexAlone(large));
        }
    }

    /**
     * Indexes what {@link #add} is given, one file after another as {@link #start} does (a folder
     * of logs opened with {@code :e} would otherwise scan them all at once on two cores).
     */
    private final java.util.concurrent.ExecutorService opened = Workers.single("pilcrow-index-opened");

    /**
     * One document indexed: whatever goes wrong with it (an Error too: a stack overflow, running
     * out of memory) is its own one line, and the next document is indexed.
     */
    private void indexAlone(LoadResult.Large large) {
        try {
            index(large);
        } catch (RuntimeException | Error e) {
            try {
                post.accept(new Msg.Notice("cannot index " + Sanitizer.line(large.source().name()) + ": "
                        + Sanitizer.line(e.getClass().getSimpleName())));
            } catch (RuntimeException | Error again) {
                // The notice is the last word about this document; the next one goes on regardless.
            }
        }
    }

    private void index(LoadResult.Large large) {
        String path = FullScreen.absolute(large.source().name());
        LargeFile file = large.file();
        readTheEnd(file);
        for (int attempt = 0; attempt < ATTEMPTS && !closed.get(); attempt++) {
            LargeFile current = file;
            String change;
            try {
                LargeFile.Indexed done = current.index(
                        index -> post.accept(new Msg.Indexed(path, new TextSnapshot(current, index))), this::stopOrWait);
                if (closed.get()) {
                    return;
                }
                post.accept(new Msg.Indexed(path, new TextSnapshot(done.text(), done.index())));
                long now = sizeNow(large.source(), current);
                if (now == current.size() || attempt == ATTEMPTS - 1) {
                    return;
                }
                change = now > current.size() ? "grew" : "shrank";
            } catch (IOException | RuntimeException e) {
                change = "changed (" + (e instanceof IOException io ? DocumentReader.reasonFor(io) : String.valueOf(e)) + ")";
            }
            // Measured again: opened anew at its size now and indexed again (a few times at most,
            // so a log being written to is not indexed forever).
            post.accept(new Msg.Notice(Sanitizer.line(large.source().name()) + " " + change
                    + " while open: reading it again"));
            try {
                Optional<LargeFile> again = LargeFile.open((FileSource) large.source());
                if (again.isEmpty()) {
                    return;
                }
                if (file != large.file()) {
                    superseded.add(file);
                }
                file = again.get();
                post.accept(new Msg.Indexed(path, TextSnapshot.of(file)));
            } catch (IOException | RuntimeException gone) {
                // Under serve, a file swapped for a link out of the served folders is refused here.
                post.accept(new Msg.Notice("cannot read " + Sanitizer.line(large.source().name()) + " again: "
                        + Sanitizer.line(gone instanceof IOException io ? DocumentReader.reasonFor(io) : String.valueOf(gone))));
                return;
            }
        }
    }

    /**
     * The file's size now, by its name. Gzipped text is read from our own spooled copy (a file
     * other than the document's), which does not change and has no name any more (removed once
     * opened): its size is the one read.
     */
    private static long sizeNow(DocumentSource source, LargeFile file) {
        boolean spooledCopy = !(source instanceof FileSource named) || !named.path().equals(file.path());
        if (spooledCopy) {
            return file.size();
        }
        try {
            return java.nio.file.Files.size(file.path());
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Reads the last paragraphs once before indexing, so that G finds them decoded in the file's
     * cache (and the code that reads backwards loaded) instead of doing it while the index runs.
     */
    private void readTheEnd(LargeFile file) {
        long at = file.last();
        for (int i = 0; i < END_PARAGRAPHS && at >= 0 && !closed.get(); i++) {
            file.text(at);
            at = file.previous(at);
        }
    }

    static final int END_PARAGRAPHS = 64;

    @Override
    public void close() {
        closed.set(true);
        opened.shutdown(); // a scan under way stops at its next check of closed
        for (LargeFile file; (file = superseded.poll()) != null; ) {
            try {
                file.close();
            } catch (IOException e) {
                // Closing a read-only file gives nothing back to save: its descriptor is gone either way.
            }
        }
    }
}
