package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void configFolderIsXdgConfigHomeElseHomeDotConfig() {
        assertThat(SettingsFile.resolve(Map.of("XDG_CONFIG_HOME", "/xdg", "HOME", "/home/ann")))
                .isEqualTo(Path.of("/xdg/pilcrow/config.properties"));
        assertThat(SettingsFile.resolve(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/ann")))
                .isEqualTo(Path.of("/home/ann/.config/pilcrow/config.properties"));
    }

    @Test
    void aMissingFileGivesTheDefaultsWithoutWarning() {
        Settings settings = SettingsFile.read(dir.resolve("none.properties"));
        assertThat(settings.width()).isEqualTo(80);
        assertThat(settings.numbers()).isTrue();
        assertThat(settings.theme()).isEqualTo("dark");
        assertThat(settings.mouse()).isFalse();
        assertThat(settings.hyperlinks()).isEqualTo("auto");
        assertThat(settings.warnings()).isEmpty();
        assertThat(settings.origin("width")).isEqualTo(Settings.Origin.DEFAULT);
    }

    @Test
    void valuesInTheFileWinAndSayWhereTheyCameFrom() throws IOException {
        Path file = write("# mine\nwidth = 66\nnumbers = off\ntheme = \"light\"\nmouse: on\nhyperlinks=off\n");
        Settings settings = SettingsFile.read(file);
        assertThat(settings.width()).isEqualTo(66);
        assertThat(settings.numbers()).isFalse();
        assertThat(settings.theme()).isEqualTo("light");
        assertThat(settings.mouse()).isTrue();
        assertThat(settings.hyperlinks()).isEqualTo("off");
        assertThat(settings.origin("width")).isEqualTo(Settings.Origin.FILE);
        assertThat(settings.warnings()).isEmpty();
    }

    @Test
    void unknownAndInvalidSettingsAreOneLineWarningsAndKeepTheDefault() throws IOException {
        Path file = write("colour = red\nwidth = wide\nnumbers = perhaps\ntheme = neon\nwidth2 = 3\n");
        Settings settings = SettingsFile.read(file);
        assertThat(settings.width()).isEqualTo(80);
        assertThat(settings.numbers()).isTrue();
        assertThat(settings.theme()).isEqualTo("dark");
        assertThat(settings.warnings()).hasSize(5).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
        assertThat(settings.warnings()).anySatisfy(w -> assertThat(w).contains("unknown setting colour"));
        assertThat(settings.warnings()).anySatisfy(w -> assertThat(w).contains("width").contains("20 to 200"));
        assertThat(settings.warnings()).anySatisfy(w -> assertThat(w).contains("theme").contains("dark, light, monochrome"));
    }

    /** Key settings are read as written (case kept: G is not g) and judged by the app, which knows the actions. */
    @Test
    void keySettingsAreKeptAsWrittenForTheKeyTables() throws IOException {
        Path file = write("key.reader.line_down = G, Ctrl-E\nkey.reader.toggle_numbers = #\nkey.reader.top = =\n"
                + "key.reader.fly = \"x\"\n");
        Settings settings = SettingsFile.read(file);
        assertThat(settings.warnings()).isEmpty();
        assertThat(settings.keyValues()).containsExactly(Map.entry("key.reader.fly", "x"),
                Map.entry("key.reader.line_down", "G, Ctrl-E"), Map.entry("key.reader.toggle_numbers", "#"),
                Map.entry("key.reader.top", "="));
        assertThat(settings.entries()).doesNotContainKey("key.reader.line_down");
        assertThat(Settings.defaults().keyValues()).isEmpty();
    }

    @Test
    void hostileBytesAreWarnedAboutWithoutACrash() throws IOException {
        Path file = dir.resolve("config.properties");
        Files.write(file, new byte[] {'\u001b', '[', '2', 'J', '=', (byte) 0xff, '\n', 'w', 'i', 'd', 't', 'h', '=', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '\n'});
        Files.writeString(file, "theme = two\\nlines\n", java.nio.file.StandardOpenOption.APPEND);
        Settings settings = SettingsFile.read(file);
        assertThat(settings.width()).isEqualTo(80);
        // Warnings are sanitised where they are shown (the store may not use core.text).
        assertThat(settings.warnings()).hasSize(3).allSatisfy(w -> assertThat(w).doesNotContain("\n"));
    }

    @Test
    void anUnreadableFileIsAWarningAndTheDefaults() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("config.properties"));
        Settings settings = SettingsFile.read(folder);
        assertThat(settings.width()).isEqualTo(80);
        assertThat(settings.warnings()).singleElement().asString().contains("cannot read");
    }

    @Test
    void flagsWinOverTheFile() throws IOException {
        Settings settings = SettingsFile.read(write("theme = light\n")).withFlag("theme", "monochrome");
        assertThat(settings.theme()).isEqualTo("monochrome");
        assertThat(settings.origin("theme")).isEqualTo(Settings.Origin.FLAG);
    }

    @Test
    void writingBackChangesOnlyItsLinesAndKeepsCommentsAndOthers() throws IOException {
        Path file = write("# my settings\ntheme = light   \n\n# narrow for the laptop\nwidth = 66\nmouse = on\n");
        assertThat(SettingsFile.write(file, Map.of("width", "72", "numbers", "off"))).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(
                "# my settings\ntheme = light   \n\n# narrow for the laptop\nwidth = 72\nmouse = on\nnumbers = off\n");
        Settings again = SettingsFile.read(file);
        assertThat(again.width()).isEqualTo(72);
        assertThat(again.numbers()).isFalse();
    }

    @Test
    void writingMakesTheFolderAndFileWhenMissing() {
        Path file = dir.resolve("new").resolve("pilcrow").resolve("config.properties");
        assertThat(SettingsFile.write(file, Map.of("width", "50"))).isEmpty();
        assertThat(SettingsFile.read(file).width()).isEqualTo(50);
    }

    @Test
    void aFailureToWriteIsReportedNeverSaved() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertThat(SettingsFile.write(blocker.resolve("config.properties"), Map.of("width", "50")))
                .hasValueSatisfying(why -> assertThat(why).isNotBlank().doesNotContain("\n"));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("config.properties"), text);
    }
}
