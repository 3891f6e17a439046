package pilcrow.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.KeySettings;
import pilcrow.app.Mark;
import pilcrow.app.Msg;
import pilcrow.app.Paths;
import pilcrow.app.Place;
import pilcrow.app.Preferences;
import pilcrow.app.Size;
import pilcrow.core.text.Clip;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.TextMeasure;
import pilcrow.library.LibraryDocument;
import pilcrow.search.LibraryIndexes;
import pilcrow.source.DocumentReader;
import pilcrow.source.Library;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;
import pilcrow.store.Position;
import pilcrow.store.Settings;
import pilcrow.store.SettingsFile;
import pilcrow.store.Store;
import pilcrow.terminal.DumbTerminalException;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.terminal.SessionReaderTerminal;
import pilcrow.terminal.TerminalSession;
import pilcrow.view.Theme;
import pilcrow.work.Workers;

/**
 * The full-screen reader's composition: on the process's terminal ({@link #run}), putting it back
 * afterwards, or on any open terminal such as an SSH session's ({@link #runOn}).
 */
public final class FullScreen {

    /** How long a signal's save waits for the data folder, if it is still being opened. */
    static final long SIGNAL_WAIT_MILLIS = 2000;

    private FullScreen() {
    }

    /**
     * @param colors  styling allowed (the console's choice; the terminal must have colours too)
     * @param measure how wide text is on the terminal
     * @return false when the terminal cannot do full screen (TERM=dumb, no tty): print plainly
     */
    public static boolean run(Library library, List<String> paths, boolean colors, Settings settings, TextMeasure measure,
                              Path dataDir, TerminalSession.Prepared terminal) throws IOException, InterruptedException {
        boolean oneFile = paths.size() == 1 && Files.isRegularFile(Path.of(paths.get(0)))
                && library.entries().size() == 1;
        // Large documents are indexed in the background from the first paint on, and books read
        // whole (Library.loadOpenings read their first chapters), each posted as it grew; the
        // data folder waits for the books, so a saved place or bookmark is put in the whole book.
        // Only for one file named alone, the only case PilcrowCommand reads a book's opening for.
        List<Integer> books = oneFile ? library.books() : List.of();
        java.util.concurrent.CountDownLatch booksRead = new java.util.concurrent.CountDownLatch(books.isEmpty() ? 0 : 1);
        try (Indexing indexing = new Indexing()) {
            return run(library.name(), entries(library), notice(library), oneFile, colors, settings, measure,
                    terminal, indexing, reader -> {
                        indexing.start(library, reader::post, reader::busy);
                        if (!books.isEmpty()) {
                            Workers.thread("pilcrow-books", () -> readBooks(library, books, reader::post, booksRead));
                        }
                    }, () -> {
                        awaitUninterruptibly(booksRead);
                        return Store.open(dataDir, Clock.systemUTC());
                    }, LibraryIndexes.NONE);
        }
    }

    /**
     * Reads each of {@code books} whole and posts it as its entry grown; a failure is its one line.
     * The status line says the rest is being read, and when it is here: until then the count it
     * shows is the first chapter's.
     */
    static void readBooks(Library library, List<Integer> books, Consumer<Msg> post,
                          java.util.concurrent.CountDownLatch done) {
        try {
            for (int entry : books) {
                LoadResult opening = library.entries().get(entry);
                String title = opening instanceof LoadResult.Loaded first ? first.document().title()
                        : opening.source().name();
                post.accept(new Msg.Notice("Reading the rest of " + title + "\u2026"));
                LoadResult whole = DocumentReader.read(opening.source());
                if (whole instanceof LoadResult.Loaded loaded) {
                    post.accept(new Msg.Arrived(entry, loaded.document()));
                    post.accept(new Msg.Notice(String.format(java.util.Locale.ROOT, "%s is read whole: %,d paragraphs",
                            title, loaded.document().paragraphCount())));
                } else if (whole instanceof LoadResult.Failed failed) {
                    post.accept(new Msg.Notice(failed.message()));
                }
            }
        } finally {
            done.countDown();
        }
    }

    private static void awaitUninterruptibly(java.util.concurrent.CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Standard input paged as it arrives (a pipe, keys from the controlling terminal): the reader
     * opens on it at once and shows each part as it comes.
     *
     * @return false when there is no terminal to page on (no controlling tty, TERM=dumb)
     */
    public static boolean run(PipedInput input, boolean colors, Settings settings, TextMeasure measure, Path dataDir,
                              TerminalSession.Prepared terminal) throws IOException, InterruptedException {
        try (input; Indexing indexing = new Indexing()) {
            List<LibraryDocument> entries = List.of(LibraryDocument.piped(input.name(), input.empty()));
            return run(input.name(), entries, "", true, colors, settings, measure, dataDir, terminal, indexing,
                    reader -> {
                        indexing.start(List.of(), reader::post, reader::busy); // for files opened with :e
                        input.start(reader::post);
                    });
        }
    }

    /**
     * The reader on the process's terminal, for any list of entries (a large library whose rows
     * are measured in the background, say).
     *
     * @param indexing        indexes the large files opened from inside ({@code :e}, a link) too;
     *                        {@code afterFirstPaint} starts it
     * @param afterFirstPaint starts background work once the first screen is up, given the reader
     *                        to post its messages to
     * @return false when the terminal cannot do full screen (TERM=dumb, no tty): print plainly
     */
    public static boolean run(String name, List<LibraryDocument> entries, String notice, boolean oneFile, boolean colors,
                              Settings settings, TextMeasure measure, Path dataDir, TerminalSession.Prepared terminal,
                              Indexing indexing, Consumer<FullScreenReader> afterFirstPaint)
            throws IOException, InterruptedException {
        return run(name, entries, notice, oneFile, colors, settings, measure, dataDir, terminal, indexing,
                afterFirstPaint, LibraryIndexes.NONE);
    }

    /** As above, {@code F} leaving unread what the fresh indexes of {@code indexes}' roots rule out. */
    public static boolean run(String name, List<LibraryDocument> entries, String notice, boolean oneFile, boolean colors,
                              Settings settings, TextMeasure measure, Path dataDir, TerminalSession.Prepared terminal,
                              Indexing indexing, Consumer<FullScreenReader> afterFirstPaint, LibraryIndexes indexes)
            throws IOException, InterruptedException {
        return run(name, entries, notice, oneFile, colors, settings, measure, terminal, indexing, afterFirstPaint,
                () -> Store.open(dataDir, Clock.systemUTC()), indexes);
    }

    private static boolean run(String name, List<LibraryDocument> entries, String notice, boolean oneFile, boolean colors,
                               Settings settings, TextMeasure measure, TerminalSession.Prepared terminal,
                               Indexing indexing, Consumer<FullScreenReader> afterFirstPaint, Supplier<Store> openStore,
                               LibraryIndexes indexes)
            throws IOException, InterruptedException {
        TerminalSession session;
        try {
            session = terminal.open();
        } catch (DumbTerminalException e) {
            return false;
        }
        Ended ended;
        try (session) {
            ended = session(session, name, entries, notice, oneFile, colors && session.hasColors(), settings, measure,
                    openStore, afterFirstPaint, LocalPaths.local().indexingWith(indexing::add), true, indexes);
        }
        // The terminal is restored: the one line is seen, and the exit status says it (2).
        if (ended.unsaved() != null) {
            throw new IOException(ended.unsaved());
        }
        return true;
    }

    /**
     * How a reader ended.
     *
     * @param quit    the user quit (else the terminal closed under the reader)
     * @param unsaved what the last try could not save and why ("1 bookmark change not saved: no
     *                space left on device"), or null when everything was saved
     */
    record Ended(boolean quit, String unsaved) {
    }

    /**
     * The reader on an open terminal, until the user quits or the terminal closes: the local tty's
     * or one SSH session's. Everything it keeps is its own (the app, the view, the store opened by
     * {@code openStore}), so many can run in one JVM; the library is shared read-only. The store is
     * opened after the first paint (the list does not need it) and closed at the end. The caller
     * closes the terminal.
     *
     * @return true when the user quit; false when the terminal closed under the reader
     */
    public static boolean runOn(TerminalSession session, Library library, boolean oneFile, boolean colors,
                      Settings settings, TextMeasure measure, Supplier<Store> openStore)
            throws IOException, InterruptedException {
        return runOn(session, library, oneFile, colors, settings, measure, openStore, reader -> { }, Paths.NONE);
    }

    /**
     * As above, starting {@code afterFirstPaint} (the large documents' indexes) once the first
     * screen is up, and opening from inside ({@code :e}, links out of the library) through
     * {@code paths} (a served session's: confined to the served folders).
     */
    public static boolean runOn(TerminalSession session, Library library, boolean oneFile, boolean colors,
                      Settings settings, TextMeasure measure, Supplier<Store> openStore,
                      Consumer<FullScreenReader> afterFirstPaint, Paths paths)
            throws IOException, InterruptedException {
        return session(session, library.name(), entries(library), notice(library), oneFile, colors, settings, measure,
                openStore, afterFirstPaint, paths, false, LibraryIndexes.NONE).quit(); // served: no file read again by its path (R, following)
    }

    /**
     * As {@link #runOn(TerminalSession, Library, boolean, boolean, Settings, TextMeasure, Supplier)}, for any
     * list of entries.
     *
     * @param afterFirstPaint starts background work once the first screen is up (measuring a large
     *                        library, indexing large documents), given the reader to post its
     *                        messages to
     */
    static boolean runOn(TerminalSession session, String name, List<LibraryDocument> entries, String notice, boolean oneFile,
                         boolean colors, Settings settings, TextMeasure measure, Supplier<Store> openStore,
                         Consumer<FullScreenReader> afterFirstPaint)
            throws IOException, InterruptedException {
        // Served: files are opened only inside the served folders, so none is read again by its path here.
        return session(session, name, entries, notice, oneFile, colors, settings, measure, openStore, afterFirstPaint,
                Paths.NONE, false, LibraryIndexes.NONE).quit();
    }

    /** As {@link #runOn}, telling also what could not be saved by the end (the store closed, tried once more). */
    static Ended session(TerminalSession session, String name, List<LibraryDocument> entries, String notice, boolean oneFile,
                         boolean colors, Settings settings, TextMeasure measure, Supplier<Store> openStore,
                         Consumer<FullScreenReader> afterFirstPaint, Paths paths, boolean readsAgain,
                         LibraryIndexes indexes)
            throws IOException, InterruptedException {
        DataFolder data = new DataFolder(openStore);
        boolean quit;
        Follower[] follower = {null};
        try (data) {
            AppState initial = initialState(name, entries, notice, settings);
            FullScreenReader reader = new FullScreenReader(new SessionReaderTerminal(session, measure, settings.hyperlinks()), measure,
                    colors ? Theme.named(settings.theme()) : Theme.MONOCHROME,
                    effect -> save(effect, data.awaitStore(), measure), System::nanoTime, post -> new BackgroundSearch(post, indexes))
                    .watching(() -> changesElsewhere(data.storeIfOpen()))
                    .remembering(layout -> remember(settings, layout))
                    .opening(paths)
                    .editing(edit -> Editor.run(session, edit, System.getenv(), paths))
                    .holdingQuit(new QuitHold(() -> data.storeIfOpen())::reason);
            if (settings.mouse()) {
                session.reportMouse(); // turned off again with the rest of the screen when the session closes
            }
            if (readsAgain) {
                follower[0] = new Follower(reader::post, System::nanoTime);
                reader.following(follower[0]::reload, follower[0]::poll);
            }
            // SIGHUP (the SSH connection dropped), SIGTERM, a server stopping: the UI loop will not run again.
            session.beforeForcedClose(() -> saveOnSignal(reader.latest(), data.awaitStore(SIGNAL_WAIT_MILLIS)));
            AppState last = reader.run(initial, oneFile, () -> {
                afterFirstPaint.accept(reader);
                data.openInBackground(reader::post);
            });
            quit = last.quitting();
        } finally {
            if (follower[0] != null) {
                follower[0].close();
            }
        }
        return new Ended(quit, unsavedAtEnd(data.storeIfOpen()).orElse(null));
    }

    /**
     * The reader's first state for a session with {@code settings}: laid out with the file's width
     * and numbers, dispatching through its own key tables (the defaults with the file's
     * rebindings), the first warning on the status line.
     */
    public static AppState initialState(String name, List<LibraryDocument> entries, String notice, Settings settings) {
        KeySettings.Rebound keys = keys(settings);
        return AppState.initial(name, entries, new Size(0, 0), withWarnings(notice, warnings(settings, keys)))
                .withPreferences(new Preferences(settings.numbers(), settings.width(), keys.tables()));
    }

    /** The key tables {@code settings} put in force, and what of them could not be taken. */
    public static KeySettings.Rebound keys(Settings settings) {
        String where = settings.file().map(file -> file.getFileName().toString()).orElse(SettingsFile.NAME);
        return KeySettings.apply(settings.keyValues(), where);
    }

    /** Every warning about the settings: the file's own, then its keys'. */
    public static List<String> warnings(Settings settings, KeySettings.Rebound keys) {
        List<String> all = new ArrayList<>(settings.warnings());
        all.addAll(keys.warnings());
        return all;
    }

    /** The first line of the status: the settings file's first warning before what the library had to say. */
    static String withWarnings(String notice, Settings settings) {
        return withWarnings(notice, warnings(settings, keys(settings)));
    }

    private static String withWarnings(String notice, List<String> warnings) {
        if (warnings.isEmpty()) {
            return notice;
        }
        String more = warnings.size() > 1 ? " (pilcrow config shows them all)" : "";
        return Sanitizer.line(warnings.get(0)) + more + (notice.isEmpty() ? "" : "; " + notice);
    }

    /**
     * Writes the width and numbers changed in the reader into the settings file, keeping its
     * other lines; a failure is said on the status line, never as saved.
     */
    static List<Msg> remember(Settings settings, Effect.RememberLayout layout) {
        if (settings.file().isEmpty()) {
            return List.of();
        }
        Path file = settings.file().get();
        Optional<String> failure = SettingsFile.write(file, Map.of("width", String.valueOf(layout.measure()),
                "numbers", Settings.onOff(layout.numbers())));
        return failure.map(why -> List.<Msg>of(new Msg.Notice("Not saved in " + file + ": " + why))).orElse(List.of());
    }

    /** What a closed store could not save, and why, in one line; empty when it saved everything. */
    static Optional<String> unsavedAtEnd(Store store) {
        if (store == null) {
            return Optional.empty();
        }
        Optional<Store.SaveFailure> failure = store.saveFailureParts();
        return store.unsavedSummary().flatMap(unsaved -> failure.map(f -> unsaved + " not saved: " + f.why()));
    }

    /**
     * Holds the first quit while changes wait to be saved, saying how many and why, and that
     * quitting again loses them (vim's E37); the next quit goes.
     */
    static final class QuitHold {
        private final Supplier<Store> store;
        private boolean told;

        QuitHold(Supplier<Store> store) {
            this.store = store;
        }

        /** Why not to quit yet, or null to quit. */
        String reason() {
            Optional<String> unsaved = unsavedAtEnd(store.get());
            if (told || unsaved.isEmpty()) {
                return null;
            }
            told = true;
            return unsaved.get() + "; quit again to discard";
        }
    }

    /**
     * Saves what the reader asks to keep, and answers with what changed. On the UI thread: a save
     * is a few hundred bytes, made when the user asks (Enter on a search or a bookmark note).
     */
    public static List<Msg> save(Effect.Save effect, Store store) {
        return save(effect, store, new JLineTextMeasure());
    }

    /** As above, measuring a failure's message with {@code measure} to fit it on the status line. */
    static List<Msg> save(Effect.Save effect, Store store, TextMeasure measure) {
        if (store == null) {
            return effect instanceof Effect.SavePosition || effect instanceof Effect.RememberSearch ? List.of()
                    : List.of(new Msg.Notice("Not saved: the data folder could not be opened"));
        }
        return effect.accept(new Saving(store, measure));
    }

    /** What each kind of saving effect keeps in the data folder, and the messages that answer it. */
    private record Saving(Store store, TextMeasure measure) implements Effect.Save.Visitor<List<Msg>> {

        @Override
        public List<Msg> rememberSearch(Effect.RememberSearch remember) {
            store.addHistory(remember.pattern());
            return List.of();
        }

        @Override
        public List<Msg> addBookmark(Effect.AddBookmark add) {
            store.add(add.documentPath(), add.fingerprint(), add.paragraph(), add.quote(), add.note());
            return marksAfterSaving(store, true, measure);
        }

        @Override
        public List<Msg> restoreBookmark(Effect.RestoreBookmark restore) {
            Mark mark = restore.mark();
            store.restore(new pilcrow.store.Bookmark(mark.id(), mark.documentPath(), mark.fingerprint(),
                    mark.paragraph(), mark.quote(), mark.note(), mark.createdMillis(), 0, false));
            return marksAfterSaving(store, false, measure);
        }

        @Override
        public List<Msg> deleteBookmark(Effect.DeleteBookmark delete) {
            store.delete(delete.id());
            return marksAfterSaving(store, false, measure);
        }

        @Override
        public List<Msg> savePosition(Effect.SavePosition position) {
            String path = position.documentPath(); // piped text sends none (App: it has no file)
            store.savePosition(path, path, position.place().paragraph(), position.place().offset());
            return List.of();
        }

        @Override
        public List<Msg> editNote(Effect.EditNote edit) {
            store.bookmarks().stream().filter(b -> b.id().equals(edit.id())).findFirst()
                    .ifPresent(b -> store.update(b.withNote(edit.note())));
            return marksAfterSaving(store, false, measure);
        }
    }

    /**
     * The bookmarks after a change, and whether it reached the file: "Bookmark saved" only when it
     * did, else what failed (the change stays in this session and is tried again).
     */
    private static List<Msg> marksAfterSaving(Store store, boolean sayingSaved, TextMeasure measure) {
        Optional<Store.SaveFailure> failure = store.saveFailureParts();
        Msg marks = new Msg.MarksChanged(marks(store), sayingSaved && failure.isEmpty());
        return failure.isEmpty() ? List.of(marks)
                : List.of(marks, new Msg.Notice(notSaved(failure.get(), measure)));
    }

    /**
     * The status line's room for a message on an 80-column terminal: 80 less the reader's
     * "¶12/345  67% " and a space either side (a message is cut beyond it).
     */
    static final int NOTICE_COLUMNS = 66;
    /** Said when changes that could not be saved were saved by a later try. */
    static final String SAVED_NOW = "Saved now: the changes kept since the failed save are in the file";
    private static final int LEAST_PATH_COLUMNS = 12;

    /**
     * "Not saved: /home/…/share/pilcrow: not a directory; kept for now, retrying": that nothing
     * was saved, where and why, that the change is kept for this session and tried again, in
     * {@link #NOTICE_COLUMNS}; the path gives up its middle first.
     */
    static String notSaved(Store.SaveFailure failure, TextMeasure measure) {
        if (failure.readOnly()) {
            // Not retried in any way that could succeed by itself: no "retrying" every 30 s.
            return "Not saved: " + Clip.middle(Sanitizer.line(failure.where().getFileName().toString()), 20, measure)
                    + " is from a newer pilcrow, read-only here";
        }
        String before = "Not saved: ";
        String after = ": " + Sanitizer.line(failure.why()) + "; kept for now, retrying";
        int room = Math.max(LEAST_PATH_COLUMNS, NOTICE_COLUMNS - measure.width(before) - measure.width(after));
        return before + Clip.middle(Sanitizer.line(failure.where().toString()), room, measure) + after;
    }

    /**
     * What another pilcrow or the CLI changed in the data folder since the last look: the
     * bookmarks (marks, ' and ]/[ follow), and a new warning (the file was damaged meanwhile).
     */
    static List<Msg> changesElsewhere(Store store) {
        if (store == null) {
            return List.of();
        }
        Optional<String> warningBefore = store.warning();
        boolean waitingBefore = store.saveFailureParts().isPresent();
        boolean changed = store.poll();
        // A retry that went through: the "Not saved" said before is no longer true.
        boolean savedNow = waitingBefore && store.saveFailureParts().isEmpty();
        if (!changed && !savedNow) {
            return List.of();
        }
        List<Msg> changes = new ArrayList<>();
        changes.add(new Msg.MarksChanged(marks(store), false));
        store.warning().filter(w -> !Optional.of(w).equals(warningBefore))
                .ifPresent(w -> changes.add(new Msg.Notice(w)));
        if (savedNow) {
            changes.add(new Msg.Notice(SAVED_NOW));
        }
        return changes;
    }

    private static void saveOnSignal(AppState latest, Store store) {
        Effect.SavePosition unsaved = latest == null ? null : App.unsavedPosition(latest);
        if (unsaved != null && store != null) {
            save(unsaved, store);
        }
    }

    /** Reading positions by document path: the reader keys them by the entry's path. */
    public static Map<String, Place> places(Store store) {
        Map<String, Place> places = new HashMap<>();
        for (Position position : store.positions()) {
            places.put(position.documentKey(), new Place(position.paragraph(), position.offset()));
        }
        return places;
    }

    public static List<Mark> marks(Store store) {
        return store.bookmarks().stream()
                .map(b -> new Mark(b.id(), b.documentPath(), b.fingerprint(), b.paragraph(), b.quote(), b.note(),
                        b.createdMillis()))
                .toList();
    }

    /**
     * The first problem reading the library, shown on the first screen, not only after quitting;
     * then how many files a folder scan skipped (binary, hidden), which `list --verbose` names.
     */
    static String notice(Library library) {
        return notice(library.errors(), library.skipped());
    }

    public static String notice(List<String> errors, List<LibraryScanner.Skipped> skipped) {
        String problems = notice(errors);
        if (skipped.isEmpty()) {
            return problems;
        }
        return problems.isEmpty() ? LibraryScanner.summary(skipped) + " (pilcrow list --verbose names them)"
                : problems + "; " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " skipped";
    }

    static String notice(List<String> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        return errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    /** A file's path made absolute, so a bookmark finds it from any directory; other names as they are. */
    public static String absolute(String name) {
        Path path = Path.of(name);
        return Files.isRegularFile(path) ? path.toAbsolutePath().normalize().toString() : name;
    }

    public static List<LibraryDocument> entries(Library library) {
        List<LibraryDocument> entries = new ArrayList<>();
        for (LoadResult result : library.entries()) {
            // Files by their absolute path: bookmarks find them from any directory.
            String path = result instanceof LoadResult.Failed ? result.source().name()
                    : absolute(result instanceof LoadResult.Loaded loaded ? loaded.document().name()
                            : result.source().name());
            entries.add(LibraryDocument.of(result, path));
        }
        return entries;
    }
}
