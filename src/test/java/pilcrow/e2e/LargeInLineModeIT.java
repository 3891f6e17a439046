package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line mode (issue 19's acceptance) on a document larger than its heap: {@code pilcrow shell}
 * with {@code -Xmx64m} opens a 100 MiB document at once, and {@code p N}, {@code find} and
 * {@code bookmark} work in it, with the process's anonymous memory (RssAnon: the heap and the rest,
 * not the file's mapped pages) under 256 MiB. Read whole, the text alone would not fit the heap.
 */
@Needs({"tmux", "java"})
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
