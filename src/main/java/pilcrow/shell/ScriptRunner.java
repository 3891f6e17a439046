package pilcrow.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * {@code pilcrow shell < commands.txt}: every line run in order, the output printed, each failure
 * reported as one line with its line number. Nothing waits for a key.
 */
public final class ScriptRunner {

    private ScriptRunner() {
    }

    /**
     * @param width  the width to wrap to, or 0 not to wrap
     * @param errors takes one line per failed command ({@code line 3: no such paragraph: ...})
     * @return true when every command succeeded
     */
    public static boolean run(Interpreter interpreter, BufferedReader in, PrintWriter out, Consumer<String> errors,
            int width) throws IOException {
        boolean ok = true;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            Reply reply = interpreter.execute(line, width);
            out.print(reply.output());
            out.flush();
            if (reply.failed()) {
                ok = false;
                errors.accept("line " + number + ": " + reply.error());
            }
            if (reply.quit()) {
                break;
            }
        }
        return ok;
    }
}
