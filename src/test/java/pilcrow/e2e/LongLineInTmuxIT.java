package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document of one line of 24 MB in the packaged reader in tmux: it opens at the line's start,
 * pages down through it, G shows its end, and find lands on a word at its end.
 */
@Needs({"tmux", "java"})
class LongLineInTmuxIT {

    @TempDir
    Path temp;

    private Path document() throws IOException {
        Path file = temp.resolve("longline.txt");
        byte[] chunk = "lorem ipsum été dolor 中文 sit amet ".repeat(2048).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 24_000_000L; written += chunk.length) {
                out.write(chunk);
            }
            out.write(" ENDMARK\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isGreaterThan(20L << 20);
        return file;
    }



    @Test
    void opensPagesJumpsAndFindsInALongLine() throws Exception {
        Path file = document();
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, file, "run"), 100, 30)) {
            String first = tmux.waitFor("lorem ipsum été dolor");
            assertThat(first).doesNotContain("cut here");
            tmux.waitFor("the index built", s -> Tmux.statusLine(s).contains("\u00b61/1") && !Tmux.statusLine(s).contains("~"));
            for (int i = 0; i < 6; i++) {
                tmux.keys("Space");
            }
            String paged = tmux.waitFor("the sixth page", s -> Tmux.statusLine(s).contains("\u00b61/1"));
            assertThat(paged).contains("dolor").doesNotContain("ENDMARK");
            tmux.keys("G");
            String end = tmux.waitFor("ENDMARK");
            assertThat(Tmux.statusLine(end)).contains("100%");
            tmux.keys("g");
            tmux.waitFor("the top", s -> s.contains("longline.txt") || s.lines().anyMatch(l -> l.contains("lorem ipsum")));
            tmux.type("/ENDMARK");
            tmux.keys("Enter");
            String found = tmux.waitFor("a match", s -> Tmux.statusLine(s).contains("match 1/1"));
            assertThat(found).contains("ENDMARK");
            tmux.keys("q");
            tmux.waitFor("Enter open");
            tmux.keys("q");
            Tmux.waitForFile(temp.resolve("run.status"));
            assertThat(Files.readString(temp.resolve("run.status")).strip()).as("exit status").isEqualTo("0");
        }
    }
}
