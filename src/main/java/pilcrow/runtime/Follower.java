package pilcrow.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Place;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;
import pilcrow.source.DocumentReader;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.work.Workers;

/**
 * The edge of following ({@code T}) and reading again ({@code R}): on the UI thread, while the
 * state follows a document, a stat of its file every {@value #LOOK_MILLIS} ms at most (no watcher
 * thread a document), and a read only when it changed. A large file that grew has its index
 * extended from its last paragraph ({@link LargeFile#grownTo}); a document held in memory is read
 * again whole, no more often than ten times what the last read took (as piped input is parsed),
 * so a log of megabytes does not take the core. A file replaced (another inode) or cut shorter is
 * read again whole, with a one-line note; a large one read again is indexed on a thread of its own,
 * posting {@link Msg.Indexed} as the library's indexing does.
 */
final class Follower implements AutoCloseable {

    static final long LOOK_MILLIS = 250;

    /** What was last seen of the followed file: its path, size and identity (inode). */
    private record Seen(String path, long size, Object key) {
    }

    private final Consumer<Msg> post;
    private final LongSupplier nanoTime;
    private Seen seen;
    private long nextLook;
    private volatile boolean closed;

    Follower(Consumer<Msg> post, LongSupplier nanoTime) {
        this.post = post;
        this.nanoTime = nanoTime;
    }

    /** What changed in the followed document's file since the last look (usually nothing). */
    List<Msg> poll(AppState state) {
        if (state.reader() == null || nanoTime.getAsLong() < nextLook) {
            return List.of();
        }
        nextLook = nanoTime.getAsLong() + TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS);
        int entry = state.reader().entry();
        LibraryDocument row = state.entries().get(entry);
        if (row.piped() || !row.readable() || row.path().endsWith(".gz")) {
            return List.of(); // piped text arrives by itself; a compressed file's size is not its text's
        }
        Seen now = stat(row.path());
        if (now == null) {
            return List.of(); // gone for a moment (a log rotated): the next look may find the new one
        }
        Seen before = seen != null && seen.path().equals(row.path()) ? seen
                : new Seen(row.path(), row.text().text().size(), now.key());
        seen = now;
        if (now.equals(before)) {
            return List.of();
        }
        String name = Sanitizer.line(Path.of(row.path()).getFileName().toString());
        if (!Objects.equals(now.key(), before.key())) {
            return readAgain(entry, row.path(), name + " was replaced: read again", null);
        }
        if (now.size() < before.size()) {
            return readAgain(entry, row.path(), name + " was cut shorter: read again", null);
        }
        return grown(entry, row, now, before);
    }

    private List<Msg> grown(int entry, LibraryDocument row, Seen now, Seen before) {
        TextSnapshot snapshot = row.text();
        if (snapshot.text() instanceof LargeFile large && snapshot.numbering() instanceof ParagraphIndex index) {
            if (!index.complete()) {
                seen = before; // the index being built is of the old size: look again once it is done
                return List.of();
            }
            try {
                LargeFile.Indexed grown = large.grownTo(now.size(), index);
                return List.of(new Msg.Changed(entry, row.path(),
                        new LibraryDocument.Large(row.path(), grown.text(), grown.index()), "", null));
            } catch (IOException e) {
                return readAgain(entry, row.path(), "", null);
            }
        }
        long started = nanoTime.getAsLong();
        List<Msg> read = readAgain(entry, row.path(), "", null);
        long took = nanoTime.getAsLong() - started;
        nextLook = Math.max(nextLook, nanoTime.getAsLong() + 10 * took);
        return read;
    }

    /** {@code R}: the file read again whole, the reader kept at {@code place}. */
    List<Msg> reload(Effect.Reload reload) {
        seen = stat(reload.path());
        return readAgain(reload.entry(), reload.path(), "Read again", reload.place());
    }

    private List<Msg> readAgain(int entry, String path, String note, Place keep) {
        LoadResult result = Library.readLazily(FileSource.of(Path.of(path)));
        if (result instanceof LoadResult.Failed failed) {
            return List.of(new Msg.Notice("cannot read " + Sanitizer.line(path) + " again: "
                    + Sanitizer.line(failed.reason())));
        }
        LibraryDocument row = LibraryDocument.of(result, path);
        if (result instanceof LoadResult.Large large) {
            indexInBackground(path, large.file());
        }
        return List.of(new Msg.Changed(entry, path, row, note, keep));
    }

    /** A large file read again is numbered as the library's are, posting its progress. */
    private void indexInBackground(String path, LargeFile file) {
        Workers.thread("pilcrow-index-again", () -> {
            try {
                LargeFile.Indexed done = file.index(
                        index -> post.accept(new Msg.Indexed(path, new TextSnapshot(file, index))), () -> closed);
                if (!closed) {
                    post.accept(new Msg.Indexed(path, new TextSnapshot(done.text(), done.index())));
                }
            } catch (IOException | RuntimeException e) {
                post.accept(new Msg.Notice("cannot index " + Sanitizer.line(path) + ": "
                        + Sanitizer.line(e instanceof IOException io ? DocumentReader.reasonFor(io) : e.toString())));
            }
        });
    }

    private static Seen stat(String path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            return new Seen(path, attributes.size(), attributes.fileKey());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
