package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formatter runner on stand-in programs (cat, yes, sleep), so each bound is tried whatever
 * formatter is installed: found on the PATH given, fed on stdin, stopped by time and by size.
 */
class ManFormatterTest {

    private static final String SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin";

    private static ManFormatter running(String program, List<String> arguments, Duration limit, int maxOutput) {
        return new ManFormatter(SYSTEM_PATH, List.of(new ManFormatter.Candidate(program, arguments)), limit, maxOutput);
    }

    @Test
    void theFirstCandidateFoundOnThePathIsRunWithTheRoffOnItsStdin() {
        ManFormatter formatter = new ManFormatter(SYSTEM_PATH, List.of(
                new ManFormatter.Candidate("no-such-formatter-here", List.of()),
                new ManFormatter.Candidate("cat", List.of())), Duration.ofSeconds(20), 1 << 20);

        ManFormatter.Outcome outcome = formatter.format(".TH X 1\nhello\n");

        assertThat(outcome).isEqualTo(new ManFormatter.Formatted("cat", ".TH X 1\nhello\n"));
    }

    @Test
    void anEmptyPathFindsNoFormatter(@TempDir Path empty) {
        ManFormatter formatter = new ManFormatter(empty.toString(), ManFormatter.KNOWN, Duration.ofSeconds(5), 1 << 20);

        assertThat(formatter.installed()).isEmpty();
        assertThat(formatter.format(".TH X 1\n")).isEqualTo(new ManFormatter.NotInstalled());
    }

    @Test
    void aFolderOrAPlainFileOfTheNameIsNoFormatter(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("mandoc"));
        Files.writeString(dir.resolve("groff"), "not executable");

        ManFormatter formatter = new ManFormatter(dir.toString(), ManFormatter.KNOWN, Duration.ofSeconds(5), 1 << 20);

        assertThat(formatter.installed()).isEmpty();
    }

    @Test
    void aFormatterThatNeverEndsIsStoppedAtTheTimeLimit() {
        ManFormatter formatter = running("sleep", List.of("600"), Duration.ofMillis(300), 1 << 20);

        ManFormatter.Outcome outcome = formatter.format(".TH X 1\n");

        assertThat(outcome).isInstanceOf(ManFormatter.Stopped.class);
        assertThat(((ManFormatter.Stopped) outcome).reason()).isEqualTo("sleep took longer than 0.3 s: stopped");
    }

    @Test
    void aFormatterThatNeverStopsPrintingIsCutAtTheOutputBound() {
        ManFormatter formatter = running("yes", List.of(), Duration.ofSeconds(20), 64 * 1024);

        ManFormatter.Outcome outcome = formatter.format(".TH X 1\n");

        assertThat(outcome).isEqualTo(new ManFormatter.Stopped("yes printed more than 64 KiB: stopped"));
    }

    @Test
    void theChildrenOfAStoppedFormatterAreStoppedToo(@TempDir Path dir) throws Exception {
        // sh here is a stand-in formatter that starts a child, as groff starts troff and grotty;
        // pilcrow never runs a shell line of its own.
        Path pidFile = dir.resolve("child.pid");
        ManFormatter formatter = running("sh", List.of("-c", "sleep 600 & echo $! > '" + pidFile + "'; wait"),
                Duration.ofMillis(700), 1 << 20);

        ManFormatter.Outcome outcome = formatter.format("");

        assertThat(outcome).isInstanceOf(ManFormatter.Stopped.class);
        long child = Long.parseLong(Files.readString(pidFile).trim());
        // A child left running would be waited for ten minutes: ten seconds is the test's patience.
        java.util.Optional<ProcessHandle> handle = ProcessHandle.of(child);
        if (handle.isPresent()) {
            handle.get().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void aLargeInputIsFedWhileTheOutputIsRead() {
        String roff = ".TH X 1\n" + "word ".repeat(400_000) + "\n";
        ManFormatter formatter = running("cat", List.of(), Duration.ofSeconds(30), 4 << 20);

        assertThat(formatter.format(roff)).isEqualTo(new ManFormatter.Formatted("cat", roff));
    }

    @Test
    void theEnvironmentIsMinimalAndSaysTheWidth() {
        ManFormatter formatter = running("env", List.of(), Duration.ofSeconds(20), 1 << 20);

        String printed = ((ManFormatter.Formatted) formatter.format("")).text();

        assertThat(printed.lines().sorted().toList()).containsExactly("COLUMNS=80", "LC_ALL=C.UTF-8", "MANWIDTH=80",
                "PATH=" + SYSTEM_PATH);
    }
}
