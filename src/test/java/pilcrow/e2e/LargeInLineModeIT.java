package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line mode (issue 19's acceptance) on a document larger than its heap: {@code pilcrow shell}
 * with {@code -Xmx64m} opens a 100 MiB document at once, and {@code p N}, {@code find} and
 * {@code bookmark} work in it, with the process's anonymous memory (RssAnon: the heap and the rest,
 * not the file's mapped pages) under 256 MiB. Read whole, the text alone would not fit the heap.
 * The same over {@code ssh -T} to {@code pilcrow serve}, which used to refuse it.
 */
@Needs({"tmux", "java", "ssh", "ssh-keygen"})
class LargeInLineModeIT {

    static final int PARAGRAPHS = 1_400_000;

    @TempDir
    Path temp;

    private Path document() throws IOException {
        Path file = temp.resolve("large.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("A Large Line Mode Document\n\n");
            for (int i = 1; i <= PARAGRAPHS; i++) {
                out.write("Paragraph " + i + " of the large line mode document, written to fill its bytes.\n\n");
            }
            out.write("The last paragraph names the ZEBRAFINCH.\n");
        }
        assertThat(Files.size(file)).isGreaterThan(96L << 20);
        return file;
    }

    private static void line(Tmux tmux, String line) throws IOException, InterruptedException {
        tmux.keys("C-l"); // a clear screen, so what is waited for is this line's answer
        tmux.type(line);
        tmux.keys("Enter");
    }

    private static long rssAnonKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("RssAnon:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError("no RssAnon in /proc/" + pid + "/status");
    }

    /** ssh -T: the server's line mode, with the same heap, opens it as the local one does (it refused it). */
    @Test
    void sshWithoutATerminalOpensItLazilyToo() throws Exception {
        Path file = document();
        Path alice = ServedReader.key(temp, "alice");
        try (ServedReader server = ServedReader.start(temp, List.of(alice),
                Map.of("JAVA_TOOL_OPTIONS", "-Xmx64m"), file.toString())) {
            server.waitForLog("serving 1 document");
            List<String> ssh = new ArrayList<>(server.sshArgs(alice, "-T"));
            ssh.add("127.0.0.1");
            ServedReader.Result result = ServedReader.run(ssh,
                    "open 1\np 1000000\nfind ZEBRAFINCH\nbookmark the end\nbookmarks\nwhere\n");
            assertThat(result.output()).contains("A Large Line Mode Document (about ")
                    .contains("\u00b61000000 Paragraph 1000000 of the large")
                    .contains("match 1 of 1, \u00b6" + (PARAGRAPHS + 1))
                    .contains("bookmarked \u00b6" + (PARAGRAPHS + 1))
                    .contains("A Large Line Mode Document: \u00b6" + (PARAGRAPHS + 1) + " of " + (PARAGRAPHS + 1));
            assertThat(result.exit()).as(result.output()).isZero();
            assertThat(rssAnonKiB(server.pid())).as("the server's RssAnon in KiB").isLessThan(256L * 1024);
        }
    }

    @Test
    void opensALargeDocumentLazilyAndPrintsFindsAndBookmarksInIt() throws Exception {
        Path file = document();
        Path script = temp.resolve("run.sh");
        Files.writeString(script, "exec java -Xmx64m -jar '" + ShellInTmuxIT.JAR + "' shell --data-dir '"
                + temp.resolve("data") + "' '" + file + "' 2>'" + temp.resolve("stderr") + "'\n", StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start("exec sh '" + script + "'", 100, 30)) {
            tmux.waitFor("A Large Line Mode Document (about ");
            tmux.waitFor("\u00b61 Paragraph 1 of the large");
            long pid = tmux.panePid(); // the shell exec'd java

            line(tmux, "p 1000000");
            tmux.waitFor("\u00b61000000 Paragraph 1000000 of the large");
            line(tmux, "next");
            tmux.waitFor("\u00b61000001 Paragraph 1000001 of the large");
            line(tmux, "find ZEBRAFINCH");
            tmux.waitFor("match 1 of 1, \u00b6" + (PARAGRAPHS + 1));
            line(tmux, "bookmark the end");
            tmux.waitFor("bookmarked \u00b6" + (PARAGRAPHS + 1) + " of A Large Line Mode Document");
            line(tmux, "p 2");
            tmux.waitFor("\u00b62 Paragraph 2 of the large");
            line(tmux, "bookmarks");
            String listed = tmux.waitFor("  \u00b6" + (PARAGRAPHS + 1) + "  A Large Line Mode Document");
            assertThat(listed).contains("\u2014 the end");
            line(tmux, "where");
            tmux.waitFor("A Large Line Mode Document: \u00b62 of " + (PARAGRAPHS + 1));

            assertThat(rssAnonKiB(pid)).as("RssAnon in KiB").isLessThan(256L * 1024);
            line(tmux, "quit");
        }
        assertThat(Files.readString(temp.resolve("stderr"))).isEmpty();
    }
}
