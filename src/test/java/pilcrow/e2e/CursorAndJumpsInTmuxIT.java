package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 in a real terminal: the cursor left on the selected row and at the start of the current
 * paragraph (what screen readers follow), and Ctrl-O / Tab (the byte Ctrl-I sends) across documents.
 */
@Needs({"tmux", "java"})
class CursorAndJumpsInTmuxIT {

    @TempDir
    Path temp;

    private Path library() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lib"));
        for (String name : List.of("a", "b")) {
            StringBuilder text = new StringBuilder(name.toUpperCase() + " document\n\n");
            for (int i = 1; i <= 40; i++) {
                text.append(name).append(" paragraph ").append(i).append(" says a few words.\n\n");
            }
            Files.writeString(folder.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** The screen's row {@code y} from column {@code x}. */
    private static String at(String screen, String cursor) {
        String[] xy = cursor.split(",");
        String row = screen.lines().toList().get(Integer.parseInt(xy[1]));
        return row.substring(Math.min(row.length(), Integer.parseInt(xy[0])));
    }

    @Test
    void theCursorFollowsTheReaderAndCtrlOGoesBackAcrossDocuments() throws Exception {
        try (Tmux tmux = Tmux.start(Tmux.readerOn(temp, library(), "run"), 80, 20)) {
            tmux.waitFor("2 documents");
            assertThat(tmux.cursor()).isEqualTo("0,2");
            tmux.keys("j");
            String screen = tmux.waitFor("the second row selected", s -> s.lines().toList().get(3).startsWith("\u25b8"));
            assertThat(tmux.cursor()).isEqualTo("0,3");

            tmux.keys("k", "Enter");
            tmux.waitFor("¶1/40");
            screen = tmux.waitFor("a paragraph 1");
            assertThat(at(screen, tmux.cursor())).startsWith("a paragraph 1 says");
            tmux.type(":30");
            tmux.keys("Enter");
            screen = tmux.waitFor("¶30/40");
            assertThat(at(screen, tmux.cursor())).startsWith("a paragraph 30 says");

            tmux.keys("q", "j", "Enter");
            tmux.waitFor("B document");
            tmux.keys("C-o");
            screen = tmux.waitFor("¶30/40");
            assertThat(screen).contains("a paragraph 30 says");
            tmux.keys("Tab");
            screen = tmux.waitFor("B document");
            assertThat(at(screen, tmux.cursor())).startsWith("b paragraph 1 says");
            tmux.keys("Q");
            Tmux.waitForFile(temp.resolve("run.status"));
        }
    }
}
