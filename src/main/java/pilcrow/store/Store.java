package pilcrow.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A reader's state kept between sessions and shared by every pilcrow of the same user: bookmarks,
 * reading positions, search history. Every front end (the reader, the line mode, the commands,
 * each served session) goes through this and nothing else, so a store elsewhere (a database table
 * for a team's servers, docs/scaling.md) would replace {@link FileStore} and nothing above it.
 *
 * <p>The contract a store keeps: each change is saved before the call returns, or kept and reported
 * in {@link #saveFailure()} (never reported as saved); changes made elsewhere are merged in entry
 * by entry ({@link State#merge}: the later change of an entry wins, deletions leave tombstones),
 * so instances sharing a store never lose each other's changes. Problems never throw. Thread-safe.
 */
public interface Store extends AutoCloseable {

    /** The file of a data folder that {@link #open} keeps the state in. */
    String FILE = "bookmarks.json";

    /**
     * Opens the store of a data folder, creating the folder when it is missing. For a process with
     * more than one store on the same folder, use {@link #open(Path, Clock, FolderLocks)} with one
     * shared {@link FolderLocks}.
     */
    static Store open(Path dir, Clock clock) {
        return open(dir, clock, new FolderLocks());
    }

    static Store open(Path dir, Clock clock, FolderLocks locks) {
        return FileStore.open(dir, clock, locks, FileLayer.REAL);
    }

    /** The live bookmarks (not deleted), newest first. */
    List<Bookmark> bookmarks();

    /** Adds and saves a bookmark with a new random id; returns it. */
    Bookmark add(String documentPath, String fingerprint, int paragraph, String quote, String note);

    /** Brings a deleted bookmark back as it was: its id, the time it was made, its place and note (undo). */
    Bookmark restore(Bookmark deleted);

    /**
     * Saves a changed bookmark (a new note, a new place), found by its id; returns it as stored.
     *
     * @throws IllegalArgumentException when no live bookmark has that id
     */
    Bookmark update(Bookmark changed);

    /** Deletes a bookmark, leaving a tombstone; false when no live bookmark has that id. */
    boolean delete(String id);

    Optional<Position> position(String documentKey);

    /** Every document's saved reading position. */
    List<Position> positions();

    /** Saves where the reader is in a document (a place already saved is not written again). */
    Position savePosition(String documentKey, String documentPath, int paragraph, int offset);

    /** Patterns searched before, oldest first, at most {@value State#HISTORY_LIMIT}. */
    List<String> history();

    /** Records a search pattern as the most recent one (moving it if it was there). */
    void addHistory(String pattern);

    /** The last problem met, one line, e.g. a corrupt file moved aside or a read-only folder. */
    Optional<String> warning();

    /**
     * Why changes are not saved ("cannot save in DIR (no space left on device)"), one line, while
     * some wait to be saved: each later change, and {@link #close}, tries again. Empty when the
     * store holds every change.
     */
    Optional<String> saveFailure();

    /** As {@link #saveFailure()}, in its parts, for a message that must fit a status line. */
    Optional<SaveFailure> saveFailureParts();

    /**
     * Looks for changes made elsewhere (for the file, one stat) and takes them in; changes waiting
     * to be saved are tried again once their retry is due. Returns whether the bookmarks or the
     * warning changed.
     */
    boolean poll();

    /**
     * What waits to be saved, counted for a person: "1 bookmark change", "2 bookmark changes and
     * 1 reading position"; empty when nothing waits.
     */
    Optional<String> unsavedSummary();

    /** Whether the store refused the last try to lock or write it (the warning says why). */
    boolean cannotWrite();

    /** Tries once more to save changes that could not be saved; the store is unusable after. */
    @Override
    void close();

    /**
     * Why changes could not be saved: the folder or file that refused them, and the reason
     * ("not a directory"), kept apart so a short message can elide the path and keep the reason.
     *
     * @param line the whole sentence, for the command line
     * @param readOnly the file is from a newer pilcrow: no retry will save to it by itself
     */
    record SaveFailure(Path where, String why, String line, boolean readOnly) {

        public SaveFailure(Path where, String why) {
            this(where, why, "cannot save in " + where + " (" + why + ")", false);
        }

        public SaveFailure(Path where, String why, String line) {
            this(where, why, line, false);
        }
    }
}
