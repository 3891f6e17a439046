package pilcrow.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** A terminal that counts the strings written to it and passes everything on. */
final class CountingTerminal implements Terminal {

    private final Terminal delegate;
    private final AtomicInteger strings;

    CountingTerminal(Terminal delegate, AtomicInteger strings) {
        this.delegate = delegate;
        this.strings = strings;
    }

    @Override public void putString(String string) throws IOException { strings.incrementAndGet(); delegate.putString(string); }
    @Override public void putCharacter(char c) throws IOException { strings.incrementAndGet(); delegate.putCharacter(c); }
    @Override public void enterPrivateMode() throws IOException { delegate.enterPrivateMode(); }
    @Override public void exitPrivateMode() throws IOException { delegate.exitPrivateMode(); }
    @Override public void clearScreen() throws IOException { delegate.clearScreen(); }
    @Override public void setCursorPosition(int x, int y) throws IOException { delegate.setCursorPosition(x, y); }
    @Override public void setCursorPosition(TerminalPosition position) throws IOException { delegate.setCursorPosition(position); }
    @Override public TerminalPosition getCursorPosition() throws IOException { return delegate.getCursorPosition(); }
    @Override public void setCursorVisible(boolean visible) throws IOException { delegate.setCursorVisible(visible); }
    @Override public void enableSGR(SGR sgr) throws IOException { delegate.enableSGR(sgr); }
    @Override public void disableSGR(SGR sgr) throws IOException { delegate.disableSGR(sgr); }
    @Override public void resetColorAndSGR() throws IOException { delegate.resetColorAndSGR(); }
    @Override public void setForegroundColor(TextColor color) throws IOException { delegate.setForegroundColor(color); }
    @Override public void setBackgroundColor(TextColor color) throws IOException { delegate.setBackgroundColor(color); }
    @Override public void addResizeListener(TerminalResizeListener listener) { delegate.addResizeListener(listener); }
    @Override public void removeResizeListener(TerminalResizeListener listener) { delegate.removeResizeListener(listener); }
    @Override public TerminalSize getTerminalSize() throws IOException { return delegate.getTerminalSize(); }
    @Override public byte[] enquireTerminal(int timeout, java.util.concurrent.TimeUnit unit) throws IOException { return delegate.enquireTerminal(timeout, unit); }
    @Override public void bell() throws IOException { delegate.bell(); }
    @Override public void flush() throws IOException { delegate.flush(); }
    @Override public void close() throws IOException { delegate.close(); }
    @Override public TextGraphics newTextGraphics() throws IOException { return delegate.newTextGraphics(); }
    @Override public KeyStroke pollInput() throws IOException { return delegate.pollInput(); }
    @Override public KeyStroke readInput() throws IOException { return delegate.readInput(); }
}
