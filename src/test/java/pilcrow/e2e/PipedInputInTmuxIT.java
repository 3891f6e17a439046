package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code producer | pilcrow} in a real terminal: the piped text is paged as less pages it, keys
 * from the terminal, and what has arrived shows while the producer is still writing. The producer
 * writes its second part only once the test creates a gate file, so "still writing" is a state the
 * test holds, not a race.
 */
@Needs({"tmux", "java", "sh"})
class PipedInputInTmuxIT {

    @TempDir
    Path temp;

    /** The pipeline, noting the reader's exit status and the tty's settings before and after. */
    private String pipeline(String readerArguments) throws IOException {
        Path producer = temp.resolve("producer.sh");
        Files.writeString(producer, String.join("\n",
                "printf 'A piped title\\n\\nThe first paragraph arrives at once.\\n\\n'",
                "while [ ! -e '" + temp.resolve("gate") + "' ]; do sleep 0.05; done",
                "printf 'The second paragraph arrives later.\\n'",
                ""), StandardCharsets.UTF_8);
        Path script = temp.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "stty -g > '" + temp.resolve("stty.before") + "'",
                "sh '" + producer + "' | PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -jar '"
                        + FindInTmuxIT.JAR + "' " + readerArguments,
                "echo $? > '" + temp.resolve("status.tmp") + "'",
                "stty -g > '" + temp.resolve("stty.after") + "'",
                "mv '" + temp.resolve("status.tmp") + "' '" + temp.resolve("status") + "'",
                ""), StandardCharsets.UTF_8);
        return "exec sh '" + script + "'";
    }

    @ParameterizedTest(name = "pilcrow {0}")
    @ValueSource(strings = {"", "-"})
    void thePipeIsPagedAsItArrivesWithKeysFromTheTerminal(String arguments) throws Exception {
        try (Tmux tmux = Tmux.start(pipeline(arguments), 80, 20)) {
            String early = tmux.waitFor("The first paragraph arrives at once.");
            assertThat(early).as("paged, not the seeds").doesNotContain("US passes itself off");
            assertThat(Tmux.statusLine(early)).contains("A piped title").contains("¶1/1");
            // The producer is still writing (it waits for the gate): the reader already shows part one.
            assertThat(early).doesNotContain("The second paragraph");

            Files.createFile(temp.resolve("gate"));
            tmux.waitFor("The second paragraph arrives later.");
            tmux.keys("}");
            String moved = tmux.waitFor("¶2/2");
            assertThat(moved).contains("The first paragraph arrives at once.");

            tmux.type("Q");
            Tmux.waitForFile(temp.resolve("status"));
            assertThat(Files.readString(temp.resolve("status")).strip()).isEqualTo("0");
            assertThat(Files.readString(temp.resolve("stty.after")))
                    .as("stty -g after the reader").isEqualTo(Files.readString(temp.resolve("stty.before")));
        }
    }
}
