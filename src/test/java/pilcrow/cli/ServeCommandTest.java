package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Action;
import pilcrow.app.AppState;
import pilcrow.app.KeyInput;
import pilcrow.app.KeyTables;
import pilcrow.source.Library;
import pilcrow.source.LibraryScanner;
import pilcrow.terminal.JLineTextMeasure;
import picocli.CommandLine;

class ServeCommandTest {

    final ServeCommand.DurationConverter durations = new ServeCommand.DurationConverter();

    @TempDir
    Path dir;

    /** A link to a folder outside (a loop in it): not walked, counted for the operator, named to no one. */
    @Test
    void theServedLibraryNamesNothingFromBeyondALinkOutOfTheRoots() throws Exception {
        Path root = Files.createDirectories(dir.resolve("srv/lib"));
        Path secret = Files.createDirectories(dir.resolve("secret-project"));
        Files.writeString(root.resolve("a.txt"), "inside\n");
        Files.writeString(secret.resolve(".env"), "KEY=1\n");
        Files.createSymbolicLink(secret.resolve("loop"), secret);
        Files.createSymbolicLink(root.resolve("out"), secret);
        StringWriter operator = new StringWriter();
        PrintWriter err = new PrintWriter(operator, true);
        Console console = new Console(InputStream.nullInputStream(), err, err, false, false, () -> 80, false, Map.of(),
                new JLineTextMeasure());
        AtomicInteger skippedLinks = new AtomicInteger();

        Library library = ServeCommand.servedLibrary(List.of(root.toString()), console, false, skippedLinks::set);

        assertThat(library.entries()).hasSize(1);
        assertThat(library.errors()).isEmpty();
        assertThat(library.skipped()).extracting(LibraryScanner.Skipped::path).noneMatch(p -> p.contains("secret-project")
                || p.contains("/out"));
        assertThat(operator.toString()).doesNotContain("secret-project");
        assertThat(skippedLinks.get()).isEqualTo(1);
    }

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
    void aCapBelowOneIsOneLine() {
        for (String cap : new String[] {"--max-sessions", "--max-per-address", "--max-per-user"}) {
            CommandLineTest.Run run = CommandLineTest.run("serve", "--authorized-keys", "/nonexistent", cap, "0");
            assertThat(run.exit()).isEqualTo(ExitCode.TROUBLE);
            assertThat(run.err().lines()).singleElement().asString()
                    .isEqualTo("pilcrow: --max-sessions, --max-per-address and --max-per-user must be at least 1");
        }
    }

    @Test
    void theLoginGraceKeepsItsOlderName() {
        for (String name : new String[] {"--login-grace", "--login-timeout"}) {
            CommandLineTest.Run run = CommandLineTest.run("serve", "--authorized-keys", "/nonexistent", name, "soon");
            assertThat(run.err()).contains("not a duration: soon");
        }
    }

    /** Each session's keys come from its user's folder: one user's rebinding is not another's. */
    @Test
    void eachUsersKeysAreTheirOwn(@TempDir Path folders) throws Exception {
        Path alice = Files.createDirectories(folders.resolve("alice"));
        Path bob = Files.createDirectories(folders.resolve("bob"));
        Files.writeString(alice.resolve("config.properties"), "key.reader.line_down = x\n");
        AppState alices = pilcrow.runtime.FullScreen.initialState("lib", List.of(), "",
                ServeCommand.ServedReader.settingsOf(alice));
        AppState bobs = pilcrow.runtime.FullScreen.initialState("lib", List.of(), "",
                ServeCommand.ServedReader.settingsOf(bob));
        KeyInput x = KeyInput.of('x');
        assertThat(alices.keys().of(AppState.Screen.READER).actionFor(x)).contains(Action.LINE_DOWN);
        assertThat(bobs.keys().of(AppState.Screen.READER).actionFor(x)).isEmpty();
        assertThat(bobs.keys()).isEqualTo(KeyTables.DEFAULTS);
    }
}
