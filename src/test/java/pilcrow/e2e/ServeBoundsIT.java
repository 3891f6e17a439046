package pilcrow.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a logged-in client sends is held to its bounds (issue 16), seen through the real OpenSSH
 * client: several session channels over one connection (OpenSSH's connection sharing), each
 * counted against the caps and refused alone beyond them; idle sessions (keepalives flowing) and
 * sessions whose key was removed ended with one line, the client's screen put back.
 */
@Needs({"tmux", "java", "ssh", "ssh-keygen"})
class ServeBoundsIT {

    @TempDir
    Path dir;

    @Test
    void channelsOverOneConnectionCountAgainstTheCapsAndOneRefusedDropsNothing() throws Exception {
        Path ivy = ServedReader.key(dir, "ivy");
        Path control = dir.resolve("ctl");
        try (ServedReader server = ServedReader.start(dir, List.of(ivy), "--max-sessions", "3");
             Master master = Master.start(server, ivy, control)) {
            List<LineSession> open = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    open.add(LineSession.start(server, ivy, control));
                }

                ServedReader.Result fourth = retryUntil(server, ivy, control, result -> result.exit() != 0);
                assertThat(fourth.output()).doesNotContain("US passes itself off");
                server.waitForLog("session channel refused: too many sessions (3)");
                assertThat(master.alive()).isTrue();

                // The three go on: each still answers, and ending one frees its place.
                assertThat(open.remove(2).finish("list")).contains("US passes itself off");
                ServedReader.Result again = retryUntil(server, ivy, control, result -> result.exit() == 0);
                assertThat(again.output()).contains("US passes itself off");
                assertThat(open.remove(0).finish("list")).contains("US passes itself off");
                assertThat(master.alive()).isTrue();
            } finally {
                for (LineSession session : open) {
                    session.finish("");
                }
            }
        }
    }

    @Test
    void anIdleSessionEndsCleanlyThoughKeepalivesFlow() throws Exception {
        Path kim = ServedReader.key(dir, "kim");
        try (ServedReader server = ServedReader.start(dir, List.of(kim), "--idle-timeout", "3s");
             Tmux tmux = Tmux.start(server.ssh(kim, "-o", "ServerAliveInterval=1")
                     + "; echo SSH-EXIT=$?; sleep 60", 100, 30)) {
            tmux.waitFor("US passes itself off");

            String screen = tmux.waitFor("SSH-EXIT=");

            assertThat(screen).contains("pilcrow: no key typed for 3s: session closed")
                    .doesNotContain("US passes itself off") // the alternate screen was left
                    .doesNotContain("corrupt");
            server.waitForLog("idle timeout");
        }
    }

    @Test
    void removingAKeyEndsItsLiveSessionsWithinTenSeconds() throws Exception {
        Path lee = ServedReader.key(dir, "lee");
        Path mia = ServedReader.key(dir, "mia");
        try (ServedReader server = ServedReader.start(dir, List.of(lee, mia));
             Tmux tmux = Tmux.start(server.ssh(lee) + "; echo SSH-EXIT=$?; sleep 60", 100, 30)) {
            tmux.waitFor("US passes itself off");

            long removed = System.nanoTime();
            Files.writeString(server.authorizedKeys, Files.readString(Path.of(mia + ".pub")));
            String screen = tmux.waitFor("SSH-EXIT=");
            Duration took = Duration.ofNanos(System.nanoTime() - removed);

            assertThat(took).isLessThan(Duration.ofSeconds(10));
            assertThat(screen).contains("pilcrow: your key is no longer authorized: session closed")
                    .doesNotContain("US passes itself off");
            server.waitForLog("key removed");
        }
    }

    /**
     * A session over the shared connection with {@code list} as its input, until {@code wanted}:
     * the three held sessions open while this runs, and a place freed is released a moment after
     * its session ends.
     */
    private static ServedReader.Result retryUntil(ServedReader server, Path key, Path control,
                                                  Predicate<ServedReader.Result> wanted) throws Exception {
        ServedReader.Result last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            last = ServedReader.run(shared(server, key, control), "list\n");
            if (wanted.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not as wanted after 50 tries: " + last);
    }

    private static List<String> shared(ServedReader server, Path key, Path control) {
        List<String> args = server.sshArgs(key, "-S", control.toString(), "-T");
        args.add("127.0.0.1");
        return args;
    }

    /** The connection that every session below shares (ssh -M), with no session of its own. */
    private record Master(Process process, ServedReader server, Path key, Path control) implements AutoCloseable {
        static Master start(ServedReader server, Path key, Path control) throws Exception {
            List<String> args = server.sshArgs(key, "-M", "-S", control.toString(), "-N");
            args.add("127.0.0.1");
            Process process = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(control.resolveSibling("master.out").toFile()).start();
            Master master = new Master(process, server, key, control);
            long deadline = System.nanoTime() + ServedReader.patience().toNanos();
            while (!master.alive()) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("the shared connection did not start: "
                            + Files.readString(control.resolveSibling("master.out")));
                }
                Thread.sleep(50);
            }
            return master;
        }

        boolean alive() throws Exception {
            List<String> args = server.sshArgs(key, "-S", control.toString(), "-O", "check");
            args.add("127.0.0.1");
            return process.isAlive() && ServedReader.run(args).exit() == 0;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The line mode over a shared connection, its input held open until {@link #finish}. */
    private static final class LineSession {
        private final Process process;

        private LineSession(Process process) {
            this.process = process;
        }

        static LineSession start(ServedReader server, Path key, Path control) throws IOException {
            return new LineSession(new ProcessBuilder(shared(server, key, control)).redirectErrorStream(true).start());
        }

        /** Sends the last command, ends the input, and returns all the session printed. */
        String finish(String command) throws IOException, InterruptedException {
            try (OutputStream input = process.getOutputStream()) {
                input.write((command + "\n").getBytes(UTF_8));
            } catch (IOException ended) {
                // the session is gone already: what it printed says so
            }
            String out = new String(process.getInputStream().readAllBytes(), UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return out;
        }
    }
}
