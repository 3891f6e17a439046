package pilcrow.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import pilcrow.app.Entry;
import pilcrow.shell.Interpreter;
import pilcrow.shell.Reply;
import pilcrow.shell.ScriptRunner;
import pilcrow.shell.ShellDocument;
import pilcrow.shell.ShellStore;
import pilcrow.source.DocumentReader;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.store.Store;
import pilcrow.terminal.LineShell;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pilcrow shell [PATH...]}: the line mode, for screen readers, dumb terminals and scripts.
 * On a terminal it reads commands with JLine; with standard input from a file or a pipe it runs
 * each line in order and exits non-zero if one failed.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Read in line mode: commands in, plain paragraphs out (for screen readers, dumb terminals "
                + "and scripts). Type help in it for the commands.",
            "With standard input from a file or pipe, runs each line as a command: pilcrow shell < commands.txt"})
final class ShellCommand implements Callable<Integer> {

    @ParentCommand
    private PilcrowCommand root;

    @Parameters(index = "0..*", paramLabel = "PATH", description = LibraryOptions.PATHS_HELP)
    private List<String> paths = new ArrayList<>();

    @Option(names = "--no-wrap", description = "Print each paragraph as one line (a braille display or screen "
            + "reader wraps it itself).")
    private boolean noWrap;

    @Option(names = {"-w", "--width"}, paramLabel = "W", description = "Wrap to W columns (default: the terminal's, or 80).")
    private Integer width;

    @Override
    public Integer call() throws IOException {
        Console console = root.console();
        if (width != null && width < 1) {
            console.error("--width must be at least 1");
            return ExitCode.TROUBLE;
        }
        int columns = noWrap ? 0 : width != null ? width : -1;
        return run(LibraryOptions.load(paths, console), console, root.dataDir(), columns);
    }

    /**
     * Runs the shell: interactive when standard input and output are terminals, else as a script.
     *
     * @param columns the width to wrap to; -1 the terminal's, 0 none
     */
    static int run(Library library, Console console, Path dataDir, int columns) throws IOException {
        try (Store store = Store.open(dataDir, Clock.systemUTC())) {
            store.warning().ifPresent(console::error);
            // A script neither resumes where a person left off nor moves their place: its output
            // depends only on its lines and the documents.
            ShellStore shared = ShellStore.of(store, console.interactive());
            Interpreter interpreter = new Interpreter(documents(library), shared, console.measure());
            // Interactive, a failed command is said and done with; in a script it fails the run.
            boolean ok = console.interactive()
                    ? interactive(interpreter, library, dataDir, columns, console)
                    : ScriptRunner.run(interpreter, new BufferedReader(new InputStreamReader(console.in(),
                            StandardCharsets.UTF_8)), console.out(), console::error,
                            columns < 0 ? console.width() : columns);
            console.out().flush();
            return ok && !library.hasErrors() ? ExitCode.OK : ExitCode.TROUBLE;
        }
    }

    private static boolean interactive(Interpreter interpreter, Library library, Path dataDir, int columns,
            Console console) throws IOException {
        try (Terminal terminal = LineShell.openSystem()) {
            LineShell shell = new LineShell(terminal, interpreter, history(dataDir), columns, console::width);
            int width = columns >= 0 ? columns : terminal.getWidth() > 0 ? terminal.getWidth() : console.width();
            shell.run(greeting(interpreter, library, width));
            return true;
        }
    }

    /** One line on what is here and how to start; a library of one document is opened at once. */
    static String greeting(Interpreter interpreter, Library library, int width) {
        int count = interpreter.documents().size();
        String first = interpreter.message("pilcrow shell: " + count + (count == 1 ? " document" : " documents")
                + " in " + library.name() + ". help lists the commands; Enter reads on; quit or Ctrl-D leaves.", width);
        if (count == 1 && interpreter.documents().get(0).readable()) {
            Reply opened = interpreter.execute("open 1", width);
            return first + opened.output();
        }
        return first;
    }

    /** The shell's line history, beside the bookmarks; none when the folder cannot be made. */
    private static Path history(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return dataDir.resolve("shell_history");
        } catch (IOException e) {
            return null;
        }
    }

    /** The library as the full-screen reader lists it, so bookmarks and positions use the same keys. */
    static List<ShellDocument> documents(Library library) {
        return documents(library, true);
    }

    /**
     * As {@link #documents(Library)}. A large file opened to be read on demand (the library of the
     * full-screen reader, or of the server) is read whole here when {@code readLargeWhole}, as
     * {@code pilcrow shell} reads it; else it is listed as one the line mode cannot open: a server
     * does not hold a 1 GiB text on its heap for one {@code ssh -T} session.
     */
    static List<ShellDocument> documents(Library library, boolean readLargeWhole) {
        List<ShellDocument> documents = new ArrayList<>();
        List<Entry> entries = FullScreen.entries(library);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (!entry.isLarge()) {
                documents.add(new ShellDocument(entry.path(), entry.document(), entry.problem()));
            } else if (!readLargeWhole) {
                documents.add(new ShellDocument(entry.path(), null, "too large for the line mode ("
                        + (entry.large().size() >> 20) + " MiB); open it in the full-screen reader"));
            } else {
                LoadResult whole = DocumentReader.read(library.entries().get(i).source());
                documents.add(whole instanceof LoadResult.Loaded loaded
                        ? new ShellDocument(entry.path(), loaded.document(), null)
                        : new ShellDocument(entry.path(), null, ((LoadResult.Failed) whole).reason()));
            }
        }
        return documents;
    }
}
