package pilcrow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Entry;
import pilcrow.app.Size;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
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
        try (session; Store store = Store.open(dataDir, Clock.systemUTC())) {
            boolean colors = console.color() && session.hasColors();
            boolean oneFile = paths.size() == 1 && Files.isRegularFile(Path.of(paths.get(0)))
                    && library.entries().size() == 1;
            String notice = notice(library).isEmpty() ? store.warning().orElse("") : notice(library);
            AppState initial = AppState.initial(library.name(), entries(library), new Size(0, 0), notice,
                    store.history());
            new FullScreenReader(session, console.measure(), colors, effect -> save(effect, store))
                    .run(initial, oneFile);
        }
        return true;
    }

    /**
     * Saves what the reader asks to keep. On the UI thread: a history entry is a few hundred bytes
     * and saved only when a search is made.
     */
    private static void save(Effect effect, Store store) {
        if (effect instanceof Effect.RememberSearch remember) {
            store.addHistory(remember.pattern());
        }
    }

    /** The first problem reading the library, shown on the first screen, not only after quitting. */
    static String notice(Library library) {
        List<String> errors = library.errors();
        if (errors.isEmpty()) {
            return "";
        }
        return errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    static List<Entry> entries(Library library) {
        List<Entry> entries = new ArrayList<>();
        for (LoadResult result : library.entries()) {
            if (result instanceof LoadResult.Loaded loaded) {
                entries.add(Entry.of(loaded.document()));
            } else if (result instanceof LoadResult.Failed failed) {
                entries.add(Entry.unreadable(failed.source().name(), failed.reason()));
            }
        }
        return entries;
    }
}
