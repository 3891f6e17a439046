package pilcrow.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import pilcrow.app.AppState;
import pilcrow.app.Entry;
import pilcrow.app.Size;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
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
    static boolean run(Library library, Console console) throws IOException, InterruptedException {
        TerminalSession session;
        try {
            session = TerminalSession.openSystem();
        } catch (DumbTerminalException e) {
            return false;
        }
        try (session) {
            boolean colors = console.color() && session.hasColors();
            new FullScreenReader(session, console.measure(), colors)
                    .run(AppState.initial(library.name(), entries(library), new Size(0, 0)));
        }
        return true;
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
