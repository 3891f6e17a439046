package pilcrow.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pilcrow.core.text.Reasons;

/**
 * The {@link Store} of a data folder: bookmarks, reading positions and search history in
 * {@code bookmarks.json}.
 *
 * <p>Every change is saved at once: under {@link FolderLocks}, the file is read again, this store's
 * unsaved changes are merged into it entry by entry ({@link State#merge}), and the result replaces
 * the file atomically (temporary file forced to disk, atomic rename, folder forced). So a crash at
 * any instant leaves the old file or the new one, and instances sharing the folder never lose or
 * resurrect each other's changes. Reads pick up other instances' saves when the file has changed.
 *
 * <p>Problems never throw: a file that cannot be read is moved aside, a folder that cannot be
 * written keeps the changes in memory for the session, and {@link #warning()} says so in one line.
 * Thread-safe.
 */
final class FileStore implements Store {

    private static final String TEMP = FILE + ".tmp";
    private static final String ASIDE = FILE + ".corrupt-";
    private static final DateTimeFormatter ASIDE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /**
     * A save that failed is tried again by {@link #poll} after this, then after twice as long each
     * time, up to {@link #LAST_RETRY_MILLIS}: a full disk or a failing device is not hammered five
     * times a second. A change the user makes is tried at once.
     */
    static final long FIRST_RETRY_MILLIS = 1_000;
    static final long LAST_RETRY_MILLIS = 30_000;

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final FolderLocks locks;
    private final FileLayer files;
    private final SecureRandom random = new SecureRandom();

    /** The file as last read, with the unsaved changes on top: what callers see. */
    private State view = State.empty();
    /** Changes not yet in the file; only a folder that cannot be written keeps them here. */
    private State pending = State.empty();
    /** The file as last read or written; a different one means another instance saved. */
    private Stamp seen;
    private String warning;
    private boolean warningIsSaveFailure;
    /** Why the changes in {@link #pending} are not in the file; null when none wait. */
    private SaveFailure saveFailure;
    private boolean closed;
    /** Whether the temp file a failed save or a crash may leave was looked for under the lock. */
    private boolean staleTempRemoved;
    /** How long {@link #poll} waits after the last failed save before trying again; 0 after a save. */
    private long retryDelayMillis;
    /** When {@link #poll} may try the waiting changes again (the clock's millis). */
    private long nextRetryMillis;

    private record Stamp(Object fileKey, FileTime modified, long size) {}

    private FileStore(Path dir, Clock clock, FolderLocks locks, FileLayer files) {
        this.dir = dir;
        this.file = dir.resolve(FILE);
        this.clock = clock;
        this.locks = locks;
        this.files = files;
    }

    /** As above, on a file layer of the test's choosing (one that fails at a given step). */
    static FileStore open(Path dir, Clock clock, FolderLocks locks, FileLayer files) {
        FileStore store = new FileStore(dir, clock, locks, files);
        synchronized (store) {
            store.sync();
        }
        return store;
    }

    @Override
    public synchronized List<Bookmark> bookmarks() {
        refresh();
        return shownBookmarks();
    }

    /** The live bookmarks of the view as it is, without looking at the file. */
    private List<Bookmark> shownBookmarks() {
        return view.bookmarks.values().stream().map(State.Entry::value)
                .filter(b -> !b.deleted())
                .sorted(Comparator.comparingLong(Bookmark::createdMillis).reversed()
                        .thenComparing(Bookmark::id))
                .toList();
    }

    @Override
    public synchronized Bookmark add(String documentPath, String fingerprint, int paragraph,
            String quote, String note) {
        long now = clock.millis();
        Bookmark b = new Bookmark(newId(), documentPath, fingerprint, paragraph, quote, note, now,
                now, false);
        change(State.of(b));
        return b;
    }

    @Override
    public synchronized Bookmark restore(Bookmark deleted) {
        refresh();
        long tombstone = Optional.ofNullable(view.bookmarks.get(deleted.id()))
                .map(entry -> entry.value().updatedMillis()).orElse(0L);
        // Strictly after the tombstone: on a tie the tombstone wins the merge.
        Bookmark back = new Bookmark(deleted.id(), deleted.documentPath(), deleted.fingerprint(), deleted.paragraph(),
                deleted.quote(), deleted.note(), deleted.createdMillis(), 0, false)
                .stamped(Math.max(clock.millis(), tombstone + 1), false);
        change(State.of(back));
        return back;
    }

    @Override
    public synchronized Bookmark update(Bookmark changed) {
        refresh();
        Bookmark old = live(changed.id())
                .orElseThrow(() -> new IllegalArgumentException("no bookmark " + changed.id()));
        Bookmark b = new Bookmark(old.id(), changed.documentPath(), changed.fingerprint(),
                changed.paragraph(), changed.quote(), changed.note(), old.createdMillis(), 0, false)
                .stamped(laterThan(old.updatedMillis()), false);
        change(State.of(b));
        return b;
    }

    @Override
    public synchronized boolean delete(String id) {
        refresh();
        Optional<Bookmark> old = live(id);
        old.ifPresent(b -> change(State.of(b.stamped(laterThan(b.updatedMillis()), true))));
        return old.isPresent();
    }

    @Override
    public synchronized Optional<Position> position(String documentKey) {
        refresh();
        return Optional.ofNullable(view.positions.get(documentKey)).map(State.Entry::value);
    }

    @Override
    public synchronized List<Position> positions() {
        refresh();
        return view.positions.values().stream().map(State.Entry::value).toList();
    }

    @Override
    public synchronized Position savePosition(String documentKey, String documentPath,
            int paragraph, int offset) {
        Optional<Position> old = position(documentKey);
        if (old.isPresent() && old.get().paragraph() == paragraph && old.get().offset() == offset
                && old.get().documentPath().equals(documentPath)) {
            return old.get();
        }
        Position p = new Position(documentKey, documentPath, paragraph, offset,
                laterThan(old.map(Position::updatedMillis).orElse(0L)));
        change(State.of(p));
        return p;
    }

    @Override
    public synchronized List<String> history() {
        refresh();
        return view.history;
    }

    @Override
    public synchronized void addHistory(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return;
        }
        change(State.ofHistory(pattern));
    }

    @Override
    public synchronized Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    @Override
    public synchronized Optional<String> saveFailure() {
        return Optional.ofNullable(saveFailure).map(SaveFailure::line);
    }

    @Override
    public synchronized Optional<SaveFailure> saveFailureParts() {
        return Optional.ofNullable(saveFailure);
    }

    /**
     * One stat of the file; a file damaged meanwhile is reported in {@link #warning}, never moved.
     * A failed save is tried again 1 s after, then after twice as long each time, up to 30 s.
     */
    @Override
    public synchronized boolean poll() {
        if (closed) {
            return false;
        }
        List<Bookmark> before = shownBookmarks();
        String warningBefore = warning;
        if (!pending.isEmpty() && clock.millis() >= nextRetryMillis) {
            sync();
        } else {
            refresh();
        }
        return !shownBookmarks().equals(before) || !Objects.equals(warning, warningBefore);
    }

    @Override
    public synchronized Optional<String> unsavedSummary() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new java.util.ArrayList<>();
        addCount(parts, pending.bookmarks.size(), "bookmark change", "bookmark changes");
        addCount(parts, pending.positions.size(), "reading position", "reading positions");
        addCount(parts, pending.history.size(), "search", "searches");
        return Optional.of(String.join(" and ", parts));
    }

    private static void addCount(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    @Override
    public synchronized boolean cannotWrite() {
        return warningIsSaveFailure;
    }

    @Override
    public synchronized void close() {
        if (!closed && !pending.isEmpty()) {
            sync();
        }
        closed = true;
    }

    private Optional<Bookmark> live(String id) {
        return Optional.ofNullable(view.bookmarks.get(id)).map(State.Entry::value)
                .filter(b -> !b.deleted());
    }

    /** Now, but never before the version being replaced, so the change wins the merge. */
    private long laterThan(long previous) {
        return Math.max(clock.millis(), previous);
    }

    private String newId() {
        byte[] bytes = new byte[4];
        String id;
        do {
            random.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        } while (view.bookmarks.containsKey(id));
        return id;
    }

    private void change(State change) {
        if (closed) {
            throw new IllegalStateException("store closed");
        }
        view = State.merge(view, change);
        pending = State.merge(pending, change);
        sync();
    }

    private void refresh() {
        if (!Objects.equals(stamp(), seen)) {
            sync();
        }
    }

    /**
     * Reads the file under the lock, merges the unsaved changes in and writes them. Only a change
     * writes: reading alone never moves or rewrites the file, whatever it holds.
     */
    @SuppressWarnings("try") // the held lock is only closed, never read
    private void sync() {
        try {
            PrivateFiles.folder(dir);
            PrivateFiles.file(file); // one written by an older version was 0644
            try (FolderLocks.Held held = locks.acquire(dir)) {
                if (!staleTempRemoved) {
                    // The first time the folder is ours: only the lock holder writes the temp
                    // file, so one there now was left by a failed save or a process that died.
                    removeQuietly(dir.resolve(TEMP));
                    staleTempRemoved = true;
                }
                StateJson.Reading reading = read();
                State merged = State.merge(usable(reading), pending);
                if (!pending.isEmpty() && reading.newerVersion() != 0) {
                    // Rewriting it with only the fields this version knows could lose data.
                    view = merged;
                    seen = stamp();
                    saveFailure = new SaveFailure(file, "from a newer pilcrow (format version "
                            + reading.newerVersion() + "), read-only here", file + " is from a newer pilcrow"
                            + " (format version " + reading.newerVersion() + ") and read-only here", true);
                    retryLater();
                    return;
                }
                if (!pending.isEmpty()) {
                    String aside = reading.damage() == null ? null : keepAside();
                    write(merged);
                    if (aside != null) {
                        warn(file + " was " + reading.damage() + ": the original is kept as "
                                + aside + ", and what could be read is saved again", false);
                    }
                }
                seen = stamp();
                view = merged;
                pending = State.empty();
                saveFailure = null;
                retryDelayMillis = 0;
                if (warningIsSaveFailure) {
                    warning = null;
                    warningIsSaveFailure = false;
                }
            }
        } catch (IOException e) {
            SaveFailure failure = new SaveFailure(dir, Reasons.of(e));
            warn(failure.line() + ": changes are kept for this session and tried again", true);
            saveFailure = pending.isEmpty() ? null : failure;
            if (!pending.isEmpty()) {
                retryLater();
            }
            readWithoutLock();
        }
    }

    /** Spaces the next try of {@link #poll}: twice the last wait, within its bounds. */
    private void retryLater() {
        retryDelayMillis = retryDelayMillis == 0 ? FIRST_RETRY_MILLIS
                : Math.min(LAST_RETRY_MILLIS, 2 * retryDelayMillis);
        nextRetryMillis = clock.millis() + retryDelayMillis;
    }

    /**
     * When the folder cannot be written there is no lock file, but reading is still safe: the file
     * is only ever replaced whole.
     */
    private void readWithoutLock() {
        Stamp now = stamp();
        if (Objects.equals(now, seen)) {
            return;
        }
        try {
            view = State.merge(usable(read()), pending);
        } catch (IOException e) {
            // nothing more to show than before
        }
        seen = now;
    }

    /**
     * What this store shows of a reading, saying once in {@link #warning} what is not right with
     * it. A damaged file's complete entries are added to what this store had: the session's
     * bookmarks stay.
     */
    private State usable(StateJson.Reading reading) {
        if (reading.newerVersion() != 0) {
            warn(file + " is from a newer pilcrow (format version " + reading.newerVersion()
                    + "): shown read-only, nothing is saved to it", false);
            return reading.state();
        }
        if (reading.damage() != null) {
            warn(file + " is " + reading.damage() + ": showing what could be read; the file is"
                    + " kept aside before anything is saved", false);
            return State.merge(reading.state(), view);
        }
        if (reading.skipped() > 0) {
            warn(file + ": " + (reading.skipped() == 1 ? "1 entry" : reading.skipped() + " entries")
                    + " could not be read and are skipped (kept in the file as they are)", false);
        } else if (!warningIsSaveFailure) {
            warning = null; // the file is sound again
        }
        return reading.state();
    }

    private StateJson.Reading read() throws IOException {
        byte[] bytes;
        try {
            bytes = files.read(file);
        } catch (NoSuchFileException e) {
            return new StateJson.Reading(State.empty(), 0, null, 0);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return StateJson.read(text);
        } catch (CharacterCodingException e) {
            return new StateJson.Reading(State.empty(), 0, "damaged", 0);
        }
    }

    /**
     * Copies the file to a new name before it is replaced, never over an earlier copy; once per
     * damaged file: when a copy with the same bytes is there (a save that failed after copying,
     * tried again), that one is named. A copy that fails part way (a full disk) is removed, so
     * what is left aside is always whole.
     */
    private String keepAside() throws IOException {
        byte[] damaged = files.read(file);
        Optional<String> earlier = copyHolding(damaged);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String base = ASIDE + ASIDE_TIME.withZone(clock.getZone()).format(clock.instant());
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            Path copy = dir.resolve(name);
            try {
                files.copyNew(file, copy);
            } catch (FileAlreadyExistsException e) {
                continue; // taken: try the next name
            } catch (IOException e) {
                removeQuietly(copy);
                throw e;
            }
            files.forceFolder(dir);
            return name;
        }
    }

    /** The name of a copy kept aside earlier that holds exactly {@code bytes}, if one is there. */
    private Optional<String> copyHolding(byte[] bytes) throws IOException {
        List<Path> copies;
        try (var listing = Files.list(dir)) {
            copies = listing.filter(p -> p.getFileName().toString().startsWith(ASIDE)).sorted().toList();
        }
        for (Path copy : copies) {
            try {
                if (Files.size(copy) == bytes.length && java.util.Arrays.equals(files.read(copy), bytes)) {
                    return Optional.of(copy.getFileName().toString());
                }
            } catch (IOException e) {
                // gone or unreadable meanwhile: not the copy to name
            }
        }
        return Optional.empty();
    }

    private void write(State state) throws IOException {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(StateJson.render(state)));
        Path temp = dir.resolve(TEMP); // one name is enough: only the lock holder writes it
        try {
            files.writeForced(temp, bytes);
            files.replace(temp, file);
        } catch (IOException e) {
            removeQuietly(temp); // a half-written temp file (0 bytes on a full disk) is of no use
            throw e;
        }
        files.forceFolder(dir);
    }

    private void removeQuietly(Path path) {
        try {
            files.deleteIfExists(path);
        } catch (IOException e) {
            // removed at the next open
        }
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return null;
        }
    }

    private void warn(String message, boolean saveFailure) {
        warning = message;
        warningIsSaveFailure = saveFailure;
    }
}
