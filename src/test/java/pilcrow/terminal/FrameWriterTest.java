package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.Frame;
import pilcrow.view.Style;
import pilcrow.view.View;

/** The adapter from frames to a Lanterna terminal, against Lanterna's virtual terminal. */
class FrameWriterTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private static String row(DefaultVirtualTerminal terminal, int y, int columns) {
        StringBuilder line = new StringBuilder();
        for (int x = 0; x < columns; x++) {
            line.append(terminal.getBufferCharacter(x, y).getCharacterString());
        }
        return line.toString().stripTrailing();
    }

    @Test
    void aRenderedScreenArrivesCellForCellWithItsStyles() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        AppState state = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), Fixtures.seed()))
                .run("ENTER").state();
        Frame frame = new View(measure, true).render(state);

        new FrameWriter(terminal, measure).draw(frame);

        String[] expected = frame.toText().split("\n");
        for (int y = 0; y < 24; y++) {
            assertThat(row(terminal, y, 80)).as("row %d", y).isEqualTo(expected[y]);
        }
        TextCharacter titleCell = terminal.getBufferCharacter(5, 0);
        assertThat(titleCell.getModifiers()).contains(SGR.BOLD);
        // The dark theme: xterm's plain magenta is under 4.5:1 on black.
        assertThat(titleCell.getForegroundColor()).isEqualTo(TextColor.ANSI.MAGENTA_BRIGHT);
        assertThat(terminal.getBufferCharacter(10, 23).getModifiers()).contains(SGR.REVERSE);
    }

    @Test
    void onlyChangedCellsAreSentAgain() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        AtomicInteger writes = new AtomicInteger();
        FrameWriter writer = new FrameWriter(new CountingTerminal(terminal, writes), measure);
        Frame first = new Frame(20, 3, measure);
        first.put(0, 0, "hello world", Style.PLAIN);
        writer.draw(first);
        int firstWrites = writes.getAndSet(0);

        Frame second = new Frame(20, 3, measure);
        second.put(0, 0, "hello there", Style.PLAIN);
        writer.draw(second);

        assertThat(firstWrites).isEqualTo("hello world".replace(" ", "").length());
        assertThat(writes.get()).isEqualTo("there".length());
        assertThat(row(terminal, 0, 20)).isEqualTo("hello there");
    }

    @Test
    void wideAndCombiningGraphemesKeepTheRestOfTheLineInPlace() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 1));
        Frame frame = new Frame(20, 1, measure);
        frame.put(0, 0, "中e\u0301x", Style.PLAIN);
        new FrameWriter(terminal, measure).draw(frame);

        assertThat(terminal.getBufferCharacter(0, 0).getCharacterString()).isEqualTo("中");
        // "e" + accent is one cell; the x after it lands in the next cell, not one further.
        assertThat(terminal.getBufferCharacter(3, 0).getCharacterString()).isEqualTo("x");
    }

    /**
     * A terminal that ignores VS16, as tmux 3.3 and many others do: ❤️ is one cell there, two for
     * JLine (and the frame). The cell after it must not keep what the previous screen had.
     */
    @Test
    void theCellsOfAGraphemeOfDisputedWidthAreClearedBeforeItIsDrawn() throws IOException {
        Frame before = new Frame(10, 1, measure);
        before.put(0, 0, "12345", Style.PLAIN);
        Frame after = new Frame(10, 1, measure);
        after.put(0, 0, "\u2764\ufe0f345", Style.PLAIN);
        NarrowEmojiTerminal moved = new NarrowEmojiTerminal(10, 1);
        FrameWriter writer = new FrameWriter(moved, measure);
        NarrowEmojiTerminal fresh = new NarrowEmojiTerminal(10, 1);

        writer.draw(before);
        writer.draw(after);
        new FrameWriter(fresh, measure).draw(after);

        assertThat(row(moved, 0, 10)).isEqualTo(row(fresh, 0, 10)).isEqualTo("\u2764 345");
    }

    /** The other way: a terminal that draws ❤ without VS16 two cells wide, where JLine says one. */
    @Test
    void theCellAfterAGraphemeOfDisputedWidthIsDrawnAgain() throws IOException {
        Frame before = new Frame(10, 1, measure);
        before.put(0, 0, "ab", Style.PLAIN);
        Frame after = new Frame(10, 1, measure);
        after.put(0, 0, "\u2764b", Style.PLAIN);
        WideHeartTerminal moved = new WideHeartTerminal(10, 1);
        FrameWriter writer = new FrameWriter(moved, measure);
        WideHeartTerminal fresh = new WideHeartTerminal(10, 1);

        writer.draw(before);
        writer.draw(after);
        new FrameWriter(fresh, measure).draw(after);

        assertThat(row(moved, 0, 10)).isEqualTo(row(fresh, 0, 10));
        assertThat(moved.getBufferCharacter(1, 0).getCharacterString()).isEqualTo("b");
    }

    /** Draws ❤ as a two-cell character (中 stands in for it in Lanterna's buffer). */
    private static final class WideHeartTerminal extends DefaultVirtualTerminal {
        WideHeartTerminal(int columns, int rows) {
            super(new TerminalSize(columns, rows));
        }

        @Override
        public synchronized void putString(String string) {
            super.putString(string.replace("\u2764", "\u4e2d"));
        }
    }

    /** Draws an emoji's variation selector as nothing, so ❤️ takes the one cell of ❤. */
    private static final class NarrowEmojiTerminal extends DefaultVirtualTerminal {
        NarrowEmojiTerminal(int columns, int rows) {
            super(new TerminalSize(columns, rows));
        }

        @Override
        public synchronized void putString(String string) {
            super.putString(string.replace("\ufe0f", ""));
        }
    }

    @Test
    void invalidateRedrawsEverything() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(10, 1));
        FrameWriter writer = new FrameWriter(terminal, measure);
        Frame frame = new Frame(10, 1, measure);
        frame.put(0, 0, "abc", Style.PLAIN);
        writer.draw(frame);
        terminal.clearScreen();
        writer.draw(frame);
        assertThat(row(terminal, 0, 10)).isEmpty();
        writer.invalidate();
        writer.draw(frame);
        assertThat(row(terminal, 0, 10)).isEqualTo("abc");
    }

    /** One line down in the reader: the terminal scrolls the text, and only the new line and the status line are sent. */
    @Test
    void aOneLineScrollIsSentAsAScrollAndTheScreenStaysExact() throws IOException {
        ScrollingVirtualTerminal terminal = new ScrollingVirtualTerminal(80, 24);
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), Fixtures.seed())).run("ENTER j j");
        View view = new View(measure, true);
        FrameWriter writer = new FrameWriter(terminal, measure);
        writer.draw(view.render(keys.state()));
        for (String key : new String[] {"j", "j", "k", "d", "u", "SPACE"}) {
            terminal.strings = 0;
            Frame frame = view.render(keys.run(key).state());
            writer.draw(frame);
            String[] expected = frame.toText().split("\n", -1);
            for (int y = 0; y < 24; y++) {
                assertThat(row(terminal.screen, y, 80)).as("after %s, row %d", key, y).isEqualTo(expected[y]);
            }
            if (key.equals("j")) {
                assertThat(terminal.strings).as("cells sent for j").isLessThan(3 * 80);
            }
        }
        assertThat(terminal.scrolls).extracting(s -> s[2]).contains(1, -1);
    }

    /** Issue 20: the cursor is left where the frame says (a screen reader follows it), moved only when needed. */
    @Test
    void theCursorIsLeftWhereTheFramePlacesIt() throws IOException {
        AtomicInteger moves = new AtomicInteger();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 4)) {
            @Override
            public synchronized void setCursorPosition(com.googlecode.lanterna.TerminalPosition position) {
                moves.incrementAndGet();
                super.setCursorPosition(position);
            }
        };
        FrameWriter writer = new FrameWriter(terminal, measure);
        Frame first = lines(4, 0);
        first.placeCursor(0, 2);
        writer.draw(first);
        assertThat(terminal.getCursorPosition()).isEqualTo(new com.googlecode.lanterna.TerminalPosition(0, 2));

        Frame moved = lines(4, 0);
        moved.placeCursor(3, 1);
        writer.draw(moved);
        assertThat(terminal.getCursorPosition()).as("only the cursor moved")
                .isEqualTo(new com.googlecode.lanterna.TerminalPosition(3, 1));

        Frame changed = lines(4, 0);
        changed.put(0, 3, "other", Style.PLAIN);
        changed.placeCursor(3, 1);
        writer.draw(changed);
        assertThat(terminal.getCursorPosition()).as("back after drawing a changed row")
                .isEqualTo(new com.googlecode.lanterna.TerminalPosition(3, 1));

        moves.set(0);
        writer.draw(changed);
        assertThat(moves.get()).as("an unchanged frame moves nothing").isZero();
    }

    /** A scroll moves the terminal's cursor: it is put back even when no cell is drawn after it. */
    @Test
    void theCursorIsPutBackAfterAScroll() throws IOException {
        ScrollingVirtualTerminal terminal = new ScrollingVirtualTerminal(20, 10);
        FrameWriter writer = new FrameWriter(terminal, measure);
        Frame before = lines(9, 0, 10);
        before.placeCursor(0, 5);
        writer.draw(before);
        Frame after = lines(8, 1, 10);
        after.placeCursor(0, 5);
        writer.draw(after);
        assertThat(terminal.scrolls).as("a scroll, nothing drawn after it").hasSize(1);
        assertThat(terminal.screen.getCursorPosition()).isEqualTo(new com.googlecode.lanterna.TerminalPosition(0, 5));
    }

    /** {@code count} numbered rows starting from {@code first}, blank below them. */
    private Frame lines(int count, int first, int rows) {
        Frame frame = new Frame(20, rows, measure);
        for (int y = 0; y < count; y++) {
            frame.put(0, y, "line " + (first + y), Style.PLAIN);
        }
        return frame;
    }

    @Test
    void shiftsAreFoundOnlyWhenTheyPay() {
        Frame before = lines(10, 0);
        assertThat(FrameWriter.Shift.find(before, lines(10, 1))).isEqualTo(new FrameWriter.Shift(0, 9, 1));
        assertThat(FrameWriter.Shift.find(before, lines(10, -3))).isEqualTo(new FrameWriter.Shift(0, 9, -3));
        assertThat(FrameWriter.Shift.find(before, before)).isNull();
        Frame unrelated = new Frame(20, 10, measure);
        for (int y = 0; y < 10; y++) {
            unrelated.put(0, y, "something else " + y, Style.PLAIN);
        }
        assertThat(FrameWriter.Shift.find(before, unrelated)).isNull(); // all new: redraw
    }

    /** Ten numbered rows starting from {@code first}: a text scrolled by {@code first} rows. */
    private Frame lines(int rows, int first) {
        Frame frame = new Frame(20, rows, measure);
        for (int y = 0; y < rows; y++) {
            frame.put(0, y, "line " + (first + y), Style.PLAIN);
        }
        return frame;
    }
}
