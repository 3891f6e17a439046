package pilcrow.terminal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;
import pilcrow.core.text.Sanitizer;
import pilcrow.shell.Interpreter;
import pilcrow.shell.Reply;
import pilcrow.shell.Suggestion;

/**
 * The line mode on a terminal: JLine's {@link LineReader} reads a line (editing, history kept in
 * the data folder, Tab completion), the {@link Interpreter} runs it, and the reply is printed as
 * plain lines. Ctrl-C cancels the line being typed; Ctrl-D on an empty line, or {@code quit}, leaves.
 * Works on any terminal JLine can open, including a dumb one or streams (an SSH channel).
 */
public final class LineShell {

    public static final String PROMPT = "pilcrow> ";

    private final Terminal terminal;
    private final Interpreter interpreter;
    private final LineReader reader;
    private final int fixedWidth;
    private final IntSupplier fallbackWidth;

    /**
     * @param history    the file lines typed are kept in, or null to keep none
     * @param fixedWidth the width to wrap to: -1 for the terminal's (asked before every command,
     *                   so a resized window is followed), 0 not to wrap
     * @param fallbackWidth the width when the terminal does not know its own (a dumb one)
     */
    public LineShell(Terminal terminal, Interpreter interpreter, Path history, int fixedWidth,
            IntSupplier fallbackWidth) {
        this.terminal = terminal;
        this.interpreter = interpreter;
        this.fixedWidth = fixedWidth;
        this.fallbackWidth = fallbackWidth;
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("pilcrow")
                .parser(new CommandParser())
                .completer(new ShellCompleter(interpreter))
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                // '!' in a pattern is a character to find, not a history reference.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                // No bell: a screen reader user hears it as noise; a list shows the choices instead.
                .variable(LineReader.BELL_STYLE, "none");
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        this.reader = builder.build();
    }

    /** The process's own terminal; a dumb one when TERM is dumb or there is no tty. */
    public static Terminal openSystem() throws IOException {
        return TerminalSession.buildSystem();
    }

    /**
     * Prints {@code greeting}, then reads and runs lines until {@code quit} or Ctrl-D. A command
     * that fails says so in one line and the shell goes on.
     */
    public void run(String greeting) {
        Object previousInterrupt = catchInterrupt();
        try {
            loop(greeting);
        } finally {
            if (previousInterrupt != null) {
                Signals.unregister("INT", previousInterrupt);
            }
        }
    }

    /**
     * On a dumb terminal the tty stays in cooked mode: the kernel edits the line and turns Ctrl-C
     * into SIGINT, which would end the JVM. Handed to the terminal instead, it cancels the line as
     * on any other terminal. Only for the process's own terminal: a stream one has no signal.
     *
     * @return what to put back afterwards, or null when nothing was changed
     */
    private Object catchInterrupt() {
        if (terminal instanceof DumbTerminal dumb && dumb.getSystemStream() != null) {
            return Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
        }
        return null;
    }

    private void loop(String greeting) {
        PrintWriter out = terminal.writer();
        out.print(greeting);
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                // Ctrl-C: the line is dropped, a fresh prompt follows on a line of its own.
                if (isDumb()) {
                    out.println();
                    out.flush();
                }
                continue;
            } catch (EndOfFileException e) {
                // Ctrl-D leaves the cursor after the prompt: end its line, so the shell's prompt
                // that follows starts on a line of its own.
                out.println();
                out.flush();
                break;
            }
            Reply reply = interpreter.execute(line, width());
            out.print(reply.output());
            if (reply.failed()) {
                out.println(Sanitizer.line(reply.error()));
            }
            out.flush();
            if (reply.quit()) {
                break;
            }
        }
        saveHistory();
    }

    private boolean isDumb() {
        return terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    private int width() {
        if (fixedWidth >= 0) {
            return fixedWidth;
        }
        int columns = terminal.getWidth();
        return columns > 0 ? columns : fallbackWidth.getAsInt();
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            terminal.writer().println("pilcrow: cannot save the shell's history: " + Sanitizer.line(
                    e.getMessage() == null ? e.toString() : e.getMessage()));
            terminal.writer().flush();
        }
    }

    /** Offers the interpreter's suggestions for the line up to the cursor. */
    static final class ShellCompleter implements Completer {
        private final Interpreter interpreter;

        ShellCompleter(Interpreter interpreter) {
            this.interpreter = interpreter;
        }

        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            for (Suggestion s : interpreter.suggestions(line.line().substring(0, line.cursor()))) {
                candidates.add(new Candidate(s.value(), s.value(), null, s.description(), null, null, s.complete()));
            }
        }
    }

    /**
     * Two words: the command, and everything after it as one argument, so a title or a pattern with
     * spaces is completed whole and reaches the interpreter as typed (no quoting or escapes).
     */
    static final class CommandParser implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            int start = 0;
            while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            int space = Interpreter.indexOfSpace(line.substring(start));
            if (space < 0 || cursor <= start + space) {
                String command = line.substring(start, space < 0 ? line.length() : start + space);
                String rest = space < 0 ? "" : line.substring(start + space).strip();
                return new Words(line, cursor, rest.isEmpty() ? List.of(command) : List.of(command, rest), 0,
                        Math.max(0, cursor - start));
            }
            int argument = start + space;
            while (argument < line.length() && argument < cursor && Character.isWhitespace(line.charAt(argument))) {
                argument++;
            }
            String command = line.substring(start, start + space);
            return new Words(line, cursor, List.of(command, line.substring(argument)), 1, cursor - argument);
        }
    }

    /** Candidates go in as they are: the interpreter takes the rest of the line whole, unquoted. */
    private record Words(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
            implements CompletingParsedLine {
        @Override
        public String word() {
            return words.get(wordIndex);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
