package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/** The mouse through {@code App.update}: the wheel, clicks, double clicks and clicks on links, mixed with keys. */
class MouseTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private KeyScript library() {
        return new KeyScript(new App(measure), Fixtures.state(new Size(60, 12),
                Fixtures.document("a.txt", "Alpha."), Fixtures.document("b.txt", "Beta."),
                Fixtures.document("c.txt", "Gamma.")));
    }

    private KeyScript links() {
        return new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), LinkKeysTest.links(), LinkKeysTest.guide()));
    }

    private static Msg.Mouse press(int column, int row, long millis) {
        return new Msg.Mouse(Msg.Mouse.Kind.PRESS, column, row, millis);
    }

    private static Msg.Mouse wheel(boolean down) {
        return new Msg.Mouse(down ? Msg.Mouse.Kind.WHEEL_DOWN : Msg.Mouse.Kind.WHEEL_UP, 10, 3, 0);
    }

    /** Lists draw their first row at screen row 2, under the title and the column names. */
    private static final int FIRST_ROW = 2;

    @Test
    void aClickSelectsTheListRowUnderIt() {
        KeyScript keys = library().send(press(5, FIRST_ROW + 2, 1_000));
        assertThat(keys.state().list().selected()).isEqualTo(2);
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.LIST);
    }

    @Test
    void aDoubleClickOpensTheRowAndTwoSlowClicksDoNot() {
        KeyScript slow = library().send(press(5, FIRST_ROW + 1, 1_000)).send(press(5, FIRST_ROW + 1, 1_401));
        assertThat(slow.state().screen()).as("401 ms apart").isEqualTo(AppState.Screen.LIST);

        KeyScript quick = library().send(press(5, FIRST_ROW + 1, 1_000)).send(press(5, FIRST_ROW + 1, 1_400));
        assertThat(quick.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(quick.state().reader().entry()).isEqualTo(1);
    }

    @Test
    void twoQuickClicksOnDifferentRowsOnlySelect() {
        KeyScript keys = library().send(press(5, FIRST_ROW, 1_000)).send(press(5, FIRST_ROW + 1, 1_100));
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.LIST);
        assertThat(keys.state().list().selected()).isEqualTo(1);
    }

    @Test
    void theClickThatOpenedIsNotTheFirstOfAnotherPair() {
        KeyScript keys = library().send(press(5, FIRST_ROW, 1_000)).send(press(5, FIRST_ROW, 1_100));
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        keys.run("q").send(press(5, FIRST_ROW, 1_200));
        assertThat(keys.state().screen()).as("the click that opened is not the first of another pair")
                .isEqualTo(AppState.Screen.LIST);
    }

    @Test
    void clicksOffTheRowsDoNothing() {
        KeyScript keys = library();
        AppState before = keys.state();
        for (int row : List.of(0, 1, FIRST_ROW + 3, 11, -1, 100_000)) {
            keys.send(press(5, row, 5_000L * (row + 2)));
        }
        assertThat(keys.state().list()).isEqualTo(before.list());
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.LIST);
    }

    @Test
    void theWheelMovesTheListSelectionARowANotch() {
        KeyScript keys = library().send(wheel(true)).send(wheel(true));
        assertThat(keys.state().list().selected()).isEqualTo(2);
        assertThat(keys.send(wheel(false)).state().list().selected()).isEqualTo(1);
    }

    @Test
    void theWheelScrollsTheReaderThreeLinesANotchAsLessDoes() {
        KeyScript keys = links().run("ENTER").send(wheel(true));
        assertThat(keys.state().reader().top()).isEqualTo(3);
        assertThat(keys.send(wheel(true)).state().reader().top()).isEqualTo(6);
        assertThat(keys.send(wheel(false)).send(wheel(false)).send(wheel(false)).state().reader().top()).isZero();
    }

    @Test
    void aClickOnALinkSelectsAndFollowsItAndCtrlOComesBack() {
        KeyScript keys = links().run("ENTER");
        int[] at = cellOf(keys.state(), "Install");
        keys.send(press(at[0] + 2, at[1], 1_000));
        assertThat(keys.state().reader().current()).as("the #install heading").isEqualTo(22);
        assertThat(keys.run("C-o").state().reader().current()).isEqualTo(1);
    }

    @Test
    void aClickOnALinkToAnotherDocumentOpensIt() {
        KeyScript keys = links().run("ENTER");
        int[] at = cellOf(keys.state(), "the guide");
        keys.send(press(at[0], at[1], 1_000));
        assertThat(keys.state().entries().get(keys.state().reader().entry()).path()).isEqualTo("docs/guide.md");
    }

    @Test
    void aClickOnPlainTextOrTheStatusLineDoesNothing() {
        KeyScript keys = links().run("ENTER");
        AppState before = keys.state();
        int[] see = cellOf(before, "See ");
        int[] comma = cellOf(before, "Install,");
        keys.send(press(see[0], see[1], 1_000)).send(press(1, 11, 2_000)).send(press(59, 11, 3_000))
                .send(press(comma[0] + "Install".length(), comma[1], 4_000)).send(press(see[0] - 1, see[1], 5_000));
        assertThat(keys.state().reader()).isEqualTo(before.reader());
        assertThat(keys.state().message()).isEqualTo(before.message());
    }

    @Test
    void theWheelScrollsTheHelp() {
        KeyScript keys = library().run("?").send(wheel(true));
        assertThat(keys.state().help().top()).isEqualTo(3);
        assertThat(keys.send(wheel(false)).send(wheel(false)).state().help().top()).isZero();
    }

    @Test
    void aClickSelectsAHeadingInTheOutlineAndADoubleClickGoesThere() {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), Fixtures.document("h.md",
                "# One\n\nText.\n\n## Two\n\nText.\n\n## Three\n\nText.\n"))).run("ENTER t");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.OUTLINE);
        int[] three = cellOf(keys.state(), "Three");
        keys.send(press(three[0], three[1], 1_000));
        assertThat(keys.state().outlineScreen().selected().text()).isEqualTo("Three");
        int number = keys.state().outlineScreen().selected().number();
        keys.send(press(three[0], three[1], 1_300));
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.state().reader().current()).isEqualTo(number);
    }

    @Test
    void theMouseLeavesAnOpenPromptAlone() {
        KeyScript keys = library().run("/ b").send(press(5, FIRST_ROW + 2, 1_000)).send(wheel(true));
        assertThat(keys.state().prompt()).isNotNull();
        assertThat(keys.state().prompt().text()).isEqualTo("b");
    }

    /** The screen cell (column, row) where {@code text} first shows. */
    private int[] cellOf(AppState state, String text) {
        List<String> rows = new View(measure, false).render(state).toText().lines().toList();
        for (int row = 0; row < rows.size(); row++) {
            int column = rows.get(row).indexOf(text);
            if (column >= 0) {
                return new int[] {column, row};
            }
        }
        throw new AssertionError(text + " is not on screen:\n" + String.join("\n", rows));
    }
}
