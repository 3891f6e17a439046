package pilcrow.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's virtual terminal with the scrolling a real terminal does (the virtual one has none):
 * the text of a band of rows moves as an ANSI terminal's scroll region would move it, and the rows
 * scrolled in are cleared. Counts the strings written, and records each scroll.
 */
final class ScrollingVirtualTerminal implements Terminal, Scrollable {

    final DefaultVirtualTerminal screen;
    final List<int[]> scrolls = new ArrayList<>();
    int strings;

    ScrollingVirtualTerminal(int columns, int rows) {
        screen = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    }

    @Override
    public void scrollLines(int firstLine, int lastLine, int distance) throws IOException {
        scrolls.add(new int[] {firstLine, lastLine, distance});
        int columns = screen.getTerminalSize().getColumns();
        List<String[]> before = new ArrayList<>();
        for (int y = firstLine; y <= lastLine; y++) {
            String[] row = new String[columns];
            for (int x = 0; x < columns; x++) {
                row[x] = screen.getBufferCharacter(x, y).getCharacterString();
            }
            before.add(row);
        }
        screen.resetColorAndSGR();
        for (int y = firstLine; y <= lastLine; y++) {
            int from = y + distance;
            for (int x = 0; x < columns; x++) {
                screen.setCursorPosition(x, y);
                String cell = from >= firstLine && from <= lastLine ? before.get(from - firstLine)[x] : " ";
                screen.putString(cell.isEmpty() ? " " : cell);
            }
        }
    }

    @Override public void putString(String string) throws IOException { strings++; screen.putString(string); }
    @Override public void putCharacter(char c) throws IOException { strings++; screen.putCharacter(c); }
    @Override public void enterPrivateMode() throws IOException { screen.enterPrivateMode(); }
    @Override public void exitPrivateMode() throws IOException { screen.exitPrivateMode(); }
    @Override public void clearScreen() throws IOException { screen.clearScreen(); }
    @Override public void setCursorPosition(int x, int y) throws IOException { screen.setCursorPosition(x, y); }
    @Override public void setCursorPosition(TerminalPosition position) throws IOException { screen.setCursorPosition(position); }
    @Override public TerminalPosition getCursorPosition() throws IOException { return screen.getCursorPosition(); }
    @Override public void setCursorVisible(boolean visible) throws IOException { screen.setCursorVisible(visible); }
    @Override public void enableSGR(SGR sgr) throws IOException { screen.enableSGR(sgr); }
    @Override public void disableSGR(SGR sgr) throws IOException { screen.disableSGR(sgr); }
    @Override public void resetColorAndSGR() throws IOException { screen.resetColorAndSGR(); }
    @Override public void setForegroundColor(TextColor color) throws IOException { screen.setForegroundColor(color); }
    @Override public void setBackgroundColor(TextColor color) throws IOException { screen.setBackgroundColor(color); }
    @Override public void addResizeListener(TerminalResizeListener listener) { screen.addResizeListener(listener); }
    @Override public void removeResizeListener(TerminalResizeListener listener) { screen.removeResizeListener(listener); }
    @Override public TerminalSize getTerminalSize() throws IOException { return screen.getTerminalSize(); }
    @Override public byte[] enquireTerminal(int timeout, java.util.concurrent.TimeUnit unit) throws IOException { return screen.enquireTerminal(timeout, unit); }
    @Override public void bell() throws IOException { screen.bell(); }
    @Override public void flush() throws IOException { screen.flush(); }
    @Override public void close() throws IOException { screen.close(); }
    @Override public TextGraphics newTextGraphics() throws IOException { return screen.newTextGraphics(); }
    @Override public KeyStroke pollInput() throws IOException { return screen.pollInput(); }
    @Override public KeyStroke readInput() throws IOException { return screen.readInput(); }
}
