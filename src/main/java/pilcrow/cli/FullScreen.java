package pilcrow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Place;
import pilcrow.app.Effect;
import pilcrow.app.Mark;
import pilcrow.app.Msg;
import pilcrow.app.Entry;
import pilcrow.app.Size;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.store.Position;
import pilcrow.store.Store;
import pilcrow.terminal.DumbTerminalException;
import pilcrow.terminal.FullScreenReader;
import pilcrow.terminal.TerminalSession;

/** Runs the full-screen reader on the process's terminal, and puts the terminal back afterwards. */
final class FullScreen {

    private FullScreen() {
    }

    /**
     * @return false when the terminal cannot do full screen (TERM=dumb, no tty): print plainly
     */
    static boolean run(Library library, List<String> paths, Console console, Path dataDir)
            throws IOException, InterruptedException {
        TerminalSession session;
        try {
            session = TerminalSession.openSystem();
        } catch (DumbTerminalException e) {
            return false;
        }
        // The data folder is opened after the first paint: the list does not need it.
        Store[] store = new Store[1];
        try (session) {
            boolean colors = console.color() && session.hasColors();
            boolean oneFile = paths.size() == 1 && Files.isRegularFile(Path.of(paths.get(0)))
                    && library.entries().size() == 1;
            AppState initial = AppState.initial(library.name(), entries(library), new Size(0, 0), notice(library));
            FullScreenReader reader = new FullScreenReader(session, console.measure(), colors,
                    effect -> save(effect, store[0]));
            // SIGHUP (the SSH connection dropped), SIGTERM: the UI loop will not run again.
            session.beforeForcedClose(() -> saveOnSignal(reader.latest(), store[0]));
            reader.run(initial, oneFile, () -> {
                store[0] = Store.open(dataDir, Clock.systemUTC());
                return new Msg.DataLoaded(store[0].history(), marks(store[0]), places(store[0]),
                        store[0].warning().orElse(""));
            });
        } finally {
            if (store[0] != null) {
                store[0].close();
            }
        }
        return true;
    }

    /**
     * Saves what the reader asks to keep, and answers with what changed. On the UI thread: a save
     * is a few hundred bytes, made when the user asks (Enter on a search or a bookmark note).
     */
    static List<Msg> save(Effect effect, Store store) {
        if (effect instanceof Effect.RememberSearch remember) {
            store.addHistory(remember.pattern());
        } else if (effect instanceof Effect.AddBookmark add) {
            store.add(add.documentPath(), add.fingerprint(), add.paragraph(), add.quote(), add.note());
            return List.of(new Msg.MarksChanged(marks(store), true));
        } else if (effect instanceof Effect.DeleteBookmark delete) {
            store.delete(delete.id());
            return List.of(new Msg.MarksChanged(marks(store), false));
        } else if (effect instanceof Effect.SavePosition position) {
            String path = position.documentPath();
            store.savePosition(path, path, position.place().paragraph(), position.place().offset());
        } else if (effect instanceof Effect.EditNote edit) {
            store.bookmarks().stream().filter(b -> b.id().equals(edit.id())).findFirst()
                    .ifPresent(b -> store.update(b.withNote(edit.note())));
            return List.of(new Msg.MarksChanged(marks(store), false));
        }
        return List.of();
    }

    private static void saveOnSignal(AppState latest, Store store) {
        Effect.SavePosition unsaved = latest == null ? null : App.unsavedPosition(latest);
        if (unsaved != null && store != null) {
            save(unsaved, store);
        }
    }

    /** Reading positions by document path: the reader keys them by the entry's path. */
    static Map<String, Place> places(Store store) {
        Map<String, Place> places = new HashMap<>();
        for (Position position : store.positions()) {
            places.put(position.documentKey(), new Place(position.paragraph(), position.offset()));
        }
        return places;
    }

    static List<Mark> marks(Store store) {
        return store.bookmarks().stream()
                .map(b -> new Mark(b.id(), b.documentPath(), b.fingerprint(), b.paragraph(), b.quote(), b.note(),
                        b.createdMillis()))
                .toList();
    }

    /** The first problem reading the library, shown on the first screen, not only after quitting. */
    static String notice(Library library) {
        List<String> errors = library.errors();
        if (errors.isEmpty()) {
            return "";
        }
        return errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    /** A file's path made absolute, so a bookmark finds it from any directory; other names as they are. */
    static String absolute(String name) {
        Path path = Path.of(name);
        return Files.isRegularFile(path) ? path.toAbsolutePath().normalize().toString() : name;
    }

    static List<Entry> entries(Library library) {
        List<Entry> entries = new ArrayList<>();
        for (LoadResult result : library.entries()) {
            if (result instanceof LoadResult.Loaded loaded) {
                // Files by their absolute path: bookmarks find them from any directory.
                entries.add(new Entry(absolute(loaded.document().name()), loaded.document(), null));
            } else if (result instanceof LoadResult.Failed failed) {
                entries.add(Entry.unreadable(failed.source().name(), failed.reason()));
            }
        }
        return entries;
    }
}
