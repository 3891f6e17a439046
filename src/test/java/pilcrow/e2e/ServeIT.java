package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pilcrow serve} from the packaged jar, reached with the real OpenSSH client on loopback; the
 * interactive sessions run in tmux. One server for the class (each test with its own users), and
 * one of its own for SIGTERM.
 */
@Needs({"tmux", "java", "ssh", "ssh-keygen", "sftp", "kill"})
class ServeIT {

    @TempDir
    static Path dir;

    static ServedReader server;
    static Path alice;
    static Path bob;
    static Path stranger;
    static Path dave;
    static Path erin;
    static Path frank;
    static Path grace;
    static Path heidi;
    static Path rsa;

    @BeforeAll
    static void startServer() throws Exception {
        alice = ServedReader.key(dir, "alice");
        bob = ServedReader.key(dir, "bob");
        stranger = ServedReader.key(dir, "stranger");
        dave = ServedReader.key(dir, "dave");
        erin = ServedReader.key(dir, "erin");
        frank = ServedReader.key(dir, "frank");
        grace = ServedReader.key(dir, "grace");
        heidi = ServedReader.key(dir, "heidi");
        rsa = dir.resolve("rsa");
        ServedReader.run(List.of("ssh-keygen", "-q", "-t", "rsa", "-b", "3072", "-N", "", "-C", "rsa", "-f", rsa.toString()));
        server = ServedReader.start(dir, List.of(alice, bob, dave, erin, frank, grace, heidi, rsa));
        // frank's key is listed, but his private key is gone: a client can only offer it unsigned.
        Files.delete(frank);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** ssh in a tmux pane; the pane prints SSH-EXIT=<status> when ssh ends. */
    static Tmux connect(ServedReader server, Path key, int columns, int rows) throws IOException, InterruptedException {
        return Tmux.start(server.ssh(key) + "; echo SSH-EXIT=$?; sleep 60", columns, rows);
    }

    @Test
    void readFindBookmarkLeaveComeBackAndAnotherUserSeesNoneOfIt() throws Exception {
        try (Tmux tmux = connect(server, alice, 100, 30)) {
            tmux.waitFor("US passes itself off as victim of cyberattacks to smear China");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type("/Interpol");
            tmux.keys("Enter");
            tmux.waitFor("match 1/1");
            tmux.keys("m");
            tmux.waitFor("Bookmark note");
            tmux.type("team note");
            tmux.keys("Enter");
            tmux.waitFor("Bookmark saved");
            tmux.keys("q");
            tmux.waitFor("READ");
            tmux.keys("q");
            String screen = tmux.waitFor("SSH-EXIT=0");
            assertThat(screen).doesNotContain("Bookmark saved"); // the alternate screen was left
        }
        assertThat(server.waitForData(alice, "team note")).contains("\"paragraph\": 7");
        server.waitForLog(", \"alice\")");

        try (Tmux tmux = connect(server, alice, 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("'");
            tmux.waitFor("team note");
            tmux.keys("Enter");
            tmux.waitFor("¶7/7");
            tmux.keys("Q");
            tmux.waitFor("SSH-EXIT=0");
        }

        try (Tmux tmux = connect(server, bob, 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("'");
            String screen = tmux.waitFor("No bookmarks yet");
            assertThat(screen).doesNotContain("team note");
            tmux.keys("Q");
            tmux.waitFor("SSH-EXIT=0");
        }
        Path bobs = server.userFolder(bob).resolve("bookmarks.json");
        if (Files.exists(bobs)) {
            assertThat(bobs).content().doesNotContain("team note");
        }
    }

    @Test
    void anUnknownKeyIsRefused() throws Exception {
        ServedReader.Result result = ServedReader.run(with(server.sshArgs(stranger), "127.0.0.1"));

        assertThat(result.exit()).isEqualTo(255);
        assertThat(result.output()).contains("Permission denied (publickey)");
    }

    @Test
    void commandsForwardingAndSftpAreRefused() throws Exception {
        ServedReader.Result command = ServedReader.run(with(server.sshArgs(alice), "127.0.0.1", "cat", "/etc/passwd"));
        assertThat(command.exit()).isEqualTo(255);
        assertThat(command.output()).contains("exec request failed").doesNotContain("root:");

        ServedReader.Result stdio = ServedReader.run(with(server.sshArgs(alice, "-W", "127.0.0.1:" + server.port), "127.0.0.1"));
        assertThat(stdio.exit()).isEqualTo(255);
        assertThat(stdio.output()).contains("open failed");

        ServedReader.Result remote = ServedReader.run(with(server.sshArgs(alice, "-N", "-o", "ExitOnForwardFailure=yes",
                "-R", "0:127.0.0.1:" + server.port), "127.0.0.1"));
        assertThat(remote.exit()).isEqualTo(255);
        assertThat(remote.output()).contains("forwarding failed");

        assertThat(localForwardOutput()).contains("open failed");

        ServedReader.Result sftp = ServedReader.run(List.of("sftp", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "StrictHostKeyChecking=no", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-i", alice.toString(), "-P", String.valueOf(server.port), "-b", "/dev/null", "127.0.0.1"));
        assertThat(sftp.exit()).isNotZero();
        assertThat(sftp.output()).contains("subsystem request failed");

        // Without a terminal (ssh -T) the line mode reads commands from the channel.
        ServedReader.Result noTerminal = ServedReader.run(with(server.sshArgs(alice, "-T"), "127.0.0.1"),
                "list\nopen 1\np 7\nnosuchcommand\nwhere\n");
        assertThat(noTerminal.output()).contains("¶7 At present").contains("pilcrow: line 4:")
                .contains("¶7 of 7");
        assertThat(noTerminal.exit()).isEqualTo(2);
    }

    /** ssh -L: the local end listens, and a connection through it is refused by the server. */
    private String localForwardOutput() throws Exception {
        int local;
        try (ServerSocket probe = new ServerSocket(0)) {
            local = probe.getLocalPort();
        }
        Path out = dir.resolve("forward.out");
        Process ssh = new ProcessBuilder(with(server.sshArgs(alice, "-N", "-L", local + ":127.0.0.1:" + server.port), "127.0.0.1"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            long deadline = System.nanoTime() + Tmux.WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                try (Socket socket = new Socket("127.0.0.1", local)) {
                    socket.setSoTimeout(10_000);
                    InputStream in = socket.getInputStream();
                    byte[] got = in.readNBytes(64); // the server's banner would arrive if it were forwarded
                    assertThat(new String(got, StandardCharsets.US_ASCII)).doesNotContain("SSH-2.0");
                    break;
                } catch (java.net.ConnectException notYet) {
                    Thread.sleep(100);
                }
            }
            deadline = System.nanoTime() + Tmux.WAIT.toNanos();
            while (System.nanoTime() < deadline && !Files.readString(out).contains("open failed")) {
                Thread.sleep(50);
            }
            return Files.readString(out);
        } finally {
            ssh.destroy();
            ssh.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aResizeOverSshReflows() throws Exception {
        try (Tmux tmux = connect(server, dave, 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type(":7");
            tmux.keys("Enter");
            tmux.waitFor("¶7/7");
            tmux.resize(40, 12);
            String screen = tmux.waitFor("the narrow layout", s -> s.contains("¶7/7") && s.lines().count() <= 12
                    && s.lines().allMatch(line -> line.length() <= 40));
            assertThat(screen).contains("¶7 At present, cyberattacks are");
            tmux.resize(100, 30);
            tmux.waitFor("the wide layout again", s -> s.contains("¶7 At present, cyberattacks are mainly cross-border"));
            tmux.keys("Q");
            tmux.waitFor("SSH-EXIT=0");
        }
    }

    /**
     * Over SSH keys arrive together all the time: Esc and the key after it, written to ssh in one
     * write (one literal send-keys), reach the server in one packet and are still two keys.
     */
    @Test
    void anEscapeAndAKeyInOneWriteOverSshAreTwoKeys() throws Exception {
        try (Tmux tmux = connect(server, heidi, 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.waitFor("\u00b61/7");
            tmux.type("/abc");
            tmux.waitFor("/abc");

            tmux.type("\u001b/x");
            String screen = tmux.waitFor("a new prompt holding x", s -> Tmux.statusLine(s).contains("/x"));
            assertThat(screen).doesNotContain("/abc");

            tmux.type("\u001bQ");
            tmux.waitFor("SSH-EXIT=0");
        }
    }

    @Test
    void droppingTheConnectionLosesNothing() throws Exception {
        try (Tmux tmux = Tmux.start("exec " + server.ssh(erin), 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type(":5");
            tmux.keys("Enter");
            tmux.waitFor("¶5/7");
            tmux.keys("m");
            tmux.waitFor("Bookmark note");
            tmux.type("before the drop");
            tmux.keys("Enter");
            tmux.waitFor("Bookmark saved");
            tmux.keys("}");
            tmux.waitFor("¶6/7");
            // The client dies without a goodbye, as when a laptop lid closes or the network goes.
            new ProcessBuilder("kill", "-9", String.valueOf(tmux.panePid())).start().waitFor();
        }
        server.waitForLog(", \"erin\")");
        String saved = server.waitForData(erin, "\"paragraph\": 6");
        assertThat(saved).contains("before the drop");
    }

    @Test
    void aKeyOfferedWithoutSignatureNeverBecomesTheIdentity() throws Exception {
        // frank's key is in the file, but only frank.pub exists: ssh offers it (the server says it
        // would take it), cannot sign, and goes on to grace's key, which signs.
        ServedReader.Result both = ServedReader.run(with(server.sshArgs(Path.of(frank + ".pub"), "-v", "-T",
                "-i", grace.toString()), "127.0.0.1"), "list\n");
        assertThat(both.output()).contains("Server accepts key: " + frank + ".pub")
                .contains("US passes itself off");
        String log = server.waitForLog(", \"grace\")");
        assertThat(log).doesNotContain("frank");

        try (Tmux tmux = Tmux.start(String.join(" ", with(server.sshArgs(Path.of(frank + ".pub"), "-t",
                "-i", grace.toString()), "127.0.0.1")) + "; echo SSH-EXIT=$?; sleep 60", 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.keys("m");
            tmux.waitFor("Bookmark note");
            tmux.keys("Enter");
            tmux.waitFor("Bookmark saved");
            tmux.keys("Q");
            tmux.waitFor("SSH-EXIT=0");
        }
        assertThat(server.userFolder(grace).resolve("bookmarks.json")).exists();
        assertThat(server.userFolder(frank)).doesNotExist();

        // Offered alone, unsigned, it gets no one in.
        ServedReader.Result alone = ServedReader.run(with(server.sshArgs(Path.of(frank + ".pub"), "-T"), "127.0.0.1"));
        assertThat(alone.exit()).isEqualTo(255);
        assertThat(alone.output()).contains("Permission denied (publickey)");
    }

    @Test
    void onlyCurrentAlgorithmsWithStrictKeyExchange() throws Exception {
        ServedReader.Result verbose = ServedReader.run(with(server.sshArgs(alice, "-vv", "-T"), "127.0.0.1"));
        String offer = verbose.output().substring(verbose.output().indexOf("peer server KEXINIT proposal"));
        offer = offer.substring(0, offer.indexOf("compression ctos"));
        assertThat(offer).contains("kex-strict-s-v00@openssh.com").contains("host key algorithms: ssh-ed25519")
                .doesNotContain("cbc").doesNotContain("hmac-sha1").doesNotContain("group14-sha1")
                .doesNotContain("group1-sha1");

        assertThat(ServedReader.run(with(server.sshArgs(alice, "-T", "-c", "aes128-cbc"), "127.0.0.1")).output())
                .contains("no matching cipher");
        assertThat(ServedReader.run(with(server.sshArgs(alice, "-T", "-c", "aes128-ctr", "-m", "hmac-sha1"), "127.0.0.1")).output())
                .contains("no matching MAC");
        ServedReader.Result sha1Rsa = ServedReader.run(with(server.sshArgs(rsa, "-T",
                "-o", "PubkeyAcceptedAlgorithms=ssh-rsa"), "127.0.0.1"));
        assertThat(sha1Rsa.exit()).isEqualTo(255);
        ServedReader.Result sha2Rsa = ServedReader.run(with(server.sshArgs(rsa, "-T"), "127.0.0.1"), "list\n");
        assertThat(sha2Rsa.output()).contains("US passes itself off");
    }

    @Test
    void sigtermSavesEverySessionAndClosesItThenTheCapsHold() throws Exception {
        Path own = Files.createDirectories(dir.resolve("sigterm"));
        Path henry = ServedReader.key(own, "henry");
        try (ServedReader stopping = ServedReader.start(own, List.of(henry), "--max-per-address", "1");
             Tmux tmux = connect(stopping, henry, 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type(":4");
            tmux.keys("Enter");
            tmux.waitFor("¶4/7");

            ServedReader.Result second = ServedReader.run(with(stopping.sshArgs(henry, "-T"), "127.0.0.1"));
            assertThat(second.exit()).isEqualTo(255);
            stopping.waitForLog("1 too many connections from one address (1); from 127.0.0.1");

            assertThat(stopping.terminate()).isEqualTo(143); // the JVM's exit after SIGTERM, hooks run
            String screen = tmux.waitFor("SSH-EXIT=");
            assertThat(screen).doesNotContain("¶4/7"); // the client's screen was put back
            assertThat(stopping.waitForData(henry, "\"paragraph\": 4")).isNotEmpty();
            assertThat(stopping.log()).contains("server stopped").contains("stopped");
        }
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }
}
