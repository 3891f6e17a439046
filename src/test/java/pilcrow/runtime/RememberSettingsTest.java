package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import pilcrow.app.Action;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.KeyInput;
import pilcrow.app.Msg;
import pilcrow.store.Settings;
import pilcrow.store.SettingsFile;

/** The reader's width and numbers written into the settings file, and its warnings shown. */
class RememberSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aChangedWidthIsWrittenKeepingTheUsersLines() throws IOException {
        Path file = Files.writeString(dir.resolve("config.properties"), "# mine\ntheme = light\nwidth = 80\n");
        assertThat(FullScreen.remember(SettingsFile.read(file), new Effect.RememberLayout(false, 60))).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("# mine\ntheme = light\nwidth = 60\nnumbers = off\n");
    }

    @Test
    void aFailureToWriteIsSaidNeverAsSaved() throws IOException {
        Path blocker = Files.writeString(dir.resolve("plain-file"), "");
        Settings settings = SettingsFile.read(blocker.resolve("config.properties"));
        assertThat(FullScreen.remember(settings, new Effect.RememberLayout(true, 60)))
                .singleElement().isInstanceOfSatisfying(Msg.Notice.class,
                        notice -> assertThat(notice.message()).startsWith("Not saved in ").contains("plain-file"));
    }

    @Test
    void theFirstWarningLeadsTheStatusAndSaysWhereTheRestAre() throws IOException {
        Path file = Files.writeString(dir.resolve("config.properties"), "colour = red\nwidth = 3\n");
        String status = FullScreen.withWarnings("1 file skipped", SettingsFile.read(file));
        assertThat(status).contains("unknown setting colour").contains("pilcrow config").endsWith("; 1 file skipped");
        assertThat(FullScreen.withWarnings("", Settings.defaults())).isEmpty();
    }

    @Test
    void aKeyWarningIsShownAsTheFilesAreAndTheTablesAreTheSessions() throws IOException {
        Path file = Files.writeString(dir.resolve("config.properties"), "key.reader.line_down = F, x\n"
                + "key.reader.line_up = Ctrl-E\n");
        Settings settings = SettingsFile.read(file);
        assertThat(FullScreen.withWarnings("", settings)).startsWith("config.properties: key.reader.line_down = F, x:")
                .contains("F is already key.global.library_find");
        AppState state = FullScreen.initialState("lib", List.of(), "", settings);
        assertThat(state.keys().of(AppState.Screen.READER).actionFor(KeyInput.ctrl('e'))).contains(Action.LINE_UP);
        assertThat(state.keys().of(AppState.Screen.READER).actionFor(KeyInput.of('x'))).isEmpty();
        assertThat(state.message()).contains("key.reader.line_down");
    }
}
