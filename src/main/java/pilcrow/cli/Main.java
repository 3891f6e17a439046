package pilcrow.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import pilcrow.serve.MinaWarnings;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.terminal.TerminalProbe;
import picocli.CommandLine;

/** The composition root: reads the process's facts once and hands them to the commands. */
public final class Main {

    static final int DEFAULT_WIDTH = 80;
    /**
     * JLine reports through java.util.logging, whose default handler writes to stderr: the user's
     * terminal, or the server's log with a client's TERM in it raw. Held here, as the logging
     * framework keeps loggers only weakly and a collected one forgets its level.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");
    /** MINA SSHD's (through slf4j-jdk14): off, and never to stderr; {@code serve} sends its warnings to its log. */
    private static final Logger MINA_LOG = MinaWarnings.off();

    private Main() {
    }

    public static void main(String[] args) {
        // What JLine would say (an unknown TERM, no infocmp) pilcrow says itself, in one line.
        JLINE_LOG.setLevel(Level.OFF);
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        boolean terminal = TerminalProbe.stdoutIsTerminal();
        boolean inputIsTerminal = System.console() != null || TerminalProbe.stdinIsTerminal();
        return run(args, console(env, terminal, inputIsTerminal, System.in, System.out, System.err));
    }

    /** The process's console, from what its standard streams are. */
    static Console console(Map<String, String> env, boolean outIsTerminal, boolean inputIsTerminal,
                           InputStream in, OutputStream out, OutputStream err) {
        IntSupplier width = outIsTerminal ? () -> TerminalProbe.columns(env, DEFAULT_WIDTH) : () -> DEFAULT_WIDTH;
        boolean color = outIsTerminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        return new Console(in,
                new PrintWriter(out, false, StandardCharsets.UTF_8),
                new PrintWriter(err, true, StandardCharsets.UTF_8),
                outIsTerminal, outIsTerminal && inputIsTerminal, width, color, env, new JLineTextMeasure(),
                !inputIsTerminal);
    }

    /**
     * Runs the command line, skipping picocli where there is nothing to parse: building it costs
     * reflection over every command, before the first paint or before a search starts.
     */
    static int run(String[] args, Console console) {
        if (args.length == 0) {
            return runDirectly(() -> new PilcrowCommand(console).call(), console);
        }
        if (PilcrowCommand.isPlainRead(args)) {
            return runDirectly(() -> PilcrowCommand.reading(console, List.of(args)).call(), console);
        }
        if (isVersionOnly(args)) {
            return runDirectly(() -> {
                for (String line : VersionProvider.lines()) {
                    console.out().println(line);
                }
                console.out().flush();
                return ExitCode.OK;
            }, console);
        }
        if (FindCommand.isPlain(args)) {
            return runDirectly(() -> FindCommand.runPlain(args, console), console);
        }
        return commandLine(console).execute(args);
    }

    /**
     * Whether {@code args} is {@code --version} (or {@code -V}) alone: printed without building the
     * command line, which is most of that command's time (bench/cli-startup.sh).
     */
    static boolean isVersionOnly(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    /** A command run without picocli, failing the way {@link #commandLine}'s handler has it. */
    private static int runDirectly(Callable<Integer> command, Console console) {
        try {
            return command.call();
        } catch (Exception e) {
            console.error(e.getMessage() == null ? e.toString() : e.getMessage());
            return ExitCode.TROUBLE;
        }
    }

    /** The command line with its error handling: every failure is one line and exit code 2. */
    public static CommandLine commandLine(Console console) {
        CommandLine cli = new CommandLine(new PilcrowCommand(console));
        cli.setOut(console.out());
        cli.setErr(console.err());
        cli.setParameterExceptionHandler((e, arguments) -> {
            console.error(e.getMessage());
            console.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.TROUBLE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            console.error(e.getMessage() == null ? e.toString() : e.getMessage());
            return ExitCode.TROUBLE;
        });
        return cli;
    }
}
