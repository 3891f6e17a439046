package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.terminal.JLineTextMeasure;

class ConfigCommandTest {

    @TempDir
    Path dir;

    private CommandLineTest.Run config(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(),
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true),
                false, false, () -> 80, false, Map.of("XDG_CONFIG_HOME", dir.toString()), new JLineTextMeasure());
        int exit = Main.run(args, console);
        return new CommandLineTest.Run(exit, out.toByteArray(), err.toByteArray());
    }

    private Path file() {
        return dir.resolve("pilcrow").resolve("config.properties");
    }

    @Test
    void printsEachSettingWithWhereItCameFrom() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "# mine\nwidth = 66\ntheme = light\n");
        CommandLineTest.Run run = config("--theme", "monochrome", "config");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).startsWith(
                "# settings file: " + file(),
                "width = 66           # file",
                "numbers = on         # default",
                "theme = monochrome   # flag",
                "mouse = off          # default",
                "hyperlinks = auto    # default");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidSettingIsOneSanitisedWarningLineAndTheRestStillPrints() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "width = 7\n\u001b[31m = 1\n");
        CommandLineTest.Run run = config("config");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).contains("width = 80           # default");
        assertThat(run.err().lines().toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("pilcrow: ").doesNotContain("\u001b"));
    }

    /** Every action's keys in force, one setting a line as the file writes it, the file's marked so. */
    @Test
    void printsTheKeysInForceWithWhereTheyCameFrom() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "key.reader.line_down = x, Ctrl-E\nkey.reader.line_up = F\n");
        CommandLineTest.Run run = config("config");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).contains(
                "key.reader.line_down = x, Ctrl-E         # file",
                "key.reader.line_up = k, Up               # default",
                "key.list.line_down = j, Down             # default",
                "key.reader.toggle_numbers = #            # default",
                "key.global.quit = Q, Ctrl-C              # default")
                .noneMatch(line -> line.startsWith("key.reader.goto_typed"));
        long keyLines = run.outLines().stream().filter(line -> line.startsWith("key.")).count();
        long bindings = pilcrow.app.KeyMap.ALL.stream().mapToLong(t -> t.bindings().size()).sum();
        assertThat(keyLines).as("every binding but the digits").isEqualTo(bindings - 1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("pilcrow: config.properties: key.reader.line_up = F: F is already key.global.library_find");
    }

    @Test
    void theMouseFlagTurnsItOnOverTheFileAndNoMouseOff() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "mouse = on\n");
        assertThat(config("config").outLines()).contains("mouse = on           # file");
        assertThat(config("--no-mouse", "config").outLines()).contains("mouse = off          # flag");
        Files.writeString(file(), "mouse = off\n");
        assertThat(config("--mouse", "config").outLines()).contains("mouse = on           # flag");
    }

    @Test
    void aBadThemeFlagIsExitTwo() {
        CommandLineTest.Run run = config("--theme", "neon", "config");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("neon");
    }
}
