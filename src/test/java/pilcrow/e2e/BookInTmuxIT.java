package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.testing.Epubs;

/**
 * An EPUB book in the packaged reader: its first chapter is painted before the rest is read, the
 * rest arrives (the last chapter is reached with G), and the place left in the last chapter is
 * restored on reopening: the data folder is read only once the whole book is there, not while the
 * reader holds the first chapter alone.
 */
@Needs({"tmux", "java"})
class BookInTmuxIT {

    static final int CHAPTERS = 60;

    @TempDir
    Path temp;

    @Test
    void theFirstChapterShowsFirstAndThePlaceLeftInTheLastIsFoundAgain() throws Exception {
        Epubs.Book book = Epubs.epub3().title("Long Book");
        for (int c = 1; c <= CHAPTERS; c++) {
            StringBuilder body = new StringBuilder("<h1>Part " + c + "</h1>");
            for (int p = 1; p <= 150; p++) {
                body.append("<p>Paragraph ").append(p).append(" of part ").append(c)
                        .append(", long enough to take some reading and laying out in the background.</p>");
            }
            if (c == CHAPTERS) {
                body.append("<p>The final words of the book.</p>");
            }
            book.chapter("c" + c + ".xhtml", "Part " + c, body.toString());
        }
        Path file = book.writeTo(temp.resolve("long.epub"));

        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, file, "first"), 100, 30)) {
            tmux.waitFor("Part 1");
            tmux.waitFor("the whole book", s -> Tmux.statusLine(s).contains("/9,"));
            tmux.keys("G");
            tmux.waitFor("The final words of the book.");
            tmux.keys("Q");
            Tmux.waitForFile(temp.resolve("first.status"));
        }
        assertThat(Files.readString(temp.resolve("first.status")).strip()).isEqualTo("0");

        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, file, "again"), 100, 30)) {
            String screen = tmux.waitFor("where you left off");
            assertThat(screen).contains("The final words of the book.");
            tmux.keys("Q");
            Tmux.waitForFile(temp.resolve("again.status"));
        }
    }
}
