package pilcrow.app;

import java.util.ArrayList;
import java.util.List;
import pilcrow.app.Paths.Completion;
import pilcrow.app.Paths.Opened;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.LibraryDocument;

/**
 * Opening from inside, as the state machine does it: {@code :e PATH} typed in the goto prompt (or
 * {@code :} in the list), Tab completing the path, and what the edge found ({@link Msg.PathOpened}):
 * a file joins the list (once: again, it is the same row) and opens where it was left; a folder
 * becomes the library. Either is a jump, so Ctrl-O comes back. Files are read by the edge through
 * {@link Paths}; nothing here touches the file system.
 */
final class Opening {

    /** How many candidates the status line names before it says how many more. */
    static final int NAMED_CANDIDATES = 30;

    private Opening() {
    }

    /** Whether a prompt's text is an {@code e PATH} command rather than a paragraph to go to. */
    static boolean isCommand(String text) {
        String stripped = text.strip();
        return stripped.equals("e") || stripped.startsWith("e ") || stripped.startsWith("e\t");
    }

    /**
     * The prompt's text as an {@code e PATH} command: in the list's prompt, where {@code :} means
     * nothing else, a bare path is one too, so {@code :e PATH} (as in vim) and {@code :PATH} both open.
     */
    static String asCommand(Prompt prompt) {
        String text = prompt.text();
        return prompt.kind() == Prompt.Kind.COMMAND && !isCommand(text) && !text.isBlank() ? "e " + text : text;
    }

    /** The path an {@code e PATH} command names, as typed (leading blanks dropped, the rest kept). */
    static String pathOf(String text) {
        return text.strip().substring(1).strip();
    }

    /** Enter on {@code e PATH}: the edge is asked to open it. */
    static Next submit(AppState closed, String text) {
        String typed = pathOf(text);
        if (typed.isEmpty()) {
            return Next.of(closed.withMessage("e needs a path: e FILE or e FOLDER (Tab completes)"));
        }
        return Next.of(closed, new Effect.OpenPath(typed, beside(closed), null, null));
    }

    /** Tab in the prompt: the edge is asked for the names that complete the path typed. */
    static Next complete(AppState state) {
        String text = asCommand(state.prompt());
        if (!isCommand(text)) {
            return Next.of(state.withMessage("Tab completes a path after e: e PATH"));
        }
        return Next.of(state, new Effect.CompletePath(pathOf(text), beside(state)));
    }

    /** The document a relative path is taken beside: the one read (not text from a pipe), else none. */
    static String beside(AppState state) {
        ReaderState reader = state.reader();
        if (state.screen() != AppState.Screen.READER || reader == null) {
            return null;
        }
        LibraryDocument row = state.entries().get(reader.entry());
        return row.piped() ? null : row.path();
    }

    /**
     * The completions came: one is typed in; several, as a shell does, their common beginning typed
     * and their names on the status line. Stale ones (the text changed, the prompt closed) are dropped.
     */
    static AppState completed(AppState state, Msg.Completed msg) {
        Prompt prompt = state.prompt();
        if (prompt == null || !isCommand(asCommand(prompt)) || !pathOf(asCommand(prompt)).equals(msg.typed())) {
            return state;
        }
        Completion completion = msg.completion();
        List<String> names = completion.names();
        if (names.isEmpty()) {
            return state.withMessage("Nothing here begins with " + Sanitizer.line(msg.typed()));
        }
        String common = commonPrefix(names);
        AppState typed = state.withPrompt(prompt.withText(clipped("e " + completion.folder() + common), 0));
        if (names.size() == 1) {
            return typed.withMessage("");
        }
        return typed.withMessage(candidates(names));
    }

    /** Several candidates, on one line: as many as the status line is likely to show, then how many more. */
    private static String candidates(List<String> names) {
        StringBuilder line = new StringBuilder();
        int named = Math.min(names.size(), NAMED_CANDIDATES);
        for (int i = 0; i < named; i++) {
            line.append(i == 0 ? "" : "  ").append(Sanitizer.line(names.get(i)));
        }
        if (names.size() > named) {
            line.append("  \u2026 (").append(names.size()).append(')');
        }
        return line.toString();
    }

    static String commonPrefix(List<String> names) {
        String common = names.get(0);
        for (String name : names) {
            int length = 0;
            int most = Math.min(common.length(), name.length());
            while (length < most && common.charAt(length) == name.charAt(length)) {
                length++;
            }
            // Never half a surrogate pair.
            if (length > 0 && length < common.length() && Character.isHighSurrogate(common.charAt(length - 1))) {
                length--;
            }
            common = common.substring(0, length);
        }
        return common;
    }

    private static String clipped(String text) {
        return text.length() <= TextInput.MAX_LENGTH ? text : text.substring(0, TextInput.MAX_LENGTH);
    }

    /**
     * What the edge found at a path. A file: its row (an existing one when it is listed), opened
     * where it was left ({@code :e}), at its start or anchor (a link), recorded as a jump. A folder:
     * the new library, its list shown. Refused: the one line. A message that waited for the file
     * ({@code then}) is left to the caller to handle again.
     */
    static Next opened(Reading reading, AppState state, Msg.PathOpened msg) {
        Opened opened = msg.opened();
        if (opened instanceof Opened.Refused refused) {
            return Next.of(state.withMessage(Sanitizer.line(refused.why())));
        }
        if (opened instanceof Opened.Folder folder) {
            return asLibrary(state, folder);
        }
        LibraryDocument row = ((Opened.File) opened).row();
        AppState listed = listed(state, row);
        int entry = entryOf(listed, row.path());
        AppState open = reading.open(listed, entry, msg.anchor() == null);
        if (open.reader() == null || open.reader().entry() != entry) {
            return Next.of(open); // it cannot be opened: the message says why
        }
        AppState placed = msg.anchor() == null ? open
                : msg.anchor().isEmpty() ? reading.top(open) : Linking.toAnchor(reading, open, msg.anchor());
        return Jumping.noted(state.reader(), Next.of(placed));
    }

    /** The state with {@code row} in the list, at the end, unless a row of that path is there already. */
    static AppState listed(AppState state, LibraryDocument row) {
        if (entryOf(state, row.path()) >= 0) {
            return state;
        }
        List<LibraryDocument> entries = new ArrayList<>(state.entries());
        entries.add(row);
        AppState added = state.withEntries(entries);
        return added.withList(added.list().filtered(added.list().filter(), entries));
    }

    static int entryOf(AppState state, String path) {
        for (int i = 0; i < state.entries().size(); i++) {
            if (state.entries().get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A folder opened: its documents are the library, the list shows them, and the place left is a
     * jump. Bookmarks and positions are keyed by path, so they carry over; searches of the old
     * library end (their hits name its rows).
     */
    private static Next asLibrary(AppState state, Opened.Folder folder) {
        List<Effect> effects = new ArrayList<>();
        if (state.search() != null && state.search().running()) {
            effects.add(new Effect.CancelSearch(state.search().id()));
        }
        if (state.librarySearch() != null && state.librarySearch().running()) {
            effects.add(new Effect.CancelSearch(state.librarySearch().id()));
        }
        AppState jumped = state.reader() == null ? state : Jumping.recorded(state, state.reader());
        AppState library = new AppState(jumped.session().withLibraryName(folder.name()).withEntries(folder.entries()),
                jumped.preferences(), jumped.chrome(), PlainScreen.LIST, ListState.of(folder.entries()), null, null, null)
                .withMessage(folder.entries().isEmpty() ? "No documents in " + Sanitizer.line(folder.name())
                        : Sanitizer.line(folder.notice()));
        Next placed = Bookmarking.place(library, library.marks());
        effects.addAll(placed.effects());
        return new Next(placed.state(), effects);
    }
}
