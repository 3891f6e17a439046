package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code T} in a real terminal: a line appended to the followed log shows without a key. */
@Needs({"tmux", "java", "sh"})
class FollowInTmuxIT {

    @TempDir
    Path temp;

    @Test
    void aLineAppendedWhileFollowingShowsAndAMoveStopsFollowing() throws Exception {
        Path log = temp.resolve("app.log");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            lines.append("2024-05-01 request ").append(i).append(" served\n");
        }
        Files.writeString(log, lines, StandardCharsets.UTF_8);
        String command = "PILCROW_DATA_DIR='" + temp.resolve("data") + "' exec java -jar '" + FindInTmuxIT.JAR + "' '"
                + log + "'";
        try (Tmux tmux = Tmux.start(command, 80, 20)) {
            tmux.waitFor("request 2 served");
            tmux.type("T");
            String following = tmux.waitFor("following");
            assertThat(following).contains("request 60 served");

            Files.writeString(log, "2024-05-01 a line written while followed\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            tmux.waitFor("a line written while followed");

            tmux.type("k");
            String stopped = tmux.waitFor("following gone", screen -> !Tmux.statusLine(screen).contains("following"));
            assertThat(Tmux.statusLine(stopped)).as("the appended line is paragraph 60").contains("/60");
            tmux.type("Q");
        }
    }
}
