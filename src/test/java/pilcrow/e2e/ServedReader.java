package pilcrow.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pilcrow serve} from the packaged jar on a free loopback port, with a temporary data folder
 * and keys made by ssh-keygen, and the OpenSSH client to reach it.
 */
final class ServedReader implements AutoCloseable {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/pilcrow.jar");
    private static final Pattern PORT = Pattern.compile("connect with: ssh -p (\\d+) ");

    final Path dir;
    final Path data;
    final Path log;
    final Path authorizedKeys;
    private final Process process;
    final int port;

    private ServedReader(Path dir, Process process, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.log = dir.resolve("server.log");
        this.authorizedKeys = dir.resolve("authorized_keys");
        this.process = process;
        this.port = port;
    }

    /** Makes a key pair DIR/NAME (+ .pub) with NAME as its comment. */
    static Path key(Path dir, String name) throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString()));
        return key;
    }

    /** Starts the server on the seeds library; {@code keys} go into the authorized-keys file. */
    static ServedReader start(Path dir, List<Path> keys, String... extra) throws IOException, InterruptedException {
        return start(dir, keys, Map.of(), extra);
    }

    /** As above, with {@code env} added to the server's environment. */
    static ServedReader start(Path dir, List<Path> keys, Map<String, String> env, String... extra)
            throws IOException, InterruptedException {
        StringBuilder authorized = new StringBuilder();
        for (Path key : keys) {
            authorized.append(Files.readString(Path.of(key + ".pub")));
        }
        Files.writeString(dir.resolve("authorized_keys"), authorized);
        List<String> command = new ArrayList<>(List.of("java", "-Dpilcrow.seeds=" + ROOT.resolve("seeds"), "-jar", JAR.toString(),
                "--data-dir", dir.resolve("data").toString(), "serve", "--port", "0",
                "--authorized-keys", dir.resolve("authorized_keys").toString()));
        command.addAll(List.of(extra));
        Path log = dir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher m = PORT.matcher(Files.readString(log));
            if (m.find()) {
                return new ServedReader(dir, process, Integer.parseInt(m.group(1)));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + Files.readString(log));
    }

    /** The server's process id (for its /proc status). */
    long pid() {
        return process.pid();
    }

    /** The ssh command line (for a shell) with {@code key}, trusting the throwaway host key. */
    String ssh(Path key, String... options) {
        List<String> parts = new ArrayList<>(List.of("ssh", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "StrictHostKeyChecking=no", "-o", "IdentitiesOnly=yes", "-o", "LogLevel=ERROR",
                "-i", "'" + key + "'", "-p", String.valueOf(port)));
        parts.addAll(List.of(options));
        parts.add("127.0.0.1");
        return String.join(" ", parts);
    }

    /** Runs ssh (or sftp) without a terminal, never prompting; returns exit code and all output. */
    Result batch(List<String> command) throws IOException, InterruptedException {
        return run(command);
    }

    List<String> sshArgs(Path key, String... options) {
        List<String> parts = new ArrayList<>(List.of("ssh", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "StrictHostKeyChecking=no", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-i", key.toString(), "-p", String.valueOf(port)));
        parts.addAll(List.of(options));
        return parts;
    }

    record Result(int exit, String output) {}

    static Result run(List<String> command) throws IOException, InterruptedException {
        return run(command, "");
    }

    /** Runs a client with {@code input} as its standard input (then end of input). */
    static Result run(List<String> command, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command + "\n" + out);
        }
        return new Result(p.exitValue(), out);
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits for a line in the server's log. */
    String waitForLog(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String now = log();
            if (now.contains(text)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for '" + text + "' in the server log:\n" + log());
    }

    /**
     * The data folder of the user with {@code key} (its fingerprint, as ssh-keygen prints it, in the
     * server's folder form), computed here independently of the server's code.
     */
    Path userFolder(Path key) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f", key + ".pub")
                .redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher m = Pattern.compile("SHA256:(\\S+)").matcher(printed);
        if (!m.find()) {
            throw new AssertionError("no fingerprint from ssh-keygen: " + printed);
        }
        return data.resolve("users").resolve("sha256-" + m.group(1).replace('+', '-').replace('/', '_'));
    }

    /** Waits until the bookmarks.json of the user with {@code key} contains {@code text}. */
    String waitForData(Path key, String text) throws IOException, InterruptedException {
        Path file = userFolder(key).resolve("bookmarks.json");
        long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
        String now = "";
        while (System.nanoTime() < deadline) {
            now = Files.exists(file) ? Files.readString(file) : "";
            if (now.contains(text)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for '" + text + "' in " + file + ":\n" + now);
    }

    /** SIGTERM, as a service manager stops it; waits for the exit. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    static Duration patience() {
        return Tmux.WAIT;
    }
}
