package pilcrow.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.core.doc.Document;
import pilcrow.runtime.FullScreen;
import pilcrow.shell.Interpreter;
import pilcrow.shell.ShellStore;
import pilcrow.source.Library;
import pilcrow.store.Bookmark;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.KeyScript;

/** {@code pilcrow shell} as a script from standard input, and its bookmarks as the full-screen reader sees them. */
class ShellCommandTest {

    static final String TITLE = CommandLineTest.SEED_TITLE;

    @TempDir
    Path dir;

    private CommandLineTest.Run script(String commands, String... args) {
        List<String> all = new ArrayList<>(List.of("shell", "--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return CommandLineTest.run(false, new ByteArrayInputStream(commands.getBytes(UTF_8)), all.toArray(String[]::new));
    }

    @Test
    void aScriptRunsEachLineInOrderAndPrintsTheResults() {
        CommandLineTest.Run run = script("list\nopen 1\np 7\nfind interpol\nwhere\n", "--no-wrap");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        String seventh = "\u00b67 At present, cyberattacks are mainly cross-border crimes, and all countries need to "
                + "strengthen cooperation under the framework of Interpol, share intelligence on cybercrime and "
                + "coordinate governance, to jointly combat cybersecurity threats, rather than forming \"exclusive "
                + "cliques\" among a few countries. The US should know full well that protecting critical "
                + "infrastructure is a common concern of all countries, and maintaining peace and stability in "
                + "cyberspace serves the common interests of China, the US and other countries around the world.\n\n";
        assertThat(run.out()).isEqualTo(
                "1. " + TITLE + " (7 paragraphs)\n"
                + TITLE + " (7 paragraphs)\n"
                + "\u00b61 A report released by the National Computer Virus Emergency Response Center on Monday says "
                + "intelligence agencies in the United States used the unfounded excuse of \"Chinese cyber threat\" "
                + "to smear China in exchange for US government funding.\n\n"
                + seventh
                + "match 1 of 1, \u00b67\n"
                + seventh
                + TITLE + ": \u00b67 of 7; match 1 of 1 for 'interpol'\n");
    }

    /**
     * Issue 19: the line mode opens a large document lazily, as the reader does, a .gz past 16 MiB
     * of text too (from its private spooled copy; before, it was refused with one line).
     */
    @Test
    void aGzipPastWhatIsReadInMemoryOpensLazilyInTheLineMode() throws Exception {
        Path gz = dir.resolve("big.txt.gz");
        java.util.Random random = new java.util.Random(13);
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz), 1 << 16)) {
            StringBuilder line = new StringBuilder();
            for (long written = 0; written < (17L << 20); written += line.length()) {
                line.setLength(0);
                for (int i = 0; i < 70; i++) {
                    line.append(i % 8 == 7 ? ' ' : (char) ('a' + random.nextInt(26)));
                }
                out.write(line.append('\n').toString().getBytes(UTF_8));
            }
        }

        CommandLineTest.Run run = script("list\nopen 1\np 2\n", gz.toString(), "--no-wrap");

        assertThat(run.out() + run.err()).doesNotContain("expands past 16 MiB");
        assertThat(run.out()).contains("1. ").contains(" (about ").contains("\u00b61 ").contains("\u00b62 ");
    }

    /** A script's output depends only on its lines: it neither resumes a person's place nor moves it. */
    @Test
    void aScriptGivesTheSameOutputEveryTimeAndLeavesReadingPositionsAlone() throws Exception {
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            String key = Path.of(CommandLineTest.SEED).toAbsolutePath().toString();
            store.savePosition(key, key, 3, 0);
        }
        CommandLineTest.Run first = script("open 1\nnext\n", "--no-wrap");
        CommandLineTest.Run second = script("open 1\nnext\n", "--no-wrap");
        assertThat(first.out()).isEqualTo(second.out()).contains("\u00b61 A report").contains("\u00b62 ")
                .doesNotContain("resuming");
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            assertThat(store.positions()).singleElement().extracting(p -> p.paragraph()).isEqualTo(3);
        }
    }

    @Test
    void aFailedCommandIsReportedWithItsLineAndTheExitIsNonZeroButTheRestRuns() {
        CommandLineTest.Run run = script("open 1\np 12\nwhere\n");
        assertThat(run.exit()).isEqualTo(ExitCode.TROUBLE);
        assertThat(run.err()).isEqualTo("pilcrow: line 2: no such paragraph: 12 (the document has 7)\n");
        assertThat(run.out()).endsWith(TITLE + ": \u00b61 of 7\n");
    }

    @Test
    void quitStopsTheScriptAndTheWidthIsKept() {
        CommandLineTest.Run run = script("open 1\nquit\np 2\n", "-w", "30");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).allMatch(line -> line.length() <= 30);
        assertThat(run.out()).doesNotContain("\u00b62");
    }

    @Test
    void theDocumentsAreKeyedAsTheReaderKeysThem() {
        Library library = LibraryOptions.load(List.of(CommandLineTest.SEED), console());
        assertThat(ShellCommand.documents(library).get(0).path())
                .isEqualTo(Path.of(CommandLineTest.SEED).toAbsolutePath().toString());
    }

    /** A bookmark made in the shell is in the full-screen reader's ' list, and Enter lands on it. */
    @Test
    void aBookmarkMadeInTheShellIsOpenedFromTheReadersList() {
        Library library = LibraryOptions.load(List.of(CommandLineTest.SEED), console());
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            Interpreter shell = new Interpreter(ShellCommand.documents(library), ShellStore.of(store),
                    new JLineTextMeasure());
            shell.execute("open 1", 0);
            shell.execute("p 5", 0);
            assertThat(shell.execute("bookmark from the shell", 0).failed()).isFalse();

            AppState initial = AppState.initial("test", FullScreen.entries(library), new Size(100, 30));
            KeyScript reader = new KeyScript(new App(new JLineTextMeasure()), initial);
            reader.send(new Msg.DataLoaded(store.history(), FullScreen.marks(store), FullScreen.places(store), ""));
            reader.run("'");
            assertThat(reader.state().screen()).isEqualTo(AppState.Screen.BOOKMARKS);
            reader.run("ENTER");
            assertThat(reader.state().screen()).isEqualTo(AppState.Screen.READER);
            assertThat(reader.state().reader().current()).isEqualTo(5);
        }
    }

    /** Where the shell left a document is where the full-screen reader opens it, and back. */
    @Test
    void readingPositionsAreSharedWithTheReader() {
        Library library = LibraryOptions.load(List.of(CommandLineTest.SEED), console());
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            Interpreter shell = new Interpreter(ShellCommand.documents(library), ShellStore.of(store),
                    new JLineTextMeasure());
            shell.execute("open 1", 0);
            shell.execute("p 4", 0);
            KeyScript reader = new KeyScript(new App(new JLineTextMeasure()),
                    AppState.initial("test", FullScreen.entries(library), new Size(100, 30)));
            reader.send(new Msg.DataLoaded(List.of(), FullScreen.marks(store), FullScreen.places(store), ""));
            reader.run("ENTER");
            assertThat(reader.state().reader().current()).isEqualTo(4);
            reader.run("} } q");
            for (Effect effect : reader.effects()) {
                if (effect instanceof Effect.Save save) {
                    FullScreen.save(save, store);
                }
            }
            Interpreter again = new Interpreter(ShellCommand.documents(library), ShellStore.of(store),
                    new JLineTextMeasure());
            assertThat(again.execute("open 1", 0).output()).contains("resuming at ¶6");
        }
    }

    /** A bookmark made with m in the reader is listed in the shell, and jump goes there. */
    @Test
    void aBookmarkMadeInTheReaderIsJumpedToFromTheShell() {
        Library library = LibraryOptions.load(List.of(CommandLineTest.SEED), console());
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            KeyScript reader = new KeyScript(new App(new JLineTextMeasure()),
                    AppState.initial("test", FullScreen.entries(library), new Size(100, 30)));
            reader.run("ENTER : 6 ENTER m r e a d e r ENTER");
            for (Effect effect : reader.effects()) {
                if (effect instanceof Effect.Save save) {
                    FullScreen.save(save, store);
                }
            }
            List<Bookmark> saved = store.bookmarks();
            assertThat(saved).hasSize(1);
            Interpreter shell = new Interpreter(ShellCommand.documents(library), ShellStore.of(store),
                    new JLineTextMeasure());
            String id = saved.get(0).id();
            assertThat(shell.execute("bookmarks", 0).output()).isEqualTo(id + "  \u00b66  " + TITLE + "  \u2014 reader\n");
            Document seed = ((pilcrow.source.LoadResult.Loaded) library.entries().get(0)).document();
            assertThat(shell.execute("jump " + id, 0).output())
                    .isEqualTo("bookmark " + id + ": " + TITLE + ", \u00b66 \u2014 reader\n\u00b66 "
                            + seed.paragraph(6).text() + "\n\n");
        }
    }

    private static Console console() {
        return new Console(java.io.InputStream.nullInputStream(), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), false, false, () -> 80, false, java.util.Map.of(),
                new JLineTextMeasure());
    }
}
