package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emoji whose width terminals dispute (❤️: two cells by Unicode's emoji presentation, one in tmux
 * 3.3, which ignores VS16) leave no cell of the previous screen behind: the document opened from a
 * full list looks as it does drawn fresh. Runs after {@code package} (failsafe), on the jar.
 */
@Needs({"tmux", "java"})
class StaleCellsInTmuxIT {

    private static final String HEART = "\u2764\ufe0f";

    @TempDir
    Path temp;

    @Test
    void aParagraphOfHeartsOpenedFromTheListEqualsItDrawnFresh() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Path hearts = Files.writeString(docs.resolve("a-hearts.txt"),
                "Hearts\n\n" + (HEART + "ab ").repeat(300) + "\n", StandardCharsets.UTF_8);
        // A list full of digits and letters for stale cells to come from.
        for (int i = 10; i < 40; i++) {
            Files.writeString(docs.resolve("b" + i + ".txt"),
                    "Title " + i + " of 12345 67890 XYZ WVU\n\n" + "words 5555 ".repeat(50) + "\n");
        }

        List<String> moved;
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, docs, "list"), 100, 30)) {
            tmux.waitFor("Title 20");
            tmux.keys("Enter");
            moved = rowsAboveStatus(tmux.waitFor("the hearts paragraph", StaleCellsInTmuxIT::drawn));
            quit(tmux, "list");
        }
        List<String> fresh;
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, hearts, "fresh"), 100, 30)) {
            fresh = rowsAboveStatus(tmux.waitFor("the hearts paragraph", StaleCellsInTmuxIT::drawn));
            quit(tmux, "fresh");
        }

        assertThat(String.join("\n", moved)).isEqualTo(String.join("\n", fresh));
        assertThat(String.join("", moved).replace("\u00b61", "")).doesNotContainPattern("[0-9XYZWV]");
    }

    /**
     * Quits the reader and waits for its run to end. Closed while running, the reader was killed
     * by the hang-up and saved its place into the temporary folder while JUnit deleted it (seen
     * in a clean-clone CI run: "Failed to delete temp directory").
     */
    private void quit(Tmux tmux, String run) throws Exception {
        tmux.keys("Q");
        Tmux.waitForFile(temp.resolve(run + ".status"));
    }

    /** The document's frame is on screen whole: the status line, drawn last, shows its place. */
    private static boolean drawn(String screen) {
        return screen.contains("Hearts") && Tmux.statusLine(screen).contains("\u00b61/1");
    }

    /** The screen without its status line, which tells how the document was reached. */
    private static List<String> rowsAboveStatus(String screen) {
        List<String> rows = screen.lines().toList();
        return rows.subList(0, rows.size() - 1);
    }
}
