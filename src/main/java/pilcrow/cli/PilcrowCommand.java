package pilcrow.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import pilcrow.runtime.FullScreen;
import pilcrow.runtime.Indexing;
import pilcrow.runtime.LibraryIndexing;
import pilcrow.runtime.PipedInput;
import pilcrow.search.LibraryIndexes;
import pilcrow.core.model.DocumentText;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.store.DataDir;
import pilcrow.store.Settings;
import pilcrow.store.SettingsFile;
import pilcrow.terminal.TerminalSession;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pilcrow [PATH...]}: the reader. Full screen on a terminal; on a terminal that cannot do full
 * screen (TERM=dumb) the line mode ({@link ShellCommand}); when input or output is not a terminal,
 * the documents as plain wrapped text.
 */
@Command(name = "pilcrow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A terminal reader: a document library, a paragraph view, and find. Press ? in the reader for its keys.",
            "With no PATH it reads the bundled seeds library."},
        subcommands = {ListCommand.class, ShowCommand.class, FindCommand.class, IndexCommand.class, BookmarksCommand.class,
            ShellCommand.class, ServeCommand.class, ConfigCommand.class, AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit status: 0 success, 1 nothing matched (find), 2 bad usage or unreadable input."})
public final class PilcrowCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0..*", paramLabel = "PATH", description = LibraryOptions.PATHS_HELP)
    private List<String> paths = new ArrayList<>();

    @Option(names = "--no-color", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "No colour or highlighting (also when NO_COLOR is set).")
    private boolean noColor;

    @Option(names = "--theme", paramLabel = "THEME", completionCandidates = ThemeNames.class,
            description = "The reader's colours: dark, light or monochrome (default: the settings file's, else dark).")
    private String theme;

    @Option(names = "--mouse", negatable = true,
            description = "The reader takes the mouse: the wheel scrolls, a click selects, a double click opens, a click"
                    + " on a link follows it; Shift+drag still selects text in most terminals. Default: the settings"
                    + " file's mouse, else off.")
    private Boolean mouse;

    @Option(names = {"-w", "--width"}, paramLabel = "W", description = "Wrap plain output to W columns.")
    private Integer width;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            // Lines of their own: picocli would break "~/.local/share/pilcrow" after "~/.".
            description = {"Where bookmarks, reading positions and search history are kept.",
                "Default: $PILCROW_DATA_DIR,", "else $XDG_DATA_HOME/pilcrow,", "else ~/.local/share/pilcrow."})
    private String dataDir;

    public PilcrowCommand(Console console) {
        this.console = console;
    }

    /** The reader on {@code paths}, as picocli would have set it up from them (see {@link #isPlainRead}). */
    static PilcrowCommand reading(Console console, List<String> paths) {
        PilcrowCommand command = new PilcrowCommand(console);
        command.paths = new ArrayList<>(paths);
        return command;
    }

    /** What picocli would read as a subcommand, not a path. */
    private static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("list", "show", "find", "index", "bookmarks",
            "shell", "serve", "config", "generate-completion", "help");

    /**
     * Whether {@code args} is {@code pilcrow PATH...} with nothing picocli would read differently:
     * no option, no {@code -} (standard input), no {@code @file}, no subcommand name first. Such a
     * run skips building the command line (reflection over every command: about 0.3 s before the
     * first paint of a library named on the command line).
     */
    static boolean isPlainRead(String[] args) {
        if (args.length == 0 || SUBCOMMANDS.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.startsWith("-") || arg.startsWith("@")) {
                return false;
            }
        }
        return true;
    }

    /** The data folder: {@code --data-dir}, else the environment's (see {@link DataDir}). */
    java.nio.file.Path dataDir() {
        return DataDir.resolve(dataDir, console.env());
    }

    /** The settings file: in the configuration folder (see {@link SettingsFile#resolve}). */
    java.nio.file.Path settingsFile() {
        return SettingsFile.resolve(console.env());
    }

    /**
     * The settings in force: the file's over the defaults, the options' over the file's. A bad
     * option is bad usage (exit 2); the file's warnings are the caller's to show.
     */
    Settings settings() {
        Settings settings = SettingsFile.read(settingsFile());
        if (theme != null) {
            Settings.problem("theme", theme).ifPresent(problem -> {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--theme " + theme + " is not " + problem);
            });
            settings = settings.withFlag("theme", theme);
        }
        if (mouse != null) {
            settings = settings.withFlag("mouse", mouse ? "on" : "off");
        }
        return settings;
    }

    /** The theme names, for completion. */
    static final class ThemeNames extends ArrayList<String> {
        ThemeNames() {
            super(List.of("dark", "light", "monochrome"));
        }
    }

    /** The console, without colour when {@code --no-color} was given. */
    Console console() {
        return noColor ? console.withoutColor() : console;
    }

    @Override
    public Integer call() throws Exception {
        Console out = console();
        if (out.inputPiped() && readsStandardInputOnly()) {
            // As less does: the pipe is the document, keys come from the controlling terminal.
            if (out.outIsTerminal()) {
                try (TerminalSession.Prepared terminal = TerminalSession.prepareControllingTty()) {
                    if (FullScreen.run(new PipedInput(out.in(), 0), out.color(), settings(), out.measure(), dataDir(), terminal)) {
                        return ExitCode.OK;
                    }
                }
            }
            // Output to a pipe or a file, no controlling terminal, or TERM=dumb: standard input
            // printed plainly, as less copies it when its output is not a terminal.
            return printPlain(LibraryOptions.load(List.of("-"), out, false), out);
        }
        if (!out.interactive()) {
            return printPlain(LibraryOptions.load(paths, out, true), out);
        }
        // The terminal is made while the library is read: each takes a good part of the first paint.
        try (TerminalSession.Prepared terminal = TerminalSession.prepareSystem()) {
            return interactive(out, terminal);
        }
    }

    /**
     * A large library on the reader: the list shows what is cheap at once, and {@code library}
     * measures the rest in the background, its results arriving as messages.
     */
    private boolean fullScreen(LargeLibrary library, Console out, TerminalSession.Prepared terminal)
            throws IOException, InterruptedException {
        // F asks the folders' search indexes, as find does; the reader brings them up to date.
        LibraryIndexes indexes = LibraryIndexes.of(dataDir(), paths);
        try (Indexing indexing = new Indexing(); LibraryIndexing libraryIndexing = new LibraryIndexing(indexes)) {
            library.indexOpened(indexing::add);
            return FullScreen.run(library.name, library.entries, FullScreen.notice(library.errors, library.skipped),
                    false, out.color(), settings(), out.measure(), dataDir(), terminal, indexing, reader -> {
                        indexing.start(List.of(), reader::post, reader::busy);
                        library.measureInBackground(reader::post);
                        libraryIndexing.start(reader::post, reader::busy);
                    }, indexes);
        } finally {
            library.close();
        }
    }

    /** {@code pilcrow} or {@code pilcrow -}: nothing named but standard input. */
    private boolean readsStandardInputOnly() {
        return paths.isEmpty() || paths.equals(List.of("-"));
    }

    private int interactive(Console out, TerminalSession.Prepared terminal) throws Exception {
        // Many documents: the list shows before they are all read (counts fill in).
        LargeLibrary large = LargeLibrary.scan(paths, out, dataDir());
        if (large != null) {
            large.errors.forEach(out::error);
            if (fullScreen(large, out, terminal)) {
                return large.errors.isEmpty() ? ExitCode.OK : ExitCode.TROUBLE;
            }
        }
        // One book named alone: its first chapter is painted first, and the reader reads the rest
        // after (FullScreen.run). In a library the data folder would wait for every book.
        boolean oneFile = paths.size() == 1 && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(paths.get(0)));
        Library loaded = oneFile ? LibraryOptions.loadOpenings(paths, out) : LibraryOptions.load(paths, out, true);
        if (FullScreen.run(loaded, paths, out.color(), settings(), out.measure(), dataDir(), terminal)) {
            return loaded.hasErrors() ? ExitCode.TROUBLE : ExitCode.OK;
        }
        if (oneFile) {
            loaded = loaded.withBooksWhole(); // its opening only was read; the line mode has no first paint to hurry
        }
        // A terminal that cannot do full screen (TERM=dumb, a serial console) still reads
        // lines: the line mode serves it, and screen readers, as well.
        out.error("this terminal (TERM=" + out.env().getOrDefault("TERM", "") + ") cannot show the full-screen "
                + "reader; starting the line mode (pilcrow shell)");
        return ShellCommand.run(loaded, out, dataDir(), width != null && width > 0 ? width : -1);
    }

    private int printPlain(Library loaded, Console out) {
        PlainPrinter printer = new PlainPrinter(out.out(), out.measure());
        int columns = width != null && width > 0 ? width : out.width();
        boolean first = true;
        for (LoadResult entry : loaded.entries()) {
            DocumentText text = entry.text();
            if (text == null) {
                out.error(((LoadResult.Failed) entry).message());
                continue;
            }
            if (!first) {
                out.out().println();
                out.out().println();
            }
            first = false;
            // Read a paragraph at a time as it is printed: a large file is not indexed or read whole.
            try {
                printer.printText(text, columns);
            } finally {
                entry.release();
            }
        }
        out.out().flush();
        return loaded.hasErrors() || loaded.entries().stream().anyMatch(e -> e instanceof LoadResult.Failed)
                ? ExitCode.TROUBLE : ExitCode.OK;
    }
}
