package pilcrow.terminal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.shell.Interpreter;
import pilcrow.shell.ShellDocument;
import pilcrow.shell.ShellStore;
import pilcrow.store.Store;
import pilcrow.testing.Fixtures;

/** The line mode through JLine: commands typed into a terminal over streams, the exact text read back. */
class LineShellTest {

    static final String TITLE = "US passes itself off as victim of cyberattacks to smear China";

    @TempDir
    Path data;

    private final Document seed = Fixtures.seed();
    private final Document notes = Fixtures.document("notes.md", "# Notes\n\nOne.\n\nTwo needles.\n");
    private Store store;

    private Interpreter interpreter() {
        store = Store.open(data, Clock.systemUTC());
        return new Interpreter(List.of(new ShellDocument(seed.name(), seed, null),
                new ShellDocument(notes.name(), notes, null)), ShellStore.of(store), new JLineTextMeasure());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aDumbTerminalGetsPromptsAndPlainBlocksAndNothingElse() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        String typed = "list\nopen 2\n\np 9\nwhere\nquit\nnever read\n";
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(typed.getBytes(UTF_8)), screen, UTF_8)) {
            new LineShell(terminal, interpreter(), data.resolve("shell_history"), 0, () -> 80).run("hello\n");
        }
        assertThat(screen.toString(UTF_8)).isEqualTo(
                "hello\n"
                + "pilcrow> 1. " + TITLE + " (7 paragraphs)\n"
                + "2. Notes (2 paragraphs)\n"
                + "pilcrow> Notes (2 paragraphs)\n"
                + "\u00b61 One.\n\n"
                + "pilcrow> \u00b62 Two needles.\n\n"
                + "pilcrow> no such paragraph: 9 (the document has 2)\n"
                + "pilcrow> Notes: \u00b62 of 2\n"
                + "pilcrow> ");
        assertThat(Files.readAllLines(data.resolve("shell_history")))
                .extracting(line -> line.substring(line.indexOf(':') + 1))
                .containsExactly("list", "open 2", "p 9", "where", "quit");
    }

    @Test
    void endOfInputIsCtrlDAndLeaves() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream("o 2\n".getBytes(UTF_8)), screen, UTF_8)) {
            new LineShell(terminal, interpreter(), null, 0, () -> 80).run("");
        }
        // The shell's prompt comes back on a line of its own, not after "pilcrow> " (as bash and python leave).
        assertThat(screen.toString(UTF_8)).isEqualTo("pilcrow> Notes (2 paragraphs)\n\u00b61 One.\n\npilcrow> \n");
    }

    @Test
    void theParserKeepsTheRestOfTheLineAsOneWordSoTitlesCompleteWhole() {
        Parser parser = new LineShell.CommandParser();
        ParsedLine command = parser.parse("op", 2, Parser.ParseContext.COMPLETE);
        assertThat(command.wordIndex()).isZero();
        assertThat(command.word()).isEqualTo("op");
        ParsedLine title = parser.parse("open  US passes", 15, Parser.ParseContext.COMPLETE);
        assertThat(title.words()).containsExactly("open", "US passes");
        assertThat(title.wordIndex()).isEqualTo(1);
        assertThat(title.wordCursor()).isEqualTo(9);
    }

    @Test
    void theCompleterOffersTheInterpretersCandidates() {
        Interpreter interpreter = interpreter();
        List<Candidate> candidates = new ArrayList<>();
        new LineShell.ShellCompleter(interpreter).complete(null,
                new LineShell.CommandParser().parse("open ", 5, Parser.ParseContext.COMPLETE), candidates);
        assertThat(candidates).extracting(Candidate::value).containsExactly(TITLE, "Notes");
        assertThat(candidates).extracting(Candidate::descr).containsExactly("7 paragraphs", "2 paragraphs");
    }

    /** On a terminal that edits lines (not a dumb one), Tab completes a command, then a whole title. */
    @Test
    void tabCompletesACommandAndATitleWithSpaces() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        String typed = "op\tus\t\rwhere\rquit\r";
        try (Terminal terminal = TerminalBuilder.builder().system(false).provider("exec")
                .streams(new ByteArrayInputStream(typed.getBytes(UTF_8)), screen)
                .type("xterm-256color").size(new Size(100, 30)).encoding(UTF_8).graphemeCluster(false).build()) {
            new LineShell(terminal, interpreter(), null, 0, () -> 80).run("");
        }
        String out = screen.toString(UTF_8);
        assertThat(out).contains("\u00b61 A report released").contains(TITLE + ": \u00b61 of 7");
    }
}
