package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    final ServeCommand.DurationConverter durations = new ServeCommand.DurationConverter();

    @Test
    void durationsInShortFormOrIso() {
        assertThat(durations.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(durations.convert("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(durations.convert("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(durations.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(durations.convert("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(durations.convert("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> durations.convert("soon")).isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    void theAuthorizedKeysFileIsRequiredNeverGuessed() {
        CommandLineTest.Run run = CommandLineTest.run("serve");
        assertThat(run.exit()).isEqualTo(ExitCode.TROUBLE);
        assertThat(run.err()).contains("--authorized-keys");
    }

    @Test
    void standardInputCannotBeServed() {
        CommandLineTest.Run run = CommandLineTest.run("serve", "--authorized-keys", "/nonexistent", "-");
        assertThat(run.exit()).isEqualTo(ExitCode.TROUBLE);
        assertThat(run.err()).contains("not standard input");
    }

    @Test
    void aMissingAuthorizedKeysFileStopsTheStartWithOneLine() {
        CommandLineTest.Run run = CommandLineTest.run("--data-dir", "/tmp/pilcrow-serve-test-" + ProcessHandle.current().pid(),
                "serve", "--port", "0", "--authorized-keys", "/nonexistent/keys");
        assertThat(run.exit()).isEqualTo(ExitCode.TROUBLE);
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("pilcrow: ").contains("/nonexistent/keys");
    }

    @Test
    void aMaxStartupsThatIsNotStartRateFullIsOneLine() {
        for (String bad : new String[] {"ten", "100:30:10", "10:0:100"}) {
            CommandLineTest.Run run = CommandLineTest.run("serve", "--authorized-keys", "/nonexistent", "--max-startups", bad);
            assertThat(run.exit()).isEqualTo(ExitCode.TROUBLE);
            assertThat(run.err().lines()).singleElement().asString().startsWith("pilcrow: --max-startups: ");
        }
    }

    @Test
    void theLoginGraceKeepsItsOlderName() {
        for (String name : new String[] {"--login-grace", "--login-timeout"}) {
            CommandLineTest.Run run = CommandLineTest.run("serve", "--authorized-keys", "/nonexistent", name, "soon");
            assertThat(run.err()).contains("not a duration: soon");
        }
    }
}
