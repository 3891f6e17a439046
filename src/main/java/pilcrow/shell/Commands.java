package pilcrow.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shell's commands: one table that the interpreter dispatches on, {@code help} prints, and
 * completion offers, so the three never disagree.
 */
public final class Commands {

    /** What a command's argument is, which is also what completion offers for it. */
    public enum Arg { NONE, DOCUMENT, PARAGRAPHS, SECTION, LINK, PATTERN, NOTE, BOOKMARK, COMMAND }

    /**
     * One command.
     *
     * @param name    what {@code help} shows and completion offers
     * @param aliases short forms, also accepted
     * @param usage   the argument as {@code help} shows it, or ""
     * @param help    one line on what it does
     */
    public record Command(String name, List<String> aliases, Arg arg, String usage, String help) {

        public boolean answersTo(String word) {
            return name.equals(word) || aliases.contains(word);
        }
    }

    public static final Command LIST = new Command("list", List.of("ls"), Arg.NONE, "",
            "the documents, numbered");
    public static final Command OPEN = new Command("open", List.of("o"), Arg.DOCUMENT, "N|title",
            "open a document (where you left it) and print its paragraph");
    public static final Command NEXT = new Command("next", List.of("j"), Arg.NONE, "",
            "print the next paragraph (also Enter on an empty line)");
    public static final Command PREV = new Command("prev", List.of("k"), Arg.NONE, "",
            "print the previous paragraph");
    public static final Command PRINT = new Command("p", List.of("print"), Arg.PARAGRAPHS, "[N|N..M]",
            "print paragraph N, or N to M (this one again without N)");
    public static final Command WHERE = new Command("where", List.of("w"), Arg.NONE, "",
            "the document and paragraph you are at");
    public static final Command OUTLINE = new Command("outline", List.of("toc"), Arg.NONE, "",
            "the open document's headings, numbered for section");
    public static final Command SECTION = new Command("section", List.of("sec"), Arg.SECTION, "N",
            "go to heading N of the outline and print it");
    public static final Command LINKS = new Command("links", List.of(), Arg.NONE, "",
            "the links of this paragraph, numbered for follow");
    public static final Command FOLLOW = new Command("follow", List.of(), Arg.LINK, "N",
            "follow link N: #anchor, a document beside this one; a URL is shown, not opened");
    public static final Command FIND = new Command("find", List.of("f", "/"), Arg.PATTERN, "[PATTERN]",
            "the first match from here on (smart case; no PATTERN: the last one searched)");
    public static final Command FIND_NEXT = new Command("n", List.of(), Arg.NONE, "",
            "the next match");
    public static final Command FIND_PREV = new Command("N", List.of(), Arg.NONE, "",
            "the previous match");
    public static final Command BOOKMARK = new Command("bookmark", List.of("m"), Arg.NOTE, "[note]",
            "bookmark this paragraph, with a note if you like");
    public static final Command BOOKMARKS = new Command("bookmarks", List.of("marks", "'"), Arg.NONE, "",
            "every bookmark, newest first, with its id");
    public static final Command JUMP = new Command("jump", List.of("g"), Arg.BOOKMARK, "ID",
            "go to a bookmark and print its paragraph");
    public static final Command HELP = new Command("help", List.of("h", "?"), Arg.COMMAND, "[command]",
            "this list");
    public static final Command QUIT = new Command("quit", List.of("q", "exit"), Arg.NONE, "",
            "leave (also Ctrl-D)");

    /** In the order {@code help} lists them. */
    public static final List<Command> ALL = List.of(LIST, OPEN, NEXT, PREV, PRINT, WHERE, OUTLINE, SECTION, LINKS, FOLLOW, FIND,
            FIND_NEXT,
            FIND_PREV, BOOKMARK, BOOKMARKS, JUMP, HELP, QUIT);

    private Commands() {
    }

    /** The command a word names; {@code n} and {@code N} differ by case, the rest is case-blind. */
    public static Optional<Command> named(String word) {
        for (Command command : ALL) {
            if (command.answersTo(word)) {
                return Optional.of(command);
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(c -> c.answersTo(lower)).findFirst();
    }

    /** The help as rows of (what to type, what it does), for wrapping to a width. */
    public static List<String[]> helpRows() {
        List<String[]> rows = new java.util.ArrayList<>();
        for (Command command : ALL) {
            rows.add(new String[] {signature(command), describe(command)});
        }
        return rows;
    }

    /** One command's help as (what to type, what it does). */
    public static String[] helpRow(Command command) {
        return new String[] {signature(command), describe(command)};
    }

    private static String describe(Command command) {
        return command.help() + (command.aliases().isEmpty() ? "" : " (short: " + String.join(" ", command.aliases()) + ")");
    }

    private static String signature(Command command) {
        return command.usage().isEmpty() ? command.name() : command.name() + " " + command.usage();
    }
}
