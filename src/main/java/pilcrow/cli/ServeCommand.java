package pilcrow.cli;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pilcrow.core.text.Sanitizer;
import pilcrow.runtime.FullScreen;
import pilcrow.runtime.LocalPaths;
import pilcrow.runtime.SharedIndexing;
import pilcrow.serve.MinaWarnings;
import pilcrow.serve.ReaderServer;
import pilcrow.serve.ServerLog;
import pilcrow.serve.ServeOptions;
import pilcrow.serve.SessionApp;
import pilcrow.serve.Startups;
import pilcrow.shell.BoundedLineReader;
import pilcrow.shell.Interpreter;
import pilcrow.shell.ScriptRunner;
import pilcrow.shell.ShellStore;
import pilcrow.source.InsideRoots;
import pilcrow.source.Library;
import pilcrow.source.LibraryScanner;
import pilcrow.store.FolderLocks;
import pilcrow.store.Settings;
import pilcrow.store.SettingsFile;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.terminal.TerminalSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pilcrow serve}: the reader over SSH. The library is read once and shared read-only; every
 * session runs its own reader ({@link FullScreen#runOn}) with the user's own data folder. Runs until
 * SIGTERM or SIGINT, which save every session's position and close them.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the reader over SSH: every user with a key in the authorized-keys file gets the "
                + "full reader on this library, with their own bookmarks, positions and history.",
            "Users' data goes under DATA-DIR/users/NAME: NAME is the key's fingerprint (sha256-...) with "
                + "--authorized-keys, the file's NAME with --keys-dir. A key's comment is only shown in the log."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private PilcrowCommand root;

    @Parameters(index = "0..*", paramLabel = "PATH", description = "Files or folders to serve (folders "
            + "recursively). Default: the bundled seeds library.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2222", description = "Default: ${DEFAULT-VALUE}; 0 for any free port.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface.")
    private String bind;

    @Option(names = "--authorized-keys", paramLabel = "FILE",
            description = "Who may log in: public keys in OpenSSH authorized_keys format, each key its own user; "
                    + "re-read when it changes.")
    private Path authorizedKeys;

    @Option(names = "--keys-dir", paramLabel = "DIR",
            description = "Who may log in, instead of --authorized-keys: one file per key named NAME.pub or "
                    + "NAME@anything.pub (as gitolite's keydir); all of NAME's keys are the user NAME, with one "
                    + "folder of bookmarks. Re-read when it changes.")
    private Path keysDir;

    @Option(names = "--host-key", paramLabel = "FILE",
            description = "The server's host key (OpenSSH or PEM, mode 0600; ed25519, RSA or ECDSA); an ed25519 key is made on "
                    + "first start when it does not exist. Default: DATA-DIR/host_ed25519_key.")
    private Path hostKey;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "64",
            description = "Logged-in sessions at once (connections still logging in are --max-startups'). "
                    + "Default: ${DEFAULT-VALUE}.")
    private int maxSessions;

    @Option(names = "--max-per-address", paramLabel = "N", defaultValue = "16",
            description = "Connections at once from one address, logged in or not. Default: ${DEFAULT-VALUE}.")
    private int maxPerAddress;

    @Option(names = "--max-per-user", paramLabel = "N", defaultValue = "10",
            description = "Logged-in connections (and further session channels) at once of one user: one key, or one "
                    + "name in --keys-dir. Default: ${DEFAULT-VALUE}.")
    private int maxPerUser;

    @Option(names = "--max-startups", paramLabel = "START:RATE:FULL", defaultValue = "10:30:100",
            description = "Connections waiting to log in, as OpenSSH's MaxStartups: from START waiting, a new one is "
                    + "refused RATE percent of the time, rising to all at FULL; one from a quieter address takes the "
                    + "place of the oldest waiting from the busiest. Default: ${DEFAULT-VALUE}.")
    private String maxStartups;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
            description = "End a session when no key is typed for this long (e.g. 90s, 30m, 2h; 0 turns it off). "
                    + "Default: ${DEFAULT-VALUE}.")
    private Duration idleTimeout;

    @Option(names = {"--login-grace", "--login-timeout"}, paramLabel = "DURATION", defaultValue = "20s",
            converter = DurationConverter.class,
            description = "Close a connection that has not logged in this long (OpenSSH's LoginGraceTime), and a "
                    + "logged-in one that has had no session open this long. Default: ${DEFAULT-VALUE}.")
    private Duration loginTimeout;

    @Option(names = "--follow-links",
            description = "Also serve files reached through symbolic links that lead out of the served folders "
                    + "(by default they are skipped, and counted at start).")
    private boolean followLinks;

    @Override
    public Integer call() throws Exception {
        Console console = root.console();
        if (paths.contains("-")) {
            console.error("serve reads files and folders, not standard input");
            return ExitCode.TROUBLE;
        }
        if ((authorizedKeys == null) == (keysDir == null)) {
            console.error("serve needs one of --authorized-keys FILE or --keys-dir DIR");
            return ExitCode.TROUBLE;
        }
        if (maxSessions < 1 || maxPerAddress < 1 || maxPerUser < 1) {
            console.error("--max-sessions, --max-per-address and --max-per-user must be at least 1");
            return ExitCode.TROUBLE;
        }
        Startups startups;
        try {
            startups = Startups.parse(maxStartups);
        } catch (IllegalArgumentException e) {
            console.error("--max-startups: " + e.getMessage());
            return ExitCode.TROUBLE;
        }
        Path dataDir = root.dataDir();
        int[] skippedLinks = new int[1];
        Library library = servedLibrary(paths, console, followLinks, skipped -> skippedLinks[0] = skipped);
        Consumer<String> log = new ServerLog(console.out());
        MinaWarnings minaWarnings = MinaWarnings.install(log); // MINA's own warnings and errors, sanitised
        ServeOptions options = new ServeOptions(bind, port, authorizedKeys,
                hostKey != null ? hostKey : dataDir.resolve("host_ed25519_key"), dataDir,
                maxSessions, maxPerAddress, maxPerUser, idleTimeout, loginTimeout, keysDir, startups);
        ServedReader reader = new ServedReader(library, paths);
        ReaderServer server = ReaderServer.start(options, reader, log);
        minaWarnings.countBeforeLogin(server::warnedBeforeLogin); // a flood of bad connections: one line a burst
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                console.error("stopping: " + e.getMessage());
            } finally {
                reader.close();
                minaWarnings.close();
                log.accept("stopped");
                stopped.countDown();
            }
        }, "pilcrow-serve-stop"));
        int count = library.entries().size();
        log.accept("serving " + count + (count == 1 ? " document" : " documents") + " on " + server.address()
                + ", host key " + server.hostKeyFingerprint() + " (" + server.hostKeyType() + ")");
        // After a successful start: a start that fails says one line, why.
        if ("root".equals(System.getProperty("user.name"))) {
            console.error("warning: serving as root: remote users can read whatever root can that the served paths "
                    + "lead to" + (followLinks ? " (with --follow-links, any file a link names, /etc/shadow too)" : "")
                    + "; serve from an account of its own");
        }
        if (skippedLinks[0] > 0) {
            log.accept("skipped " + skippedLinks[0] + (skippedLinks[0] == 1 ? " link" : " links")
                    + " that lead out of the served folders, neither followed nor opened (--follow-links serves them)");
        }
        log.accept("connect with: ssh -p " + server.port() + " " + hostForUsers(server.address()));
        stopped.await();
        return ExitCode.OK;
    }

    /**
     * The library as served: read once, shared by every session. Large plain-text files are opened
     * to be read on demand, as the local reader opens them, so a 1 GiB document costs the server
     * its index (built once, {@link SharedIndexing}), not its text on the heap.
     */
    static Library servedLibrary(List<String> paths, Console console) {
        return servedLibrary(paths, console, false, skipped -> { });
    }

    /**
     * As above; unless {@code followLinks}, only files whose real path lies inside the served paths
     * (a link to /etc/passwd in the folder would hand it to every remote user), telling
     * {@code skipped} how many were left out.
     */
    static Library servedLibrary(List<String> paths, Console console, boolean followLinks, IntConsumer skipped) {
        if (paths.isEmpty() || followLinks) {
            return LibraryOptions.load(paths, console, true);
        }
        // The scan itself stays inside: a link to / in a served folder must not walk the file system.
        InsideRoots.Confined confined = InsideRoots.confine(LibraryScanner.scanInside(paths, console.in()), paths);
        skipped.accept(confined.skipped());
        Library library = Library.load(LibraryOptions.nameOf(paths), confined.scan(), count -> { }, true);
        library.errors().forEach(console::error);
        return library;
    }

    private static String hostForUsers(String address) {
        String host = address.substring(0, address.lastIndexOf(':'));
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Each session: the full-screen reader (or, without a terminal, the line mode) with the user's own store. */
    static final class ServedReader implements SessionApp, AutoCloseable {
        /** The longest command line a client without a terminal may send; the rest is dropped. */
        static final int MAX_LINE = 4096;

        private final Library library;
        /** One per server: sessions of the same user share a folder, and a JVM must lock it through one holder. */
        private final FolderLocks locks = new FolderLocks();

        /** The large documents' indexes, built once for all sessions. */
        private final SharedIndexing indexing;

        /** The folders served: what a session may open from inside ({@code :e}, links). */
        private final List<String> roots;

        ServedReader(Library library) {
            this(library, List.of());
        }

        ServedReader(Library library, List<String> roots) {
            this.library = library;
            this.roots = List.copyOf(roots);
            this.indexing = new SharedIndexing(library);
        }

        @Override
        public boolean fullScreen(TerminalSession terminal, Path userFolder) throws Exception {
            // The session takes the indexes in after its first screen, and leaves when it ends
            // (quit, dropped, the server stopping): the last to leave stops the indexing.
            try (SharedIndexing.Session shared = indexing.session()) {
                Settings settings = settingsOf(userFolder);
                return FullScreen.runOn(terminal, library, false, terminal.hasColors(), settings, new JLineTextMeasure(),
                        () -> Store.open(userFolder, Clock.systemUTC(), locks),
                        reader -> shared.join(reader::post, reader::busy), LocalPaths.served(roots));
            }
        }

        /**
         * Each user's settings (and so the keys their sessions dispatch through) are theirs, in
         * their folder beside their bookmarks.
         */
        static Settings settingsOf(Path userFolder) {
            return SettingsFile.read(userFolder.resolve(SettingsFile.NAME));
        }

        /** The server is stopping: no index is built any more. */
        @Override
        public void close() {
            indexing.close();
        }

        SharedIndexing indexing() {
            return indexing;
        }

        /**
         * {@code ssh -T}: the line mode (as {@code pilcrow shell < commands.txt}) on the channel, with
         * the user's own store. Lines are bounded; output is not wrapped (there is no width to wrap to).
         */
        @Override
        public int withoutTerminal(InputStream in, OutputStream out, Path userFolder) throws Exception {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
            try (Store store = Store.open(userFolder, Clock.systemUTC(), locks)) {
                Interpreter interpreter = new Interpreter(ShellCommand.documents(library), ShellStore.of(store, false),
                        new JLineTextMeasure());
                BoundedLineReader lines = new BoundedLineReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE);
                boolean ok = ScriptRunner.run(interpreter, lines, writer,
                        error -> writer.println("pilcrow: " + Sanitizer.line(error)), 0);
                writer.flush();
                return ok ? ExitCode.OK : ExitCode.TROUBLE;
            }
        }
    }

    /** 90s, 30m, 2h, 500ms, a plain number of seconds, or ISO-8601 (PT30M). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = SHORT.matcher(text);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            try {
                return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("not a duration: " + value + " (try 90s, 30m or 2h)");
            }
        }
    }
}
