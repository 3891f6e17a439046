package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * A hostile client with a valid key, and one without (issue 16): a scripted client
 * (src/test/python/serve_attack.py, on Debian's python3-paramiko) and the real OpenSSH client send
 * ESC, BEL, C1 and bidi controls and 200 KB values as the version line, user name, TERM, env
 * requests and disconnect message, open many channels, change the window to huge sizes and send
 * a malformed packet. The server must survive (an honest login still gets the reader) and its log
 * must stay clean: no control character, every line bounded, and MINA's warning about the
 * malformed packet in it.
 */
@Needs({"java", "ssh", "ssh-keygen", "python3"})
class ServeAttackIT {

    private static final Path SCRIPT = ServedReader.ROOT.resolve("src/test/python/serve_attack.py");
    /** A line as ServerLog writes it at most: 1000 characters and the "…(N more)" marker. */
    private static final int LONGEST_LINE = 1000 + "…(9999999 more)".length();
    private static final String HOSTILE = "\u001b]0;owned\u0007\u001b[2J\u009b31m\u202eevil";

    @TempDir
    Path dir;

    @Test
    void aScriptedAttackerLeavesTheServerUpAndItsLogClean() throws Exception {
        String python = pythonWithParamiko();
        Path ivy = ServedReader.key(dir, "ivy");
        Path processRuns = dir.resolve("process-runs");
        try (ServedReader server = ServedReader.start(dir, List.of(ivy), countingCommands(processRuns))) {
            Process attack = new ProcessBuilder(python, SCRIPT.toString(), String.valueOf(server.port), ivy.toString())
                    .redirectErrorStream(true).start();
            attack.getOutputStream().close();
            String report = new String(attack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!attack.waitFor(180, TimeUnit.SECONDS)) {
                attack.destroyForcibly();
                throw new AssertionError("the attack script did not end:\n" + report);
            }

            assertThat(attack.exitValue()).as(report).isZero();
            assertThat(report).contains("survived");
            // The attack's sessions named tmux-256color and a made-up type: no process for either,
            // neither infocmp for the type nor JLine's `test -t 1` and `tty` for the terminal.
            assertThat(processRuns).as("infocmp, test and tty runs by the server").doesNotExist();
            // MINA's warning about a connection reset names its session by the hostile user name: seen, made visible.
            server.waitForLog("sshd warning: ");
            assertThat(server.log()).contains("^[]0;owned^G^[[2J<9B>31m<U+202E>evil");
            // The refused exec and subsystem names, logged by MINA under our channel's class: through the log only.
            assertThat(server.log()).contains("sshd warning: handleExec(").contains("No command factory for command: x^[]0;owned")
                    .contains("No factories for subsystem: sub^[]0;owned");
            assertCleanAndBounded(server.log);
        }
    }

    /**
     * A PATH for the server whose {@code infocmp}, {@code test} and {@code tty} (JLine looks them up
     * there) note each run in {@code runs} and then run the real one.
     */
    private Map<String, String> countingCommands(Path runs) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String name : List.of("infocmp", "test", "tty")) {
            Path command = bin.resolve(name);
            String passOn = Tools.onPath(name) ? "PATH='" + System.getenv("PATH") + "' exec " + name + " \"$@\"\n" : "exit 1\n";
            Files.writeString(command, "#!/bin/sh\necho \"" + name + " $@\" >> '" + runs + "'\n" + passOn);
            assertThat(command.toFile().setExecutable(true)).isTrue();
        }
        return Map.of("PATH", bin + ":" + System.getenv("PATH"));
    }

    @Test
    void hostileTermAndEnvFromOpenSshLeaveTheLogClean() throws Exception {
        Path kim = ServedReader.key(dir, "kim");
        try (ServedReader server = ServedReader.start(dir, List.of(kim))) {
            List<String> args = new ArrayList<>(server.sshArgs(kim, "-tt", "-o", "SetEnv=LC_ALL=" + HOSTILE
                    + " LANG=" + "v".repeat(10_000)));
            args.add("127.0.0.1");
            ProcessBuilder ssh = new ProcessBuilder(args).redirectErrorStream(true);
            Map<String, String> env = ssh.environment();
            env.put("TERM", HOSTILE); // ssh sends its TERM in the PTY request
            Process process = ssh.start();
            process.getOutputStream().write('q'); // quits the reader, or ends a session that refused it
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            process.getInputStream().readAllBytes();

            server.waitForLog(" from 127.0.0.1:");
            assertCleanAndBounded(server.log);
        }
    }

    /** No byte a terminal acts on (C0 but newline, DEL, C1, bidi controls); every line bounded. */
    private static void assertCleanAndBounded(Path log) throws Exception {
        byte[] bytes = Files.readAllBytes(log);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            assertThat(b < 0x20 && b != '\n' || b == 0x7f).as("control byte %02x at %d in the log", b, i).isFalse();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("the log").doesNotContainPattern("[\\u0080-\\u009f\\u202a-\\u202e\\u2066-\\u2069]");
        for (String line : text.split("\n")) {
            assertThat(line.length()).as("a log line: %s", line.substring(0, Math.min(200, line.length())))
                    .isLessThanOrEqualTo(LONGEST_LINE);
        }
    }

    /**
     * The python3 that has paramiko: the one on PATH, else Debian's own (a python3 from pyenv or
     * a venv does not see Debian's packages). Skipped without one, failed when required.
     */
    private static String pythonWithParamiko() throws Exception {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            if (Tools.onPath(python) || Files.isExecutable(Path.of(python))) {
                Process check = new ProcessBuilder(python, "-c", "import paramiko").redirectErrorStream(true).start();
                check.getInputStream().readAllBytes();
                if (check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0) {
                    return python;
                }
            }
        }
        String line = "paramiko not found for python3: install python3-paramiko";
        if (Boolean.getBoolean(Tools.REQUIRED)) {
            throw new AssertionFailedError(line);
        }
        System.out.println("[ServeAttackIT] " + line);
        Assumptions.abort(line);
        return null;
    }
}
