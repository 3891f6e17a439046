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
 * A document over the large-file threshold in the packaged reader in tmux: it opens, G shows its
 * end, the status line counts exactly once the index is built, :N lands, and find scans it.
 */
@Needs({"tmux", "java"})
class LargeDocumentInTmuxIT {

    static final int PARAGRAPHS = 220_000;

    @TempDir
    Path temp;

    private Path document() throws IOException {
        Path file = temp.resolve("large.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("A Large Test Document\n\n");
            for (int i = 1; i <= PARAGRAPHS; i++) {
                out.write("Paragraph " + i + " of the large test document, written to fill some bytes");
                out.write(i % 2 == 0 ? "\nand a second line.\n\n" : ".\n\n");
            }
            out.write("The last paragraph names the ZEBRAFINCH.\n");
        }
        assertThat(Files.size(file)).isGreaterThan(16L << 20);
        return file;
    }



    @Test
    void opensJumpsAndFindsInALargeDocument() throws Exception {
        Path file = document();
        String total = String.format(java.util.Locale.ROOT, "%,d", PARAGRAPHS + 1);
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, file, "run"), 100, 30)) {
            tmux.waitFor("A Large Test Document");
            tmux.waitFor("Paragraph 3 of the large");
            tmux.keys("G");
            String end = tmux.waitFor("ZEBRAFINCH");
            assertThat(end).contains("Paragraph " + PARAGRAPHS + " of the large");
            tmux.waitFor("the index built", s -> Tmux.statusLine(s).contains("/" + total) && !Tmux.statusLine(s).contains("~"));
            tmux.type(":100000");
            tmux.keys("Enter");
            String middle = tmux.waitFor("¶100,000/" + total);
            assertThat(middle).contains("Paragraph 100000 of the large");
            tmux.keys("}");
            tmux.waitFor("¶100,001/" + total);
            tmux.type("g/ZEBRAFINCH");
            tmux.keys("Enter");
            String found = tmux.waitFor("a match", s -> Tmux.statusLine(s).contains("match 1/1"));
            assertThat(Tmux.statusLine(found)).contains("¶" + total + "/" + total);
            tmux.keys("q");
            tmux.waitFor("Enter open");
            tmux.keys("q");
            Tmux.waitForFile(temp.resolve("run.status"));
            assertThat(Files.readString(temp.resolve("run.status")).strip()).as("exit status").isEqualTo("0");
        }
    }
}
