package pilcrow.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines from a source that may be hostile (an SSH client without a terminal): a line longer than
 * {@code limit} characters is cut there and the rest of it skipped, so one endless line cannot
 * fill the memory. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
public final class BoundedLineReader extends BufferedReader {

    private final Reader in;
    private final int limit;
    private int pushedBack = -2; // -2: nothing pushed back

    public BoundedLineReader(Reader in, int limit) {
        super(in, 1);
        this.in = in;
        this.limit = limit;
    }

    @Override
    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c = next();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() < limit) {
                line.append((char) c);
            }
            c = next();
        }
        if (c == '\r') {
            int after = next();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        return line.toString();
    }

    private int next() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
