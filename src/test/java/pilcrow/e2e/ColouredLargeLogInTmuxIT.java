package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coloured log over the large-file threshold (read by ranges, {@code LargeFile}) reads as the
 * same log held in memory, in a real terminal: its colour drawn as {@code less -R} draws it, no
 * {@code ^[} of a colour sequence shown, any other escape shown visibly; a search finds the words
 * shown and is highlighted on them.
 */
@Needs({"tmux", "java", "sh"})
class ColouredLargeLogInTmuxIT {

    @TempDir
    Path temp;

    private static final String HEAD = "A log\n\n\u001b[31mERROR\u001b[0m disk full on \u001b[1m/var\u001b[22m\n\n"
            + "\u001b[32mINFO\u001b[0m then \u001b[2J cleared\n\n";

    private Path log(String folder, int fillers) throws Exception {
        Path file = temp.resolve(folder).resolve("app.log");
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEAD);
            for (int i = 1; i <= fillers; i++) {
                out.write("\u001b[36mDEBUG\u001b[0m entry " + i + " of the log, written to fill some bytes\n\n");
            }
        }
        return file;
    }

    @Test
    void aLargeColouredLogIsDrawnAsTheSameLogHeldInMemory() throws Exception {
        Path small = log("small", 40);
        Path large = log("large", 300_000);
        assertThat(Files.size(large)).isGreaterThan(16L << 20);
        List<String> smallScreen = body(small, "small");
        List<String> largeScreen = body(large, "large");
        assertThat(largeScreen).isEqualTo(smallScreen);
        String text = String.join("\n", largeScreen);
        // Shown escapes are a caret and a bracket; the dump's own attributes are real ESCs.
        assertThat(text).contains("disk full on", "then ^[[2J cleared").doesNotContain("^[[31m").doesNotContain("^[[0m");
        assertThat(text).containsPattern("\u001b\\[[0-9;]*(31|91|38;5;[19])[0-9;]*mERROR");
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, large, "find"), 80, 12)) {
            tmux.waitFor("disk full on");
            tmux.type("/disk");
            tmux.keys("Enter");
            tmux.waitFor("a match", s -> Tmux.statusLine(s).contains("match 1/"));
            // The highlight covers "disk" as shown, not a place shifted by the sequence before it.
            assertThat(tmux.screenWithAttributes()).containsPattern("\u001b\\[[0-9;]*7[0-9;]*m(\u001b\\[[0-9;]*m)*disk\u001b");
            tmux.keys("q");
        }
    }

    /** The reader's first screen of {@code file} with its attributes, without the status line and the gutter's width. */
    private List<String> body(Path file, String run) throws Exception {
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, file, run), 80, 12)) {
            tmux.waitFor("entry 3 of the log");
            String drawn = tmux.screenWithAttributes();
            tmux.keys("q");
            // The gutter of paragraph numbers is wider for a larger document: runs of spaces are one.
            List<String> lines = drawn.lines().map(line -> line.replaceAll(" {2,}", " ").strip()).toList();
            return lines.subList(0, lines.size() - 2);
        }
    }
}
