package pilcrow.app;

import static pilcrow.app.KeyInput.Name.BACKSPACE;
import static pilcrow.app.KeyInput.Name.DOWN;
import static pilcrow.app.KeyInput.Name.END;
import static pilcrow.app.KeyInput.Name.ENTER;
import static pilcrow.app.KeyInput.Name.ESCAPE;
import static pilcrow.app.KeyInput.Name.HOME;
import static pilcrow.app.KeyInput.Name.LEFT;
import static pilcrow.app.KeyInput.Name.PAGE_DOWN;
import static pilcrow.app.KeyInput.Name.PAGE_UP;
import static pilcrow.app.KeyInput.Name.RIGHT;
import static pilcrow.app.KeyInput.Name.TAB;
import static pilcrow.app.KeyInput.Name.UP;

import java.util.List;
import java.util.Optional;

/**
 * The key tables, one per mode. They dispatch keys and they draw the help screen, so the two
 * cannot disagree. A mode's own table is tried before the global one. The constants are the
 * defaults (the README, the man page and the completions show them); a session dispatches through
 * its {@link KeyTables}, the defaults with the user's rebindings.
 *
 * @param name  the mode's name in a key setting ({@code key.reader.line_down})
 * @param title the heading of this table on the help screen
 */
public record KeyMap(String name, String title, List<Binding> bindings) {

    public KeyMap {
        bindings = List.copyOf(bindings);
    }

    public static final KeyMap LIST = new KeyMap("list", "Document list", with(listMoves("next document",
            "previous document", pages(), "first document", "last document"),
            bind(Action.OPEN, "open the document", key(ENTER), key('l'), key(RIGHT)),
            bind(Action.FILTER, "filter by title and path as you type", key('/')),
            bind(Action.CLEAR_FILTER, "clear the filter", key(ESCAPE)),
            bind(Action.BOOKMARKS, "all bookmarks", key('\'')),
            bind(Action.JUMP_BACK, "back into the document left, where it was", KeyInput.ctrl('o')),
            bind(Action.COMMAND_PROMPT, "e PATH or PATH: open a file (joins the list) or folder", key(':')),
            bind(Action.QUIT, "quit", key('q'))));

    public static final KeyMap READER = new KeyMap("reader", "Reading", List.of(
            bind(Action.LINE_DOWN, "a line down", key('j'), key(DOWN)),
            bind(Action.LINE_UP, "a line up", key('k'), key(UP)),
            bind(Action.PAGE_DOWN, "a page down", key(' '), key('f'), key(PAGE_DOWN)),
            bind(Action.PAGE_UP, "a page up", key('b'), key(PAGE_UP)),
            bind(Action.HALF_DOWN, "half a page down", key('d')),
            bind(Action.HALF_UP, "half a page up", key('u')),
            bind(Action.TOP, "the beginning", key('g'), key(HOME)),
            bind(Action.BOTTOM, "the end", key('G'), key(END)),
            bind(Action.NEXT_PARAGRAPH, "next paragraph to the top", key('}')),
            bind(Action.PREVIOUS_PARAGRAPH, "previous paragraph to the top", key('{')),
            bind(Action.NEXT_HEADING, "next heading to the top", key(')')),
            bind(Action.PREVIOUS_HEADING, "previous heading (this section's first) to the top", key('(')),
            bind(Action.OUTLINE, "the outline: headings to jump to", key('t')),
            bind(Action.NEXT_LINK, "select the next link (w3m's Tab is Ctrl-I here)", key('l')),
            bind(Action.PREVIOUS_LINK, "select the previous link", key('L')),
            bind(Action.FOLLOW_LINK, "follow the selected link: #anchor, a document beside; a URL is shown", key(ENTER)),
            bind(Action.GOTO_PROMPT, "paragraph N, +N, -N or N%; e PATH: a file or folder", key(':')),
            bind(Action.GOTO_TYPED, "the same, typed at once: 50% goes half way, as in less",
                    key('0'), key('1'), key('2'), key('3'), key('4'), key('5'), key('6'), key('7'), key('8'), key('9')),
            bind(Action.FIND, "find in this document (as you type)", key('/')),
            bind(Action.FIND_NEXT, "next match", key('n')),
            bind(Action.FIND_PREVIOUS, "previous match", key('N')),
            bind(Action.EDIT_DOCUMENT, "edit in $VISUAL/$EDITOR at this paragraph, read again", key('v')),
            bind(Action.BOOKMARK, "bookmark this paragraph (a note, then Enter)", key('m')),
            bind(Action.NEXT_BOOKMARK, "next bookmark in this document", key(']')),
            bind(Action.PREVIOUS_BOOKMARK, "previous bookmark in this document", key('[')),
            bind(Action.BOOKMARKS, "the bookmarks list ('' the place before the last jump)", key('\'')),
            bind(Action.JUMP_BACK, "back to where the last jump left (across documents)", KeyInput.ctrl('o')),
            bind(Action.JUMP_FORWARD, "forward again (Ctrl-I is Tab to a terminal)", KeyInput.ctrl('i'), key(TAB)),
            bind(Action.FOLLOW, "follow the end as it grows (tail -f); a move stops it",
                    key('T')),
            bind(Action.RELOAD, "read the document again, keeping the place", key('R')),
            bind(Action.TOGGLE_NUMBERS, "paragraph numbers on/off", key('#')),
            bind(Action.NARROWER, "narrower text", key('<')),
            bind(Action.WIDER, "wider text", key('>')),
            bind(Action.BACK, "back to the list", key('q'), key(ESCAPE), key('h'), key(LEFT))));

    public static final KeyMap RESULTS = new KeyMap("results", "Library search results", with(listMoves("next match",
            "previous match", List.of(bind(Action.PAGE_DOWN, "a page down", key(PAGE_DOWN), key(' ')),
                    bind(Action.PAGE_UP, "a page up", key(PAGE_UP), key('b'))),
            "first match", "last match"),
            bind(Action.OPEN, "open the document at the match (q there comes back here)", key(ENTER), key('l'), key(RIGHT)),
            bind(Action.LIBRARY_FIND, "a new search (F too)", key('/')),
            bind(Action.RANK, "best matches first (BM25, as find --rank) / library order", key('r')),
            bind(Action.BACK, "stop the search; again: back to the list", key('q'), key(ESCAPE), key('h'), key(LEFT))));

    public static final KeyMap BOOKMARKS = new KeyMap("bookmarks", "Bookmarks list", with(listMoves("next bookmark",
            "previous bookmark", pages(), "first (newest)", "last (oldest)"),
            bind(Action.OPEN, "go to the bookmark", key(ENTER), key('l'), key(RIGHT)),
            bind(Action.ALL_BOOKMARKS, "this document's / all documents'", key('a')),
            bind(Action.DELETE, "delete", key('d')),
            bind(Action.UNDO, "undo the last delete", key('u')),
            bind(Action.EDIT, "edit the note", key('e')),
            bind(Action.BEFORE_LAST_JUMP, "again (''): close, to the place before the last jump", key('\'')),
            bind(Action.BACK, "back", key('q'), key(ESCAPE), key('h'), key(LEFT))));

    public static final KeyMap OUTLINE = new KeyMap("outline", "Outline", with(listMoves("next heading",
            "previous heading", pages(), "first heading", "last heading"),
            bind(Action.OPEN, "go to the heading", key(ENTER), key('l'), key(RIGHT)),
            bind(Action.FILTER, "filter the headings as you type", key('/')),
            bind(Action.BACK, "back to the document", key('q'), key(ESCAPE), key('h'), key(LEFT))));

    public static final KeyMap PROMPT = new KeyMap("prompt", "Prompts", List.of(
            bind(Action.PROMPT_SUBMIT, "go (filter: open the selected row)", key(ENTER)),
            bind(Action.PROMPT_CANCEL, "cancel (find: back to where you were)", key(ESCAPE)),
            bind(Action.PROMPT_DELETE, "delete a character", key(BACKSPACE)),
            bind(Action.PROMPT_REGEX, "find: regular expression on/off", KeyInput.ctrl('r')),
            bind(Action.PROMPT_OLDER, "find: earlier searches; filter: the row above", key(UP), KeyInput.ctrl('p')),
            bind(Action.PROMPT_NEWER, "find: later searches; filter: the row below", key(DOWN), KeyInput.ctrl('n')),
            bind(Action.PROMPT_COMPLETE, "e PATH: complete the path, as a shell does", key(TAB))));

    public static final KeyMap GLOBAL = new KeyMap("global", "Everywhere", List.of(
            bind(Action.HELP, "this help (the reader's line and page keys scroll it, other keys close it)", key('?')),
            bind(Action.LIBRARY_FIND, "find in every document (again: the last results)", key('F')),
            bind(Action.QUIT, "quit", key('Q'), KeyInput.ctrl('c')),
            bind(Action.REPAINT, "repaint the screen", KeyInput.ctrl('l')),
            bind(Action.SUSPEND, "suspend to the shell (fg comes back)", KeyInput.ctrl('z'))));

    /** The tables the help screen shows, in order. */
    public static final List<KeyMap> ALL = List.of(LIST, READER, OUTLINE, RESULTS, BOOKMARKS, PROMPT, GLOBAL);

    /**
     * The moves of every list ({@link SelectableList}), its rows named: a row down and up, the
     * table's own paging, then either end. The keys are the same in each list.
     */
    static List<Binding> listMoves(String next, String previous, List<Binding> paging, String first, String last) {
        List<Binding> moves = new java.util.ArrayList<>();
        moves.add(bind(Action.LINE_DOWN, next, key('j'), key(DOWN)));
        moves.add(bind(Action.LINE_UP, previous, key('k'), key(UP)));
        moves.addAll(paging);
        moves.add(bind(Action.TOP, first, key('g'), key(HOME)));
        moves.add(bind(Action.BOTTOM, last, key('G'), key(END)));
        return moves;
    }

    /** Paging as the reader and the document list have it: Space, f, PgDn down; b, PgUp up. */
    private static List<Binding> pages() {
        return List.of(bind(Action.PAGE_DOWN, "a page down", key(' '), key('f'), key(PAGE_DOWN)),
                bind(Action.PAGE_UP, "a page up", key('b'), key(PAGE_UP)));
    }

    /** A table's bindings: a fragment, then its own. */
    private static List<Binding> with(List<Binding> fragment, Binding... own) {
        List<Binding> all = new java.util.ArrayList<>(fragment);
        all.addAll(List.of(own));
        return List.copyOf(all);
    }

    public Optional<Action> actionFor(KeyInput key) {
        return bindings.stream().filter(b -> b.matches(key)).map(Binding::action).findFirst();
    }

    /** The binding of {@code action} in this table, when it has one. */
    public Optional<Binding> binding(Action action) {
        return bindings.stream().filter(b -> b.action() == action).findFirst();
    }

    /** This table with {@code action}'s keys replaced by {@code keys}, its words kept. */
    KeyMap withKeys(Action action, List<KeyInput> keys) {
        List<Binding> changed = bindings.stream()
                .map(b -> b.action() == action ? new Binding(keys, action, b.help()) : b).toList();
        return new KeyMap(name, title, changed);
    }

    private static Binding bind(Action action, String help, KeyInput... keys) {
        return new Binding(List.of(keys), action, help);
    }

    private static KeyInput key(char ch) {
        return KeyInput.of(ch);
    }

    private static KeyInput key(KeyInput.Name name) {
        return KeyInput.of(name);
    }
}
