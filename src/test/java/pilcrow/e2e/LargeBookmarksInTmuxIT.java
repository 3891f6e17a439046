package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bookmarks and reading positions on a 20 MiB document in the packaged reader in tmux: a bookmark
 * made deep in it, the reader quit and started again, back at the place, the bookmark listed (in
 * the reader and by {@code pilcrow bookmarks list}) and gone to.
 */
@Needs({"tmux", "java"})
class LargeBookmarksInTmuxIT {

    static final int PARAGRAPHS = 270_000;

    @TempDir
    Path temp;

    private Path document() throws IOException {
        Path file = temp.resolve("large.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("A Large Bookmarked Document\n\n");
            for (int i = 1; i <= PARAGRAPHS; i++) {
                out.write("Paragraph " + i + " of the large bookmarked document, written to fill some bytes.\n\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(20L << 20);
        return file;
    }



    private void quit(Tmux tmux, String run) throws Exception {
        tmux.keys("q");
        tmux.waitFor("Enter open");
        tmux.keys("q");
        Tmux.waitForFile(temp.resolve(run + ".status"));
        assertThat(Files.readString(temp.resolve(run + ".status")).strip()).as("exit status").isEqualTo("0");
    }

    @Test
    void aBookmarkAndThePlaceInALargeDocumentOutliveTheReader() throws Exception {
        Path file = document();
        String total = String.format(Locale.ROOT, "%,d", PARAGRAPHS);
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, file, "first"), 100, 30)) {
            tmux.waitFor("Paragraph 3 of the large");
            tmux.waitFor("the index built", s -> Tmux.statusLine(s).contains("/" + total) && !Tmux.statusLine(s).contains("~"));
            tmux.type(":200000");
            tmux.keys("Enter");
            tmux.waitFor("¶200,000/" + total);
            tmux.keys("m");
            tmux.waitFor("Bookmark note");
            tmux.type("deep in it");
            tmux.keys("Enter");
            tmux.waitFor("Bookmark saved");
            tmux.type(":180000");
            tmux.keys("Enter");
            tmux.waitFor("¶180,000/" + total);
            quit(tmux, "first");
        }
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, file, "second"), 100, 30)) {
            // Back where it was left, once the index reaches it (or at once).
            String back = tmux.waitFor("¶180,000/" + total);
            assertThat(back).contains("Paragraph 180000 of the large");
            tmux.keys("'");
            String list = tmux.waitFor("deep in it");
            assertThat(list).contains("¶200000");
            tmux.keys("Enter");
            String there = tmux.waitFor("¶200,000/" + total);
            assertThat(there).contains("Paragraph 200000 of the large");
            quit(tmux, "second");
        }
        Process list = new ProcessBuilder("java", "-jar", FindInTmuxIT.JAR.toString(), "--data-dir",
                temp.resolve("data").toString(), "bookmarks", "list").redirectErrorStream(true).start();
        String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor()).isZero();
        assertThat(out).contains("¶200000").contains("A Large Bookmarked Document").contains("deep in it")
                .doesNotContain("changed").doesNotContain("missing");
    }
}
