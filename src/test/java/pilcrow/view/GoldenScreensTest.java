package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Hit;
import pilcrow.app.KeySettings;
import pilcrow.app.Mark;
import pilcrow.app.Msg;
import pilcrow.app.Preferences;
import pilcrow.app.Size;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.library.LibraryDocument;
import pilcrow.search.SearchJobs;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * Whole screens compared with files under {@code src/test/resources/golden}, named by screen and
 * size. After a deliberate change, regenerate them with {@code mvn test -Dgolden.update=true} and
 * read the diff before committing. Styles are checked on cells in {@link ViewStylesTest}.
 */
class GoldenScreensTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> screens() {
        return Stream.of("80x24", "40x12").flatMap(size -> Stream.of(
                Arguments.of("list", size, "", "seed"),
                Arguments.of("view-top", size, "ENTER", "seed"),
                Arguments.of("view-middle", size, "ENTER } } } j", "seed"),
                Arguments.of("view-end", size, "ENTER G", "seed"),
                Arguments.of("view-goto-7", size, "ENTER : 7 ENTER", "seed"),
                Arguments.of("help", size, "?", "seed"),
                Arguments.of("goto-prompt", size, "ENTER : 4 2", "seed"),
                Arguments.of("goto-invalid", size, "ENTER : 4 2 ENTER", "seed"),
                Arguments.of("view-cjk", size, "ENTER", "cjk"),
                Arguments.of("view-hostile", size, "ENTER", "hostile"),
                Arguments.of("list-hostile", size, "", "hostile"),
                Arguments.of("view-markdown", size, "ENTER", "markdown"),
                Arguments.of("view-table", size, "ENTER", "table"),
                Arguments.of("find-typing", size, "ENTER / c y b e r", "seed"),
                Arguments.of("find-interpol", size, "ENTER / i n t e r p o l ENTER", "seed"),
                Arguments.of("find-no-match", size, "ENTER / z z z z", "seed"),
                Arguments.of("find-in-title", size, "ENTER } } / s m e a r ENTER", "seed"),
                Arguments.of("find-next-wrapped", size, "ENTER / v o l t ENTER n n n n n", "seed"),
                Arguments.of("find-overlapping", size, "ENTER / a a ENTER n", "aaaa"),
                Arguments.of("find-regex-invalid", size, "ENTER / C-r ( a", "seed"),
                Arguments.of("find-escape", size, "ENTER } / i n t e r p o l ESC", "seed"),
                Arguments.of("list-filter", size, "/ c y b", "library"),
                Arguments.of("library-search", size, "F c y b e r ENTER", "library"),
                Arguments.of("library-search-opened", size, "F c y b e r ENTER j j ENTER", "library"),
                Arguments.of("view-narrower", size, "ENTER < <", "seed"),
                Arguments.of("view-widest", size, "ENTER >", "seed"),
                Arguments.of("view-numbers-off", size, "ENTER #", "seed"),
                Arguments.of("outline", size, "ENTER : 5 ENTER t", "guide"),
                Arguments.of("outline-filter", size, "ENTER t / u s", "guide"),
                Arguments.of("view-section", size, "ENTER : 5 ENTER", "guide"),
                Arguments.of("view-links", size, "ENTER l l", "links")));
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("screens")
    void screenMatchesGolden(String name, String size, String keys, String document) throws IOException {
        String[] wh = size.split("x");
        JLineTextMeasure measure = new JLineTextMeasure();
        AppState start = Fixtures.state(new Size(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])),
                documents(document));
        AppState state = new KeyScript(new App(measure), start).run(keys).state();
        String screen = new View(measure, true).render(state).toText();

        assertMatchesGolden(name + "-" + size, screen);
    }

    /**
     * Compares a screen with its golden file. A missing golden fails rather than being written: a
     * renamed screen would otherwise pass unchecked and leave a new file in {@code src}.
     */
    static void assertMatchesGolden(String golden, String screen) throws IOException {
        Path file = GOLDEN.resolve(golden + ".golden");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, screen, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            fail("No golden " + file + " for this screen:\n" + screen
                    + "\nIf the screen is new, create its golden with"
                    + " mvn test -Dtest=GoldenScreensTest -Dgolden.update=true, then read it before committing.");
        }
        assertThat(screen).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static Stream<String> sizes() {
        return Stream.of("80x24", "40x12");
    }

    static Size size(String size) {
        String[] wh = size.split("x");
        return new Size(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
    }

    static String screen(JLineTextMeasure measure, KeyScript keys) {
        return new View(measure, true).render(keys.state()).toText();
    }

    /** The bookmarks list opened with ' in a document: this document's bookmarks, newest first. */
    @ParameterizedTest(name = "bookmarks-{0}")
    @MethodSource("sizes")
    void bookmarksScreen(String size) throws IOException {
        assertMatchesGolden("bookmarks-" + size, bookmarksOf(size, Fixtures.seed(),
                7, "interpol again", 4, "", 2, "where it starts"));
    }

    /**
     * The bookmarks list in a document in sections: each bookmark shows the section it is in (none
     * before the first heading), clipped on a narrow screen.
     */
    @ParameterizedTest(name = "bookmarks-sections-{0}")
    @MethodSource("sizes")
    void bookmarksShowTheirSections(String size) throws IOException {
        assertMatchesGolden("bookmarks-sections-" + size, bookmarksOf(size, Fixtures.guide(),
                7, "how", 5, "", 1, "start"));
    }

    /** The bookmarks list of {@code document}, its marks given newest first as paragraph, note, paragraph, note... */
    private static String bookmarksOf(String size, Document document, Object... marks) {
        JLineTextMeasure measure = new JLineTextMeasure();
        String fingerprint = Anchors.fingerprint(document);
        List<Mark> made = new ArrayList<>();
        for (int i = 0; i < marks.length; i += 2) {
            int paragraph = (Integer) marks[i];
            made.add(new Mark("mark" + i, document.name(), fingerprint, paragraph, Anchors.quote(document, paragraph),
                    (String) marks[i + 1], marks.length - i));
        }
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(size(size), document));
        keys.send(new Msg.MarksChanged(made, false));
        return screen(measure, keys.run("ENTER '"));
    }

    /**
     * A document opened as a large one before any of it is indexed, moved to its end: the window's
     * numbers are estimates, so the status line counts with "~" and says how far indexing is.
     */
    @ParameterizedTest(name = "large-estimated-{0}")
    @MethodSource("sizes")
    void largeDocumentWhileIndexing(String size, @TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("A large document\n\n");
        for (int i = 1; i <= 2000; i++) {
            text.append("Paragraph ").append(i).append(" of the large document, with a few words to wrap.\n\n");
        }
        text.append("-THE SOURCE\n");
        Path file = dir.resolve("large.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LargeFile large = LargeFile.open(FileSource.of(file)).orElseThrow();
        LibraryDocument entry = LibraryDocument.large("large.txt", large, large.emptyIndex());
        JLineTextMeasure measure = new JLineTextMeasure();
        KeyScript keys = new KeyScript(new App(measure), AppState.initial("test", List.of(entry), size(size)));
        String screen = screen(measure, keys.run("ENTER G"));
        assertThat(keys.state().reader().estimated()).isTrue();
        assertMatchesGolden("large-estimated-" + size, screen);
    }

    /**
     * The help screen of a session whose settings rebound keys: j no longer a line down in the
     * reader (x and Ctrl-E are), g no longer the first row anywhere; the footer names the keys in force.
     */
    @ParameterizedTest(name = "help-rebound-{0}")
    @MethodSource("sizes")
    void helpShowsTheKeysInForce(String size) throws IOException {
        JLineTextMeasure measure = new JLineTextMeasure();
        KeySettings.Rebound rebound = KeySettings.apply(Map.of("key.reader.line_down", "x, Ctrl-E",
                "key.all.top", "Home", "key.reader.line_up", "j"), "config.properties");
        assertThat(rebound.warnings()).isEmpty();
        AppState start = Fixtures.state(size(size), documents("seed"))
                .withPreferences(new Preferences(true, 80, rebound.tables()));
        KeyScript keys = new KeyScript(new App(measure), start).run("?");
        assertMatchesGolden("help-rebound-" + size, screen(measure, keys));
    }

    /**
     * F while the search still runs: the hits of the documents searched so far, and the count of
     * documents done. The search is answered by hand, with only the first two documents' hits.
     */
    @ParameterizedTest(name = "library-search-running-{0}")
    @MethodSource("sizes")
    void librarySearchStillRunning(String size) throws IOException {
        JLineTextMeasure measure = new JLineTextMeasure();
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(size(size), documents("library")))
                .runWithoutSearching("F c y b e r ENTER");
        Effect.FindInLibrary job = keys.effects().stream().filter(Effect.FindInLibrary.class::isInstance)
                .map(Effect.FindInLibrary.class::cast).findFirst().orElseThrow();
        List<Hit> hits = new ArrayList<>();
        SearchJobs.findInLibrary(job, () -> false, msg -> hits.addAll(((Msg.LibraryResults) msg).hits()));
        List<Hit> firstTwoDocuments = hits.stream().filter(hit -> hit.entry() < 2).toList();
        assertThat(firstTwoDocuments).isNotEmpty().hasSizeLessThan(hits.size());
        keys.send(new Msg.LibraryResults(job.id(), firstTwoDocuments, 2, 3, false));
        assertThat(keys.state().librarySearch().running()).isTrue();
        assertMatchesGolden("library-search-running-" + size, screen(measure, keys));
    }

    static Document[] documents(String name) {
        if (name.equals("library")) {
            return new Document[] {
                Fixtures.document("notes/alpha.txt", "Alpha notes\n\nNothing about the topic here.\n\nOr here."),
                Fixtures.seed(),
                Fixtures.document("notes/cyber.md", "# Cyber glossary\n\nCyber means computers.\n\n- cyberattack\n- cybercrime"),
            };
        }
        return new Document[] {document(name)};
    }

    static Document document(String name) {
        return switch (name) {
            case "seed" -> Fixtures.seed();
            case "guide" -> Fixtures.guide();
            case "links" -> pilcrow.app.LinkKeysTest.links();
            case "cjk" -> Fixtures.document("cjk.txt", """
                    漢字のテスト

                    吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。

                    Mixed text: café, naïve, 中文字符 and emoji 👍🏽 👨‍👩‍👧 🇫🇷 at the edges of lines 中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中中
                    """);
            case "hostile" -> Fixtures.document("evil\u001b[31m.txt", """
                    \u001b[2J\u001b]0;pwned\u0007Title with escapes

                    Red \u001b[31mtext\u001b[0m and a bell \u0007 and C1 \u009b31m and bidi \u202eevil\u202c here.

                    Zero\u200bwidth and a BOM\ufeff inside.
                    """);
            case "aaaa" -> Fixtures.document("a.txt", "Letters\n\naaaa b aaa\n");
            case "markdown" -> Fixtures.document("notes.md", """
                    # Markdown notes

                    A paragraph with *emphasis* and `code` that goes on long enough to wrap at forty columns.

                    ## A section

                    - first item
                    - second item that is long enough to wrap onto a second line at forty
                      1. nested

                    > A quote that is also long enough to wrap onto another line at forty columns.

                    ```
                    code  keeps   its spacing
                        and its indentation
                    ```
                    """);
            case "table" -> Fixtures.document("tools.md", """
                    # Readers

                    | Reader | Written in | What it reads best |
                    |--------|:----------:|--------------------|
                    | less | C | anything, a screen at a time, since 1983 |
                    | glow | Go | Markdown, ~~styled~~ with glamour |
                    | epy | Python | EPUB and other e-books |

                    - [x] tables as tables
                    - [ ] links to follow
                    """);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Every screen at sizes from nothing to huge: drawn without an exception, and exactly that big. */
    @org.junit.jupiter.api.Test
    void everyScreenDrawsAtEverySize() {
        JLineTextMeasure measure = new JLineTextMeasure();
        String[] scripts = {"", "ENTER", "ENTER G", "ENTER : 4", "ENTER / c y b", "?", "/ c", "F c y b e r ENTER"};
        int[][] sizes = {{0, 0}, {1, 1}, {2, 1}, {1, 3}, {20, 5}, {300, 100}};
        for (int[] size : sizes) {
            for (String keys : scripts) {
                AppState start = Fixtures.state(new Size(80, 24), documents("library"));
                AppState state = new KeyScript(new App(measure), start).run(keys + " RESIZE:" + size[0] + "x" + size[1]).state();
                Frame frame = new View(measure, true).render(state);
                assertThat(frame.columns()).isEqualTo(size[0]);
                assertThat(frame.rows()).isEqualTo(size[1]);
                assertThat(frame.toText().lines().count()).isEqualTo(size[1]);
            }
        }
    }
}
