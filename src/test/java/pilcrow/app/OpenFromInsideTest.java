package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.runtime.LocalPaths;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * Opening from inside, typed as a user would: {@code :e PATH} in the reader and {@code :} in the
 * list (a file joins the list once, a folder becomes the library, Ctrl-O comes back), Tab
 * completing the path, a link to a file the library does not list, and a served session held to
 * its folders. The files are real, in a temporary folder, read through {@link LocalPaths}.
 */
class OpenFromInsideTest {

    @TempDir
    Path root;
    private Path notes;

    @BeforeEach
    void files() throws IOException {
        notes = Files.createDirectories(root.resolve("notes"));
        Path other = Files.createDirectories(root.resolve("other"));
        Path lib = Files.createDirectories(root.resolve("lib"));
        write(notes.resolve("a.md"), "# Notes\n\nSee [the other](../other/b.txt) and [its part](../other/alps.md#part).\n");
        write(other.resolve("b.txt"), "Bee\n\nThe other text, first.\n\nThe other text, second.\n");
        write(other.resolve("alpha.txt"), "Alpha\n\nAn alpha.\n");
        write(other.resolve("alps.md"), "# Alps\n\nMountains.\n\n## Part\n\nThe part.\n");
        Files.write(other.resolve("bin.dat"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 0, 7});
        write(lib.resolve("x.txt"), "Ex\n\nThe x.\n");
        write(lib.resolve("y.txt"), "Why\n\nThe y.\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private KeyScript reader(Paths paths) throws IOException {
        String a = notes.resolve("a.md").toString();
        AppState state = Fixtures.state(new Size(80, 20), Fixtures.document(a, Files.readString(Path.of(a))));
        return new KeyScript(new App(new JLineTextMeasure()), state).opening(paths).run("ENTER");
    }

    private KeyScript local() throws IOException {
        return reader(LocalPaths.local(root.resolve("home"), root));
    }

    /** The keys that type {@code text}, one a character. */
    private static String typed(String text) {
        StringBuilder keys = new StringBuilder();
        for (char ch : text.toCharArray()) {
            keys.append(ch == ' ' ? "SPACE" : String.valueOf(ch)).append(' ');
        }
        return keys.toString();
    }

    private static String where(KeyScript keys) {
        ReaderState reader = keys.state().reader();
        return Path.of(keys.state().entries().get(reader.entry()).path()).getFileName() + " " + reader.current();
    }

    @Test
    void eFileOpensItBesideTheDocumentAddsItOnceAndCtrlOComesBack() throws IOException {
        KeyScript keys = local().run(": " + typed("e ../other/b.txt") + "ENTER");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(where(keys)).isEqualTo("b.txt 1");
        assertThat(keys.state().entries()).hasSize(2);
        assertThat(keys.state().entries().get(1).path()).isEqualTo(root.resolve("other/b.txt").toString());
        assertThat(where(keys.run("C-o"))).isEqualTo("a.md 1");

        keys.run(": " + typed("e ../other/b.txt") + "ENTER");
        assertThat(keys.state().entries()).as("opened again: the same row").hasSize(2);
        assertThat(where(keys)).isEqualTo("b.txt 1");
    }

    @Test
    void eFileOpensWhereItWasLeft() throws IOException {
        KeyScript keys = local();
        String b = root.resolve("other/b.txt").toString();
        keys.send(new Msg.DataLoaded(List.of(), List.of(), java.util.Map.of(b, new Place(2, 0)), ""));
        keys.run(": " + typed("e " + b) + "ENTER");
        assertThat(where(keys)).isEqualTo("b.txt 2");
    }

    @Test
    void eFolderBecomesTheLibraryAndCtrlOOpensTheDocumentLeftAgain() throws IOException {
        KeyScript keys = local().run(": " + typed("e ../lib") + "ENTER");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.LIST);
        assertThat(keys.state().entries()).extracting(e -> Path.of(e.path()).getFileName().toString())
                .containsExactly("x.txt", "y.txt");
        assertThat(keys.state().libraryName()).isEqualTo("../lib");
        assertThat(keys.run("ENTER").state().reader()).isNotNull();
        assertThat(where(keys)).isEqualTo("x.txt 1");

        keys.run("C-o");
        assertThat(where(keys)).as("back across the change of library").isEqualTo("a.md 1");
        assertThat(keys.state().entries()).hasSize(3);
    }

    @Test
    void aMissingABinaryAndAnEmptyPathAreOneLineEach() throws IOException {
        KeyScript keys = local().run(": " + typed("e nope.txt") + "ENTER");
        assertThat(keys.state().message()).isEqualTo("cannot open nope.txt: no such file or folder");
        assertThat(where(keys)).isEqualTo("a.md 1");

        keys.run(": " + typed("e ../other/bin.dat") + "ENTER");
        assertThat(keys.state().message()).startsWith("cannot open ../other/bin.dat: ").contains("binary");
        assertThat(keys.state().entries()).hasSize(1);

        keys.run(": e ENTER");
        assertThat(keys.state().message()).startsWith("e needs a path");
    }

    @Test
    void tabCompletesOneCandidateWholeAndSeveralToTheirCommonStartNamingThem() throws IOException {
        KeyScript keys = local().run(": " + typed("e ../other/al") + "TAB");
        assertThat(keys.state().prompt().text()).isEqualTo("e ../other/alp");
        assertThat(keys.state().message()).isEqualTo("alpha.txt  alps.md");

        keys.run("h TAB");
        assertThat(keys.state().prompt().text()).isEqualTo("e ../other/alpha.txt");
        assertThat(keys.state().message()).isEmpty();

        keys.run("ESC : " + typed("e ../l") + "TAB");
        assertThat(keys.state().prompt().text()).as("a folder gets its slash").isEqualTo("e ../lib/");
        keys.run("TAB");
        assertThat(keys.state().message()).isEqualTo("x.txt  y.txt");

        keys.run("ESC : " + typed("e ../zz") + "TAB");
        assertThat(keys.state().message()).isEqualTo("Nothing here begins with ../zz");
        assertThat(keys.state().prompt().text()).isEqualTo("e ../zz");
    }

    @Test
    void aPercentAtTheEndOfAPathWaitsForEnter() throws IOException {
        KeyScript keys = local().run(": " + typed("e 50%"));
        assertThat(keys.state().prompt()).isNotNull();
    }

    /**
     * In the list {@code :} means only "open": typed as in vim ({@code :e PATH}) or bare
     * ({@code :PATH}), both open. (The prompt used to start with "e ", and a user typing
     * {@code :e /tmp/x} as the README says got "cannot open e /tmp/x".)
     */
    @Test
    void colonInTheListOpensWithTheWorkingFolderAsBase() throws IOException {
        KeyScript keys = local().run("q :");
        assertThat(keys.state().prompt().text()).isEmpty();
        keys.run(typed("lib/y.txt") + "ENTER");
        assertThat(where(keys)).isEqualTo("y.txt 1");
        keys.run("q : " + typed("e lib/y.txt") + "ENTER");
        assertThat(where(keys)).isEqualTo("y.txt 1");
        assertThat(keys.state().message()).doesNotContain("cannot open");
        keys.run("q : 7 ENTER");
        assertThat(keys.state().message()).startsWith("cannot open 7");
        keys.run("q : " + typed("lib/y.t") + "TAB");
        assertThat(keys.state().prompt().text()).isEqualTo("e lib/y.txt");
    }

    @Test
    void aLinkToAFileTheLibraryDoesNotListOpensItAndJoinsTheList() throws IOException {
        KeyScript keys = local().run("l ENTER");
        assertThat(where(keys)).isEqualTo("b.txt 1");
        assertThat(keys.state().entries()).hasSize(2);
        assertThat(where(keys.run("C-o"))).isEqualTo("a.md 1");

        keys.run("l l ENTER");
        assertThat(where(keys)).as("at the link's anchor").isEqualTo("alps.md 2");
    }

    @Test
    void aServedSessionOpensOnlyInsideItsFolders() throws IOException {
        Files.createSymbolicLink(notes.resolve("out.txt"), root.resolve("other/b.txt"));
        write(notes.resolve("in.txt"), "In\n\nInside.\n");
        KeyScript keys = reader(LocalPaths.served(List.of(notes.toString())));

        keys.run(": " + typed("e ../other/b.txt") + "ENTER");
        assertThat(keys.state().message()).isEqualTo("Not opened: ../other/b.txt is outside the served folders");
        keys.run(": " + typed("e /etc/passwd") + "ENTER");
        assertThat(keys.state().message()).contains("outside the served folders");
        keys.run(": " + typed("e out.txt") + "ENTER");
        assertThat(keys.state().message()).as("a link leading out").contains("outside the served folders");
        keys.run(": " + typed("e ~/x") + "ENTER");
        assertThat(keys.state().message()).contains("outside the served folders");
        keys.run("l ENTER");
        assertThat(keys.state().message()).contains("outside the served folders");
        assertThat(keys.state().entries()).hasSize(1);

        keys.run(": " + typed("e ../o") + "TAB");
        assertThat(keys.state().message()).as("nothing listed outside").isEqualTo("Nothing here begins with ../o");
        keys.run("ESC : " + typed("e ") + "TAB");
        assertThat(keys.state().message()).as("the link out is not offered").isEqualTo("a.md  in.txt");

        keys.run("ESC : " + typed("e in.txt") + "ENTER");
        assertThat(where(keys)).isEqualTo("in.txt 1");
    }
}
