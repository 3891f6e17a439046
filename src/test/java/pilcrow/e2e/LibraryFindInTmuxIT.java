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
 * {@code F} in the packaged reader over a folder holding a document over the large-file threshold:
 * the word in its last paragraph is found by its text (not only a title), listed with its exact
 * paragraph number, and Enter lands on it with the document's own search at that match.
 */
@Needs({"tmux", "java"})
class LibraryFindInTmuxIT {

    static final int PARAGRAPHS = 240_000;

    @TempDir
    Path temp;

    private Path library() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("lib"));
        Files.writeString(folder.resolve("a-small.txt"), "A Small Note\n\nNo bird is named here.\n");
        Path file = folder.resolve("large.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("A Large Test Document\n\n");
            for (int i = 1; i <= PARAGRAPHS; i++) {
                out.write("Paragraph " + i + " of the large test document, written to fill some bytes.\n\n");
            }
            out.write("The last paragraph names the ZEBRAFINCH.\n");
        }
        assertThat(Files.size(file)).isGreaterThan(16L << 20);
        return folder;
    }

    @Test
    void findsAWordInALargeDocumentsLastParagraphAndEnterLandsOnIt() throws Exception {
        Path folder = library();
        String last = String.format(java.util.Locale.ROOT, "%,d", PARAGRAPHS + 1);
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, folder, "run"), 100, 30)) {
            tmux.waitFor("A Large Test Document");
            tmux.type("FZEBRAFINCH");
            tmux.keys("Enter");
            String results = tmux.waitFor("1 match in 1 document");
            assertThat(results).contains("names the ZEBRAFINCH").contains("\u00b6" + (PARAGRAPHS + 1));
            tmux.keys("Enter");
            String landed = tmux.waitFor("the match, current", s -> Tmux.statusLine(s).contains("match 1/1"));
            assertThat(landed).contains("The last paragraph names the ZEBRAFINCH.");
            tmux.waitFor("numbered", s -> Tmux.statusLine(s).contains("\u00b6" + last + "/" + last));
            tmux.keys("q"); // back to the results it was opened from (issue 22), then to the list
            tmux.waitFor("the results again", s -> s.contains("1 match in 1 document") && !Tmux.statusLine(s).contains("match 1/1"));
            tmux.keys("q");
            tmux.waitFor("Enter open");
            tmux.keys("q");
            Tmux.waitForFile(temp.resolve("run.status"));
            assertThat(Files.readString(temp.resolve("run.status")).strip()).as("exit status").isEqualTo("0");
        }
    }
}
