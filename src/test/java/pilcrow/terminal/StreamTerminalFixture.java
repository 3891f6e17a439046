package pilcrow.terminal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** A keyboard to type into and a screen to read bytes back from, as an SSH channel gives. */
final class StreamTerminalFixture implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(5);

    final PipedOutputStream keyboard = new PipedOutputStream();
    final PipedInputStream channelInput;
    final ByteArrayOutputStream channelOutput = new ByteArrayOutputStream();

    StreamTerminalFixture() throws IOException {
        channelInput = new PipedInputStream(keyboard, 4096);
    }

    /**
     * A stream-backed JLine terminal built as {@link TerminalSession#openStreams} builds it.
     * Provider "jni" gives the default (a pty pumped from the streams); "exec" gives
     * ExternalTerminal, whose input stream behaves differently.
     */
    Terminal jline(String provider, int columns, int rows) throws IOException {
        return TerminalBuilder.builder()
                .system(false)
                .provider(provider)
                .streams(channelInput, channelOutput)
                .type("xterm-256color")
                .size(Size.of(columns, rows))
                .encoding(UTF_8)
                .graphemeCluster(false)
                .build();
    }

    void type(String text) throws IOException {
        keyboard.write(text.getBytes(UTF_8));
        keyboard.flush();
    }

    String output() {
        return channelOutput.toString(UTF_8);
    }

    /** Waits for output that JLine's pump threads deliver asynchronously. */
    boolean eventually(BooleanSupplier condition) throws InterruptedException {
        return pilcrow.testing.Waits.eventually(condition);
    }

    @Override
    public void close() throws IOException {
        keyboard.close();
    }
}
