package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.layout.LayoutLine;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Key scripts through the key tables and update: no terminal, no threads, no sleeps. */
class AppTest {

    private final App app = new App(new JLineTextMeasure());
    private final Document seed = Fixtures.seed();

    private KeyScript at(int columns, int rows) {
        return new KeyScript(app, Fixtures.state(new Size(columns, rows), seed, longDocument()));
    }

    /** Thirty numbered paragraphs of a few lines each, to scroll through. */
    static Document longDocument() {
        StringBuilder text = new StringBuilder("A long document\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append("Paragraph ").append(i).append(" begins here. ")
                    .append("Some words to wrap over several lines of the screen. ".repeat(4))
                    .append("\n\n");
        }
        return Fixtures.document("long.txt", text.toString());
    }

    @Test
    void listMovesAndClampsTheSelection() {
        KeyScript keys = at(80, 24);
        assertThat(keys.run("j").state().list().selected()).isEqualTo(1);
        assertThat(keys.run("j j j").state().list().selected()).isEqualTo(1);
        assertThat(keys.run("k k k").state().list().selected()).isZero();
        assertThat(keys.run("G").state().list().selected()).isEqualTo(1);
        assertThat(keys.run("HOME").state().list().selected()).isZero();
    }

    @Test
    void enterOpensTheSelectedDocumentAtItsTop() {
        AppState state = at(80, 24).run("ENTER").state();
        assertThat(state.screen()).isEqualTo(AppState.Screen.READER);
        assertThat(state.reader().document().title()).isEqualTo(seed.title());
        assertThat(state.reader().top()).isZero();
        assertThat(state.reader().current()).isEqualTo(1);
    }

    @Test
    void closingBraceMovesTheNextParagraphToTheTop() {
        KeyScript keys = at(80, 24).run("j ENTER }");
        ReaderState reader = keys.state().reader();
        assertThat(reader.current()).isEqualTo(2);
        LayoutLine top = reader.lines().get(reader.top());
        assertThat(top.paragraph()).isEqualTo(2);
        assertThat(top.first()).isTrue();
        assertThat(keys.run("} } {").state().reader().current()).isEqualTo(3);
    }

    @Test
    void gotoPromptJumpsToTheParagraph() {
        AppState state = at(80, 24).run("j ENTER : 1 7 ENTER").state();
        assertThat(state.prompt()).isNull();
        assertThat(state.reader().current()).isEqualTo(17);
        assertThat(state.reader().lines().get(state.reader().top()).paragraph()).isEqualTo(17);
    }

    @Test
    void gotoSeventhParagraphOfTheSeedMarksIt() {
        AppState state = at(100, 30).run("ENTER : 7 ENTER").state();
        assertThat(state.reader().current()).isEqualTo(7);
        assertThat(state.reader().document().paragraph(7).text()).contains("Interpol");
    }

    @Test
    void invalidGotoShowsAMessageAndChangesNothingElse() {
        KeyScript keys = at(80, 24).run("j ENTER } }");
        ReaderState before = keys.state().reader();
        for (String input : new String[] {"9 9", "0", "a b c", "- x", "1 0 1 %"}) {
            AppState after = keys.run(": " + input + (input.endsWith("%") ? "" : " ENTER")).state(); // % goes at once
            String typed = input.replace(" ", "");
            assertThat(after.message()).isEqualTo(typed.matches("\\d+") ? "No paragraph " + typed + " (1-30)"
                    : typed.endsWith("%") ? "Not a percentage: " + typed + " (0-100%)"
                    : "Not a paragraph number, +N, -N or N%: " + typed);
            assertThat(after.reader()).isEqualTo(before);
            assertThat(after.prompt()).isNull();
        }
    }

    @Test
    void escapeCancelsThePromptAndBackspaceDeletes() {
        KeyScript keys = at(80, 24).run("j ENTER : 1 2 BACKSPACE");
        assertThat(keys.state().prompt().text()).isEqualTo("1");
        assertThat(keys.run("ESC").state().prompt()).isNull();
        assertThat(keys.state().reader().current()).isEqualTo(1);
    }

    @Test
    void promptTakesLettersThatAreKeysElsewhere() {
        KeyScript keys = at(80, 24).run("j ENTER : q Q ?");
        assertThat(keys.state().prompt().text()).isEqualTo("qQ?");
        assertThat(keys.state().quitting()).isFalse();
    }

    @Test
    void ctrlCQuitsFromAnywhere() {
        assertThat(at(80, 24).run("C-c").effects()).containsExactly(new Effect.Quit());
        assertThat(at(80, 24).run("ENTER : 3 C-c").effects()).containsExactly(new Effect.Quit());
        assertThat(at(80, 24).run("? C-c").effects()).containsExactly(new Effect.Quit());
    }

    @Test
    void qGoesBackToTheListThenQuits() {
        KeyScript keys = at(80, 24).run("ENTER q");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.LIST);
        assertThat(keys.effects()).isEmpty();
        assertThat(keys.run("q").effects()).containsExactly(new Effect.Quit());
        assertThat(keys.state().quitting()).isTrue();
    }

    @Test
    void capitalQQuitsFromTheReader() {
        assertThat(at(80, 24).run("ENTER Q").effects()).containsExactly(new Effect.Quit());
    }

    @Test
    void ctrlZAsksToSuspend() {
        assertThat(at(80, 24).run("ENTER C-z").effects()).containsExactly(new Effect.Suspend());
        assertThat(at(80, 24).run("C-z").state().message()).as("not an unknown key").isEmpty();
    }

    @Test
    void ctrlLAsksForAFullRepaint() {
        assertThat(at(80, 24).run("ENTER C-l").effects()).containsExactly(new Effect.FullRepaint());
    }

    @Test
    void paging() {
        KeyScript keys = at(80, 24).run("j ENTER");
        int rows = keys.state().geometry().bodyRows();
        assertThat(keys.run("SPACE").state().reader().top()).isEqualTo(rows - 1);
        assertThat(keys.run("b").state().reader().top()).isZero();
        assertThat(keys.run("d").state().reader().top()).isEqualTo(rows / 2);
        assertThat(keys.run("u").state().reader().top()).isZero();
        assertThat(keys.run("k").state().reader().top()).isZero();
        ReaderState end = keys.run("G").state().reader();
        assertThat(end.top()).isEqualTo(end.maxTop(rows));
        assertThat(end.current()).isEqualTo(30);
        assertThat(end.percent()).isEqualTo(100);
        assertThat(keys.run("j").state().reader().top()).isEqualTo(end.maxTop(rows));
        assertThat(keys.run("g").state().reader().top()).isZero();
    }

    @Test
    void braceAtTheEndsSaysSo() {
        assertThat(at(80, 24).run("ENTER {").state().message()).isEqualTo("Already at the first paragraph");
        assertThat(at(80, 24).run("ENTER G }").state().message()).isEqualTo("Already at the last paragraph");
    }

    @Test
    void resizeKeepsTheCurrentParagraphAndThePlaceInIt() {
        KeyScript keys = at(80, 24).run("j ENTER : 1 2 ENTER j j");
        ReaderState before = keys.state().reader();
        LayoutLine topBefore = before.lines().get(before.top());
        assertThat(topBefore.paragraph()).isEqualTo(12);
        ReaderState narrow = keys.run("RESIZE:40x12").state().reader();
        LayoutLine topNarrow = narrow.lines().get(narrow.top());
        assertThat(topNarrow.paragraph()).isEqualTo(12);
        assertThat(topNarrow.start()).isLessThanOrEqualTo(topBefore.start());
        assertThat(topNarrow.end()).isGreaterThan(topBefore.start());
        ReaderState back = keys.run("RESIZE:80x24").state().reader();
        assertThat(back.lines().get(back.top()).start()).isEqualTo(topBefore.start());
        assertThat(back.current()).isEqualTo(12);
    }

    @Test
    void resizeKeepsAJumpedToParagraphOnScreenNearTheEnd() {
        KeyScript keys = at(100, 30).run("ENTER : 7 ENTER RESIZE:40x12");
        ReaderState reader = keys.state().reader();
        int rows = keys.state().geometry().bodyRows();
        assertThat(reader.current()).isEqualTo(7);
        assertThat(reader.firstLineOf(7)).isBetween(reader.top(), reader.top() + rows - 1);
    }

    @Test
    void tinyAndEmptyTerminalsDoNotBreakAnything() {
        for (String size : new String[] {"1x1", "0x0", "2x1", "20x5", "300x100"}) {
            AppState state = at(80, 24).run("ENTER } RESIZE:" + size + " j } G g : 3 ENTER { ? j ESC").state();
            String[] wh = size.split("x");
            assertThat(state.size()).isEqualTo(new Size(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])));
            ReaderState reader = state.reader();
            int rows = state.geometry().bodyRows();
            assertThat(reader.top()).as("top at %s", size).isBetween(0, reader.maxTop(rows));
            assertThat(reader.current()).as("current at %s", size).isBetween(1, 7);
            assertThat(state.geometry().textWidth()).isPositive();
            assertThat(state.screen()).isEqualTo(AppState.Screen.READER);
        }
    }

    @Test
    void numbersToggleAndTheMeasureAdjusts() {
        KeyScript keys = at(120, 30).run("ENTER");
        assertThat(keys.state().numbers()).isTrue();
        assertThat(keys.run("#").state().numbers()).isFalse();
        int width = keys.state().reader().textWidth();
        assertThat(keys.run(">").state().reader().textWidth()).isEqualTo(width + 10);
        assertThat(keys.run("< <").state().reader().textWidth()).isEqualTo(width - 10);
        assertThat(keys.state().message()).isEqualTo("Text width " + (width - 10));
    }

    @Test
    void helpOpensOverEitherScreenAndAnyKeyClosesIt() {
        KeyScript keys = at(80, 24).run("ENTER ?");
        assertThat(keys.state().help()).isNotNull();
        assertThat(keys.run("j").state().help().top()).isEqualTo(1);
        assertThat(keys.run("x").state().help()).isNull();
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(keys.run("q ?").state().help()).isNotNull();
        assertThat(keys.run("q").state().help()).isNull();
        assertThat(keys.effects()).isEmpty();
    }

    @Test
    void unknownKeysSaySoOnce() {
        KeyScript keys = at(80, 24).run("ENTER z");
        assertThat(keys.state().message()).isEqualTo("Unknown key z (press ? for help)");
        assertThat(keys.run("j").state().message()).isEmpty();
    }

    @Test
    void anUnreadableEntryIsNotOpened() {
        AppState state = AppState.initial("t", java.util.List.of(LibraryDocument.unreadable("x.bin", "binary file")), new Size(80, 24));
        AppState after = new KeyScript(app, state).run("ENTER").state();
        assertThat(after.screen()).isEqualTo(AppState.Screen.LIST);
        assertThat(after.message()).isEqualTo("cannot open x.bin: binary file");
    }

    @Test
    void returningToTheListAndBackKeepsThePlace() {
        KeyScript keys = at(80, 24).run("j ENTER } } j");
        ReaderState before = keys.state().reader();
        ReaderState after = keys.run("q ENTER").state().reader();
        assertThat(after.current()).isEqualTo(before.current());
        assertThat(after.top()).isEqualTo(before.top());
    }
}
