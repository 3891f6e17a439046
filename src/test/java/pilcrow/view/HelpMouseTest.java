package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.app.KeyTables;

/** The help screen ends with what the mouse does and how to turn it on, wide and narrow. */
class HelpMouseTest {

    private static String text(List<View.HelpLine> lines) {
        StringBuilder all = new StringBuilder();
        lines.forEach(line -> all.append(line.keys()).append(" | ").append(line.text()).append('\n'));
        return all.toString();
    }

    @Test
    void theHelpSaysWhatTheMouseDoesAndThatMouseTurnsItOn() {
        for (int columns : new int[] {80, 40}) {
            String help = text(View.helpLines(columns, KeyTables.DEFAULTS));
            assertThat(help).as("at %d columns", columns)
                    .contains("Mouse (--mouse, or mouse = on in the settings)")
                    .contains("Wheel").contains("Double click").contains("Shift+drag");
            assertThat(help.indexOf("Mouse (--mouse")).isGreaterThan(help.lastIndexOf("quit"));
        }
    }
}
