package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Keys typed into a session whose tables were rebound by settings: the new key acts, the old one no longer. */
class RebindKeysTest {

    private final App app = new App(new JLineTextMeasure());

    private KeyScript reading(String setting, String value) {
        KeySettings.Rebound rebound = KeySettings.apply(Map.of(setting, value), "config.properties");
        AppState state = Fixtures.state(new Size(80, 24), Fixtures.seed(), AppTest.longDocument())
                .withPreferences(new Preferences(true, 80, rebound.tables()));
        return new KeyScript(app, state).run("ENTER");
    }

    @Test
    void aReboundKeyDoesTheActionAndTheOldKeyNothing() {
        KeyScript keys = reading("key.reader.line_down", "x, Ctrl-E");
        assertThat(keys.run("x").state().reader().top()).isEqualTo(1);
        assertThat(keys.run("C-e").state().reader().top()).isEqualTo(2);
        AppState after = keys.run("j").state();
        assertThat(after.reader().top()).as("j is no longer a line down").isEqualTo(2);
        assertThat(after.message()).isEqualTo("Unknown key j (press ? for help)");
        assertThat(keys.run("DOWN").state().reader().top()).isEqualTo(2);
        assertThat(keys.run("k").state().reader().top()).as("line up keeps its keys").isEqualTo(1);
    }

    @Test
    void aRefusedRebindingLeavesTheDefaultWorking() {
        KeyScript keys = reading("key.reader.line_down", "k");
        assertThat(keys.run("j").state().reader().top()).isEqualTo(1);
        assertThat(keys.run("k").state().reader().top()).as("k is still a line up").isZero();
    }

    @Test
    void aRebindingInOneModeLeavesTheOthers() {
        KeyScript keys = reading("key.reader.back", "Backspace");
        assertThat(keys.run("q").state().screen()).as("q no longer leaves the reader").isEqualTo(AppState.Screen.READER);
        assertThat(keys.run("BACKSPACE").state().screen()).isEqualTo(AppState.Screen.LIST);
        assertThat(keys.run("j").state().list().selected()).as("the list keeps j").isEqualTo(1);
    }

    @Test
    void aReboundPromptKeySubmitsAndTypingStillTypes() {
        KeyScript keys = reading("key.prompt.prompt_submit", "Ctrl-G");
        keys.run(": 7 ENTER");
        assertThat(keys.state().prompt()).as("Enter no longer submits").isNotNull();
        keys.run("C-g");
        assertThat(keys.state().prompt()).isNull();
        assertThat(keys.state().reader().current()).isEqualTo(7);
    }

    @Test
    void theHelpIsScrolledAndNamedByTheKeysInForce() {
        KeyScript keys = reading("key.reader.line_down", "x");
        assertThat(keys.run("?").state().help()).isNotNull();
        assertThat(keys.run("x").state().help().top()).isEqualTo(1);
        assertThat(keys.run("j").state().help()).as("j is no key of the reader's now: it closes the help").isNull();
    }

    @Test
    void theUnknownKeyHintNamesTheHelpKeyInForce() {
        KeyScript keys = reading("key.global.help", "H");
        assertThat(keys.run("z").state().message()).isEqualTo("Unknown key z (press H for help)");
        assertThat(keys.run("?").state().help()).isNull();
        assertThat(keys.run("H").state().help()).isNotNull();
    }
}
