package pilcrow.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real terminal for end-to-end tests: a program in a tmux pane of a set size, keys sent with
 * send-keys, the screen read with capture-pane. Each instance has its own tmux server socket, so
 * tests never touch a user's sessions, and {@link #close()} kills it.
 */
final class Tmux implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final String socket;
    private String lastScreen = "";

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** The screen's last line with text: the reader's status line. */
    static String statusLine(String screen) {
        List<String> lines = screen.lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /**
     * A command for {@link #start} that runs the reader's jar on {@code file}, its data in
     * {@code temp/data}, and writes its exit status to {@code temp/RUN.status} when it ends (the
     * shell ignores HUP and TERM, so a signal reaches the reader alone).
     */
    static String readerOn(Path temp, Path file, String run) throws IOException {
        Path script = temp.resolve(run + ".sh");
        Files.writeString(script, String.join("\n",
                "trap 'true' HUP TERM",
                "PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -jar '" + FindInTmuxIT.JAR + "' '" + file + "'",
                "echo $? > '" + temp.resolve(run + ".tmp") + "'",
                "mv '" + temp.resolve(run + ".tmp") + "' '" + temp.resolve(run + ".status") + "'",
                ""), StandardCharsets.UTF_8);
        return "exec sh '" + script + "'";
    }

    /** Starts {@code command} (a shell command line) in a new pane of {@code columns} x {@code rows}. */
    static Tmux start(String command, int columns, int rows) throws IOException, InterruptedException {
        Tmux tmux = new Tmux("pilcrow-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        tmux.run("-f", "/dev/null", "new-session", "-d", "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                "env", "TERM=xterm-256color", "LANG=C.UTF-8", "sh", "-c", command);
        tmux.run("set-option", "-g", "remain-on-exit", "on");
        return tmux;
    }

    void keys(String... tmuxKeyNames) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0"));
        args.addAll(List.of(tmuxKeyNames));
        run(args.toArray(String[]::new));
    }

    /** Types text literally (no key names). */
    void type(String text) throws IOException, InterruptedException {
        run("send-keys", "-t", "0", "-l", text);
    }

    /**
     * Sends {@code text}'s bytes to the program as the terminal would (mouse reports, say), as hex
     * with {@code send-keys -H}: tmux passes them on without reading them as keys. (Its {@code -M}
     * forwards only a mouse event that a mouse key binding is handling.)
     */
    void bytes(String text) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "0", "-H"));
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            args.add(String.format("%02x", b & 0xff));
        }
        run(args.toArray(String[]::new));
    }

    /** A tmux format for the pane ({@code #{mouse_any_flag}}: the program asked for mouse reports). */
    String format(String format) throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", "0", format).strip();
    }

    /**
     * The format's value once it is {@code expected}, or its last value after 5 s: tmux takes in a
     * pane's output on its own time, so a mode the program set just before the screen showed a
     * change may be read a moment later.
     */
    String formatSettled(String format, String expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String value = format(format);
        while (!value.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            value = format(format);
        }
        return value;
    }

    void resize(int columns, int rows) throws IOException, InterruptedException {
        run("resize-window", "-t", "0", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** The screen as text. */
    String screen() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-t", "0");
    }

    /** The screen with its SGR escape sequences, to check highlighting. */
    String screenWithAttributes() throws IOException, InterruptedException {
        return run("capture-pane", "-p", "-e", "-t", "0");
    }

    /**
     * Appends every byte the pane's program writes from now on to {@code file} (pipe-pane -o): what
     * reaches the terminal, sequences tmux does not show (OSC 8) included.
     */
    void recordOutput(Path file) throws IOException, InterruptedException {
        run("pipe-pane", "-o", "-t", "0", "cat >> '" + file + "'");
    }

    /** Where the terminal's cursor is, as "x,y" (tmux knows it whether or not it is shown). */
    String cursor() throws IOException, InterruptedException {
        return run("display-message", "-p", "-t", "0", "#{cursor_x},#{cursor_y}").strip();
    }

    /** The process id of the pane's program (the shell that runs the command). */
    long panePid() throws IOException, InterruptedException {
        return Long.parseLong(run("display-message", "-p", "-t", "0", "#{pane_pid}").strip());
    }

    /** Waits until the screen satisfies {@code condition}; fails with the last screen if it never does. */
    String waitFor(String what, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            lastScreen = screen();
            if (condition.test(lastScreen)) {
                return lastScreen;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + lastScreen);
    }

    String waitFor(String text) throws IOException, InterruptedException {
        return waitFor("'" + text + "'", screen -> screen.contains(text));
    }

    static void waitForFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !Files.exists(file)) {
            Thread.sleep(50);
        }
        if (!Files.exists(file)) {
            throw new AssertionError("timed out waiting for " + file);
        }
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor();
        // tmux leaves its socket file behind; remove it so test runs do not pile them up.
        String uid = new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip();
        String base = System.getenv().getOrDefault("TMUX_TMPDIR", "/tmp");
        Files.deleteIfExists(Path.of(base, "tmux-" + uid, socket));
    }
}
