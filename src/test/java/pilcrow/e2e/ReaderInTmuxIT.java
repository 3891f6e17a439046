package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged reader in a real terminal (tmux): open the seed, move, resize, leave, and find the
 * terminal's settings exactly as they were. Runs after {@code package} (failsafe), on the jar.
 */
@Needs({"tmux", "java", "kill"})
class ReaderInTmuxIT {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/pilcrow.jar");

    @TempDir
    Path temp;

    /**
     * A shell script that notes the tty settings, runs the reader, notes its exit status and the
     * settings again. It catches HUP and TERM so it lives to write the "after" file.
     */
    private String wrapped(String readerArguments) throws IOException {
        return wrapped("", readerArguments);
    }

    /** As {@link #wrapped(String)}, with {@code environment} ("TERM=dumb") set for the reader. */
    private String wrapped(String environment, String readerArguments) throws IOException {
        Path script = temp.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "trap 'true' HUP TERM",
                "stty -g > '" + temp.resolve("stty.before") + "'",
                environment + " PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -Dpilcrow.seeds='" + ROOT.resolve("seeds") + "' -jar '" + JAR + "' " + readerArguments,
                "echo $? > '" + temp.resolve("status.tmp") + "'",
                "stty -g > '" + temp.resolve("stty.after") + "'",
                "mv '" + temp.resolve("status.tmp") + "' '" + temp.resolve("status") + "'",
                ""), StandardCharsets.UTF_8);
        // exec: the script is the pane's process and session leader, so its trap keeps the tty alive.
        return "exec sh '" + script + "'";
    }

    private String status() throws IOException, InterruptedException {
        Tmux.waitForFile(temp.resolve("status"));
        return Files.readString(temp.resolve("status")).strip();
    }

    private void assertTerminalRestored() throws IOException {
        assertThat(Files.readString(temp.resolve("stty.after")))
                .as("stty -g after the reader")
                .isEqualTo(Files.readString(temp.resolve("stty.before")));
    }

    @Test
    void openTheSeedGoToParagraphSevenResizeAndQuit() throws Exception {
        try (Tmux tmux = Tmux.start(wrapped(""), 100, 30)) {
            tmux.waitFor("US passes itself off as victim of cyberattacks to smear China");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.keys("}");
            tmux.waitFor("¶2/7");
            tmux.type(":7");
            tmux.waitFor("Go to paragraph: 7");
            tmux.keys("Enter");
            String screen = tmux.waitFor("¶7/7");
            assertThat(screen).contains("framework of Interpol").contains("¶7 At present");

            tmux.resize(40, 12);
            screen = tmux.waitFor("the narrow layout", s -> s.contains("¶7/7") && s.lines().count() <= 12
                    && s.lines().allMatch(line -> line.length() <= 40));
            assertThat(screen).contains("¶7 At present, cyberattacks are");
            tmux.resize(100, 30);
            tmux.waitFor("the wide layout again", s -> s.contains("¶7 At present, cyberattacks are mainly cross-border"));

            tmux.keys("?");
            tmux.waitFor("pilcrow: keys");
            tmux.keys("Escape");
            tmux.waitFor("¶7/7");
            tmux.keys("q");
            tmux.waitFor("Enter open");
            tmux.keys("q");
            assertThat(status()).isEqualTo("0");
            assertTerminalRestored();
        }
    }

    /** A dropped SSH connection (HUP) or a kill (TERM) while reading: the terminal comes back as it was. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"HUP, 129", "TERM, 143"})
    void aSignalWhileReadingRestoresTheTerminal(String signal, String status) throws Exception {
        try (Tmux tmux = Tmux.start(wrapped(""), 80, 24)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            long group = tmux.panePid();
            new ProcessBuilder("kill", "-" + signal, "--", "-" + group).start().waitFor();
            assertThat(status()).isEqualTo(status);
            assertTerminalRestored();
        }
    }

    /**
     * Issue 22 (the clarification for #15): Ctrl-Z hands the terminal back to an interactive shell
     * with its modes restored, as less and vim do, and fg brings the reader back, drawn whole.
     */
    @Test
    void ctrlZSuspendsToTheShellAndFgComesBack() throws Exception {
        // Typed line by line, as a user would: a stopped job ends the rest of a line's list.
        try (Tmux tmux = Tmux.start("env PS1='shell$ ' bash --norc --noprofile -i", 80, 24)) {
            tmux.waitFor("shell$");
            tmux.type("stty -g > '" + temp.resolve("stty.before") + "'");
            tmux.keys("Enter");
            tmux.type("PILCROW_DATA_DIR='" + temp.resolve("data") + "' java -Dpilcrow.seeds='" + ROOT.resolve("seeds")
                    + "' -jar '" + JAR + "'");
            tmux.keys("Enter");
            tmux.waitFor("US passes itself off");
            tmux.keys("C-z");
            String shell = tmux.waitFor("Stopped");
            assertThat(shell).doesNotContain("US passes itself off"); // the alternate screen was left
            // The quotes keep the typed line from showing the word the output shows: waiting for
            // the echoed command line would read the file before stty had written it.
            tmux.type("stty -g > '" + temp.resolve("stty.stopped") + "'; echo modes-''noted");
            tmux.keys("Enter");
            tmux.waitFor("modes-noted");
            assertThat(Files.readString(temp.resolve("stty.stopped"))).as("the shell's modes while stopped")
                    .isEqualTo(Files.readString(temp.resolve("stty.before")));

            tmux.type("fg");
            tmux.keys("Enter");
            tmux.waitFor("US passes itself off");
            tmux.keys("j", "q");
            tmux.waitFor("the shell's prompt after the reader", screen -> !screen.contains("US passes itself off")
                    && screen.strip().endsWith("shell$"));
            // stty first, so that the line waited for comes once its file is written
            tmux.type("s=$?; stty -g > '" + temp.resolve("stty.after") + "'; echo \"reader-ended-$s\"");
            tmux.keys("Enter");
            tmux.waitFor("reader-ended-0");
            Tmux.waitForFile(temp.resolve("stty.after"));
            assertTerminalRestored();
        }
    }

    @Test
    void ctrlCQuitsCleanlyFromThePrompt() throws Exception {
        try (Tmux tmux = Tmux.start(wrapped(""), 80, 24)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.type(":3");
            tmux.waitFor("Go to paragraph: 3");
            tmux.keys("C-c");
            assertThat(status()).isEqualTo("0");
            assertTerminalRestored();
        }
    }

    /** The reading position survives a hang-up (a dropped SSH connection) or a kill, and shows in the list. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"HUP, 129", "TERM, 143"})
    void theReadingPositionSurvivesASignal(String signal, String status) throws Exception {
        String data = "--data-dir '" + temp.resolve("data") + "'";
        try (Tmux tmux = Tmux.start(wrapped(data), 40, 12)) {
            tmux.waitFor("US passes itself");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type(":5");
            tmux.keys("Enter");
            tmux.waitFor("¶5/7");
            new ProcessBuilder("kill", "-" + signal, "--", "-" + tmux.panePid()).start().waitFor();
            assertThat(status()).isEqualTo(status);
            assertTerminalRestored();
        }
        Files.delete(temp.resolve("status"));
        try (Tmux tmux = Tmux.start(wrapped(data), 100, 30)) {
            tmux.waitFor("66%"); // the READ column, once the data folder is read after the first paint
            tmux.keys("Enter");
            String screen = tmux.waitFor("¶5/7");
            assertThat(screen).contains("Back at ¶5, where you left off");
            tmux.type("Q");
            assertThat(status()).isEqualTo("0");
        }
    }

    /** The walk: :7, m, a note, Enter, quit; start again, ', Enter lands on ¶7. */
    @Test
    void aBookmarkMadeInOneRunIsThereInTheNext() throws Exception {
        String data = "--data-dir '" + temp.resolve("data") + "'";
        try (Tmux tmux = Tmux.start(wrapped(data), 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.keys("Enter");
            tmux.waitFor("¶1/7");
            tmux.type(":7");
            tmux.keys("Enter");
            tmux.waitFor("¶7/7");
            tmux.type("m");
            tmux.waitFor("Bookmark note");
            tmux.type("Interpol \"here\"");
            tmux.keys("Enter");
            tmux.waitFor("Bookmark saved");
            tmux.type("Q");
            assertThat(status()).isEqualTo("0");
        }
        Files.delete(temp.resolve("status"));
        try (Tmux tmux = Tmux.start(wrapped(data), 100, 30)) {
            tmux.waitFor("US passes itself off");
            tmux.type("'");
            String list = tmux.waitFor("Bookmarks · 1");
            assertThat(list).contains("¶7").contains("Interpol \"here\"");
            tmux.keys("Enter");
            String screen = tmux.waitFor("¶7/7");
            assertThat(screen).contains("*¶7 At present");
            tmux.type("Q");
            assertThat(status()).isEqualTo("0");
            assertTerminalRestored();
        }
    }
}
