package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code v} in a real terminal: a fake editor (a script) records its arguments, reads a line typed
 * on the terminal (so the terminal must be back in its own cooked mode, and pilcrow must leave the
 * keys to it), and appends a paragraph; the reader then shows the paragraph.
 */
@Needs({"tmux", "java"})
class EditorInTmuxIT {

    @TempDir
    Path temp;

    @Test
    void vRunsTheEditorAtTheParagraphsLineAndShowsWhatItAdded() throws Exception {
        Path file = temp.resolve("notes.txt");
        StringBuilder text = new StringBuilder("Notes\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("Paragraph ").append(i).append(" says a few words.\n\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path editor = temp.resolve("fake-editor");
        Files.writeString(editor, String.join("\n",
                "#!/bin/sh",
                "printf '%s\\n' \"$@\" > '" + temp.resolve("argv.txt") + "'",
                "printf 'fake editor: type a line\\n'",
                "IFS= read -r line",
                "printf '%s\\n' \"$line\" > '" + temp.resolve("typed.tmp") + "'",
                "printf '\\nA paragraph the editor added.\\n' >> \"$2\"",
                "mv '" + temp.resolve("typed.tmp") + "' '" + temp.resolve("typed.txt") + "'",
                ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        Path script = temp.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "VISUAL='" + editor + "' PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -jar '" + FindInTmuxIT.JAR
                        + "' '" + file + "'",
                "echo $? > '" + temp.resolve("run.status") + "'",
                ""), StandardCharsets.UTF_8);

        try (Tmux tmux = Tmux.start("exec sh '" + script + "'", 80, 20)) {
            tmux.waitFor("¶1/40");
            tmux.type(":12");
            tmux.keys("Enter");
            tmux.waitFor("¶12/40");
            tmux.keys("v");
            tmux.waitFor("fake editor: type a line");
            // Typed as a person would, once the editor is drawn: keys sent the instant its first
            // line appears lost one letter in about half the runs (docs/architecture.md, Known limits).
            Thread.sleep(400);
            tmux.type("typed in the editor");
            tmux.keys("Enter");
            Tmux.waitForFile(temp.resolve("typed.txt"));
            String screen = tmux.waitFor("Read again after editing");
            assertThat(screen).contains("Paragraph 12 says").contains("¶12/41");
            assertThat(Files.readAllLines(temp.resolve("argv.txt"))).containsExactly("+25", file.toString());
            assertThat(Files.readString(temp.resolve("typed.txt")).strip()).isEqualTo("typed in the editor");

            tmux.keys("G");
            tmux.waitFor("A paragraph the editor added.");
            tmux.keys("Q");
            Tmux.waitForFile(temp.resolve("run.status"));
            assertThat(Files.readString(temp.resolve("run.status")).strip()).isEqualTo("0");
        }
    }
}
