package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Widths and numbers changed by key are handed to the edge to write into the settings file. */
class RememberLayoutTest {

    private final App app = new App(new JLineTextMeasure());

    private KeyScript reading(Preferences preferences) {
        AppState state = Fixtures.state(new Size(120, 30), Fixtures.seed(), AppTest.longDocument())
                .withPreferences(preferences);
        return new KeyScript(app, state).run("j ENTER");
    }

    @Test
    void theSettingsFileWidthAndNumbersStartTheReader() {
        AppState state = reading(new Preferences(false, 50)).state();
        assertThat(state.numbers()).isFalse();
        assertThat(state.measure()).isEqualTo(50);
        assertThat(state.reader().lines().get(0).text().length()).isLessThanOrEqualTo(50);
    }

    @Test
    void narrowerWiderAndNumbersAskToBeRemembered() {
        KeyScript keys = reading(new Preferences(true, 80));
        assertThat(keys.effects()).noneMatch(Effect.RememberLayout.class::isInstance);
        keys.run("<");
        assertThat(keys.effects()).last().isEqualTo(new Effect.RememberLayout(true, 70));
        keys.run("#");
        assertThat(keys.effects()).last().isEqualTo(new Effect.RememberLayout(false, 70));
        keys.run("> >");
        assertThat(keys.effects()).last().isEqualTo(new Effect.RememberLayout(false, 90));
    }

    @Test
    void movingAboutRemembersNothing() {
        KeyScript keys = reading(new Preferences(true, 80)).run("j } G g");
        assertThat(keys.effects()).noneMatch(Effect.RememberLayout.class::isInstance);
    }
}
