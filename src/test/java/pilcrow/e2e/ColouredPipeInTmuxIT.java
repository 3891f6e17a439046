package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log's colour through a pipe, in a real terminal (issue 21): {@code printf '\033[31mred...' |
 * pilcrow} draws "red" in red, as {@code less -R} does, and shows no {@code ^[} of the sequence; a
 * sequence that is not colour (a screen clear) stays visible.
 */
@Needs({"tmux", "java", "sh"})
class ColouredPipeInTmuxIT {

    @TempDir
    Path temp;

    @Test
    void pipedColourIsDrawnAndOtherEscapesStayVisible() throws Exception {
        Path script = temp.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "printf 'A log\\n\\n\\033[31mred\\033[0m plain and \\033[1mbold\\033[22m here\\n\\nthen \\033[2J cleared\\n' | "
                        + "PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -jar '" + FindInTmuxIT.JAR + "'",
                ""), StandardCharsets.UTF_8);
        try (Tmux tmux = Tmux.start("TERM=xterm-256color exec sh '" + script + "'", 80, 12)) {
            String screen = tmux.waitFor("red plain and bold here");
            assertThat(screen).contains("then ^[[2J cleared").doesNotContain("^[[31m").doesNotContain("^[[0m");
            String drawn = tmux.screenWithAttributes();
            // tmux writes the cell's colour back as SGR: red (31, or its 256/bright forms) just before "red".
            assertThat(drawn).containsPattern("\u001b\\[[0-9;]*(31|91|38;5;[19])[0-9;]*mred");
            assertThat(drawn).containsPattern("\u001b\\[[0-9;]*1[0-9;]*mbold");
            tmux.keys("Q");
        }
    }
}
