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
import java.util.function.Consumer;
import org.jline.terminal.Terminal;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.LibraryDocument;
import pilcrow.runtime.FullScreen;
import pilcrow.shell.Interpreter;
import pilcrow.shell.Reply;
import pilcrow.shell.ScriptRunner;
import pilcrow.shell.ShellDocument;
import pilcrow.shell.ShellStore;
import pilcrow.source.DocumentReader;
import pilcrow.source.Library;
import pilcrow.source.LargeFile;
import pilcrow.store.Store;
import pilcrow.terminal.LineShell;
import pilcrow.work.Workers;
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
        return run(LibraryOptions.load(paths, console, true), console, root.dataDir(), columns);
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

    /**
     * The library as the full-screen reader lists it, so bookmarks and positions use the same keys.
     * A large file is read on demand, as the reader reads it, and numbered in the background once
     * it is opened: neither {@code pilcrow shell} nor {@code ssh -T} holds its text on the heap.
     */
    static List<ShellDocument> documents(Library library) {
        List<ShellDocument> documents = new ArrayList<>();
        for (LibraryDocument entry : FullScreen.entries(library)) {
            documents.add(ShellDocument.of(entry, ShellCommand::index));
        }
        return documents;
    }

    /**
     * Numbers a large text on a thread of its own. Each session numbers its own copy: an index is
     * 4 bytes a paragraph (8 MiB for the 1 GiB document), built in a few seconds.
     */
    private static void index(DocumentText text, Consumer<TextSnapshot> snapshot, Consumer<String> failed) {
        LargeFile file = (LargeFile) text;
        Workers.thread("pilcrow-shell-index", () -> {
            try {
                LargeFile.Indexed done = file.index(index -> snapshot.accept(new TextSnapshot(file, index)), () -> false);
                snapshot.accept(new TextSnapshot(done.text(), done.index()));
                if (!done.index().complete()) {
                    failed.accept("its numbering stopped");
                }
            } catch (IOException e) {
                failed.accept(DocumentReader.reasonFor(e));
            } catch (RuntimeException | Error e) {
                failed.accept(e.getClass().getSimpleName());
            }
        });
    }
}
