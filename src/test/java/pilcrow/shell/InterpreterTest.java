package pilcrow.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.store.Bookmark;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;

/** The shell's commands, a line in and the exact text out, on the seed and small documents. */
class InterpreterTest {

    static final String TITLE = "US passes itself off as victim of cyberattacks to smear China";

    @TempDir
    Path data;

    private Store store;
    private final Document seed = Fixtures.seed();
    private final Document notes = Fixtures.document("notes/a.md",
            "# Notes\n\nFirst \u001b[31mred\u001b[0m line.\n\nSecond, with the word needle.\n\n- a needle item\n");

    private Interpreter shell(Document... documents) {
        store = Store.open(data, Clock.systemUTC());
        return new Interpreter(List.of(documents).stream().map(d -> new ShellDocument(d.name(), d, null)).toList(),
                ShellStore.of(store), new JLineTextMeasure());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static String out(Interpreter shell, String line) {
        Reply reply = shell.execute(line, 40);
        assertThat(reply.error()).as("error for " + line).isNull();
        return reply.output();
    }

    private static String error(Interpreter shell, String line) {
        Reply reply = shell.execute(line, 40);
        assertThat(reply.failed()).as(line + " fails").isTrue();
        assertThat(reply.output()).isEmpty();
        return reply.error();
    }

    @Test
    void listNumbersTheDocuments() {
        Interpreter shell = shell(seed, notes);
        assertThat(shell.execute("list", 0).output()).isEqualTo(
                "1. " + TITLE + " (7 paragraphs)\n"
                + "2. Notes (3 paragraphs)\n");
        out(shell, "open 2");
        assertThat(shell.execute("ls", 0).output()).endsWith("2. Notes (3 paragraphs, open)\n");
    }

    @Test
    void openPrintsTheTitleAndTheFirstParagraphThenEnterReadsOn() {
        Interpreter shell = shell(seed, notes);
        assertThat(out(shell, "open notes")).isEqualTo(
                "Notes (3 paragraphs)\n"
                + "\u00b61 First ^[[31mred^[[0m line.\n\n");
        assertThat(out(shell, "")).isEqualTo("\u00b62 Second, with the word needle.\n\n");
        assertThat(out(shell, "next")).isEqualTo("\u00b63 \u2022 a needle item\n\n");
        assertThat(out(shell, "")).isEqualTo("end of the document (\u00b63 is the last)\n");
        assertThat(out(shell, "k")).isEqualTo("\u00b62 Second, with the word needle.\n\n");
        assertThat(out(shell, "where")).isEqualTo("Notes: \u00b62 of 3\n");
    }

    @Test
    void paragraphsAreWrappedUnderTheirNumberOrNotAtAll() {
        Interpreter shell = shell(seed);
        out(shell, "open 1");
        assertThat(out(shell, "p 7")).isEqualTo(
                "\u00b67 At present, cyberattacks are mainly\n"
                + "   cross-border crimes, and all\n"
                + "   countries need to strengthen\n"
                + "   cooperation under the framework of\n"
                + "   Interpol, share intelligence on\n"
                + "   cybercrime and coordinate governance,\n"
                + "   to jointly combat cybersecurity\n"
                + "   threats, rather than forming\n"
                + "   \"exclusive cliques\" among a few\n"
                + "   countries. The US should know full\n"
                + "   well that protecting critical\n"
                + "   infrastructure is a common concern of\n"
                + "   all countries, and maintaining peace\n"
                + "   and stability in cyberspace serves\n"
                + "   the common interests of China, the US\n"
                + "   and other countries around the world.\n\n");
        assertThat(shell.execute("p 7", 0).output()).isEqualTo("\u00b67 " + seed.paragraph(7).text() + "\n\n");
    }

    @Test
    void aRangePrintsEachParagraphAsItsOwnBlock() {
        Interpreter shell = shell(notes);
        out(shell, "o 1");
        assertThat(out(shell, "p 2..3")).isEqualTo(
                "\u00b62 Second, with the word needle.\n\n\u00b63 \u2022 a needle item\n\n");
        assertThat(out(shell, "where")).isEqualTo("Notes: \u00b63 of 3\n");
    }

    @Test
    void mistakesAreOneClearLine() {
        Interpreter shell = shell(seed, notes);
        assertThat(error(shell, "next")).isEqualTo("no document open: open N first (list shows them)");
        assertThat(error(shell, "open 9")).isEqualTo("no document 9 (the library has 2)");
        assertThat(error(shell, "open zebra")).isEqualTo("no document matches 'zebra' (list shows them)");
        assertThat(error(shell, "open s")).isEqualTo("'s' matches 2 documents: give more of the title, or its number");
        out(shell, "open 1");
        assertThat(error(shell, "p 12")).isEqualTo("no such paragraph: 12 (the document has 7)");
        assertThat(error(shell, "p 3..2")).isEqualTo("bad paragraph range '3..2': 3 is after 2");
        assertThat(error(shell, "p x")).isEqualTo("bad paragraph number 'x': use p N or p N..M");
        assertThat(error(shell, "frobnicate \u001b[2J")).isEqualTo("unknown command 'frobnicate': help lists the commands");
        assertThat(error(shell, "list \u001b[2J")).isEqualTo("list takes nothing after it (got '^[[2J')");
        assertThat(error(shell, "find")).isEqualTo("find what? find PATTERN (no earlier search to repeat)");
        assertThat(error(shell, "jump ffff")).isEqualTo("no bookmark 'ffff' (bookmarks lists them)");
    }

    @Test
    void findGoesToTheFirstMatchFromHereAndNStepsAroundWithSmartCase() {
        Interpreter shell = shell(notes);
        out(shell, "open 1");
        out(shell, "p 3");
        assertThat(out(shell, "find NEEDLE")).isEqualTo("no match for 'NEEDLE'\n");
        assertThat(out(shell, "find needle")).isEqualTo("match 2 of 2, \u00b63\n\u00b63 \u2022 a needle item\n\n");
        assertThat(out(shell, "n")).isEqualTo("match 1 of 2, \u00b62 (wrapped to the top)\n"
                + "\u00b62 Second, with the word needle.\n\n");
        assertThat(out(shell, "where")).isEqualTo("Notes: \u00b62 of 3; match 1 of 2 for\n'needle'\n");
        assertThat(out(shell, "N")).isEqualTo("match 2 of 2, \u00b63 (wrapped to the bottom)\n"
                + "\u00b63 \u2022 a needle item\n\n");
        assertThat(out(shell, "/needle")).startsWith("match 2 of 2, \u00b63\n");
        assertThat(store.history()).containsExactly("NEEDLE", "needle");
    }

    @Test
    void findFindsTheSourceLineAfterTheLastParagraph() {
        Interpreter shell = shell(seed);
        out(shell, "open 1");
        assertThat(out(shell, "find CHINA")).isEqualTo("match 1 of 1, source\n\u2014 CHINA MEDIA GROUP\n");
        assertThat(out(shell, "n")).isEqualTo("match 1 of 1, source (wrapped to the\ntop)\n\u2014 CHINA MEDIA GROUP\n");
        assertThat(out(shell, "find GROUP")).startsWith("match 1 of 1, source\n");
    }

    @Test
    void findWithoutAPatternRepeatsTheLastSearchEvenOneMadeInTheReader() {
        Interpreter shell = shell(seed);
        store.addHistory("Interpol");
        out(shell, "open 1");
        assertThat(out(shell, "find")).startsWith("match 1 of 1, \u00b67\n\u00b67 At present");
    }

    @Test
    void positionsAreSavedAsYouReadAndOpenResumesThere() {
        Interpreter shell = shell(seed);
        out(shell, "open 1");
        out(shell, "p 5");
        assertThat(store.position(seed.name()).orElseThrow().paragraph()).isEqualTo(5);
        Interpreter again = shell(seed);
        assertThat(again.execute("open 1", 0).output()).startsWith(TITLE + " (7 paragraphs), resuming at \u00b65\n\u00b65 ");
    }

    @Test
    void bookmarksAreMadeListedAndJumpedTo() {
        Interpreter shell = shell(seed, notes);
        assertThat(out(shell, "bookmarks")).isEqualTo("no bookmarks yet: bookmark [note] makes\none\n");
        out(shell, "open 1");
        out(shell, "p 7");
        String made = shell.execute("bookmark Interpol \u001b]0;x\u0007 here", 0).output();
        Bookmark b = store.bookmarks().get(0);
        assertThat(made).isEqualTo("bookmarked \u00b67 of " + TITLE + " (id " + b.id() + ")\n");
        assertThat(b.note()).isEqualTo("Interpol \u001b]0;x\u0007 here");
        assertThat(b.documentPath()).isEqualTo(seed.name());
        assertThat(shell.execute("bookmarks", 0).output())
                .isEqualTo(b.id() + "  \u00b67  " + TITLE + "  \u2014 Interpol ^[]0;x^G here\n");
        out(shell, "open 2");
        assertThat(shell.execute("jump " + b.id().substring(0, 3), 0).output()).isEqualTo(
                "bookmark " + b.id() + ": " + TITLE + ", \u00b67 \u2014 Interpol ^[]0;x^G here\n"
                + "\u00b67 " + seed.paragraph(7).text() + "\n\n");
        assertThat(out(shell, "where")).startsWith("US passes");
    }

    @Test
    void aBookmarkOfAMovedDocumentIsFoundByItsFingerprint() {
        Interpreter shell = shell(notes);
        store.add("/gone/notes.md", pilcrow.core.doc.Anchors.fingerprint(notes), 2, "Second", "");
        store.add("/elsewhere.txt", "0000", 1, "x", "");
        String listed = shell.execute("bookmarks", 0).output();
        assertThat(listed).contains("\u00b62  Notes  (moved to notes/a.md)")
                .contains("\u00b61  /elsewhere.txt  (not in this library)");
        String id = store.bookmarks().stream().filter(b -> b.documentPath().equals("/elsewhere.txt")).findFirst()
                .orElseThrow().id();
        assertThat(error(shell, "jump " + id))
                .isEqualTo("the document of bookmark " + id + " is not in this library: /elsewhere.txt");
    }

    @Test
    void helpComesFromTheTableOfCommands() {
        Interpreter shell = shell(seed);
        String help = shell.execute("help", 0).output();
        for (Commands.Command command : Commands.ALL) {
            assertThat(help).contains(command.name()).contains(command.help());
        }
        assertThat(shell.execute("help find", 0).output())
                .isEqualTo(Commands.helpRow(Commands.FIND)[0] + "  " + Commands.helpRow(Commands.FIND)[1] + "\n");
        assertThat(shell.execute("q", 0).quit()).isTrue();
        assertThat(out(shell, "# a comment")).isEmpty();
    }

    /** Help lines are wrapped to the width, each description hanging under its own column. */
    @Test
    void helpIsWrappedToTheWidthNotBrokenByTheTerminal() {
        Interpreter shell = shell(seed);
        String help = shell.execute("help", 60).output();
        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        int column = help.lines().findFirst().orElseThrow().indexOf("the documents");
        assertThat(help.lines().filter(line -> line.startsWith(" "))).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith(" ".repeat(column)));
        assertThat(shell.execute("help find", 60).output()).contains("(short: f /)");
    }

    @Test
    void completionOffersCommandsTitlesBookmarkIdsAndPastSearches() {
        Interpreter shell = shell(seed, notes);
        assertThat(shell.suggestions("bo")).extracting(Suggestion::value).containsExactly("bookmark", "bookmarks");
        assertThat(shell.suggestions("")).extracting(Suggestion::value)
                .containsExactlyElementsOf(Commands.ALL.stream().map(Commands.Command::name).toList());
        assertThat(shell.suggestions("open us p")).extracting(Suggestion::value).containsExactly(TITLE);
        assertThat(shell.suggestions("o ")).extracting(Suggestion::value).containsExactly(TITLE, "Notes");
        Bookmark b = store.add(seed.name(), "", 7, seed.paragraph(7).text().substring(0, 20), "a note");
        assertThat(shell.suggestions("jump " + b.id().charAt(0))).containsExactly(
                new Suggestion(b.id(), "\u00b67 " + TITLE + " \u2014 a note", true));
        store.addHistory("first");
        store.addHistory("second");
        assertThat(shell.suggestions("find ")).extracting(Suggestion::value).containsExactly("second", "first");
        assertThat(shell.suggestions("help fi")).extracting(Suggestion::value).containsExactly("find");
        assertThat(shell.suggestions("list x")).isEmpty();
    }

    // ---- the outline and section N, as transcripts: lines typed, the text printed ----

    /** Each line run in turn, each reply's output (or "error: ...") after its "> line". */
    private static String transcript(Interpreter shell, String... lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            Reply reply = shell.execute(line, 0);
            out.append("> ").append(line).append('\n')
                    .append(reply.failed() ? "error: " + reply.error() + "\n" : reply.output());
        }
        return out.toString();
    }

    @Test
    void outlineNumbersTheHeadingsAndSectionGoesToOne() {
        assertThat(transcript(shell(Fixtures.guide()), "open 1", "outline", "section 2", "next", "section 3",
                "where")).isEqualTo("""
                > open 1
                Guide (7 paragraphs)
                \u00b61 An introduction.

                > outline
                1. \u00b62  Install
                2. \u00b64    From source
                3. \u00b66  Use
                > section 2
                \u00b64 ### From source

                > next
                \u00b65 Build it.

                > section 3
                \u00b66 ## Use

                > where
                Guide: \u00b66 of 7
                """);
    }

    @Test
    void linksNumbersTheParagraphsLinksAndFollowTakesThemAsTheReaderDoes() {
        Document links = pilcrow.app.LinkKeysTest.links();
        Document guide = pilcrow.app.LinkKeysTest.guide();
        assertThat(transcript(shell(links, guide), "open 1", "links", "follow 3", "follow 4", "follow 9",
                "follow 1", "where", "next", "links", "follow 2", "open 1", "p 1", "follow 2")).isEqualTo("""
                > open 1
                Links (23 paragraphs)
                \u00b61 See Install, the guide, a site and nothing.

                > links
                1. Install \u2192 #install
                2. the guide \u2192 guide.md#use
                3. a site \u2192 https://example.com/a^[]8;;x
                4. nothing \u2192 nowhere.md
                > follow 3
                not opened (pilcrow opens no URLs): https://example.com/a^[]8;;x
                > follow 4
                error: not in the library: nowhere.md
                > follow 9
                error: no link '9' here: \u00b61 has 4 (links lists them)
                > follow 1
                \u00b622 ## Install

                > where
                Links: \u00b622 of 23
                > next
                \u00b623 Back to the top and the guide.

                > links
                1. the top \u2192 #links
                2. the guide \u2192 guide.md
                > follow 2
                Guide (7 paragraphs)
                \u00b61 An introduction.

                > open 1
                Links (23 paragraphs), resuming at \u00b623
                \u00b623 Back to the top and the guide.

                > p 1
                \u00b61 See Install, the guide, a site and nothing.

                > follow 2
                Guide (7 paragraphs)
                \u00b66 ## Use

                """);
    }

    @Test
    void aSectionThatIsNotThereIsOneErrorLine() {
        assertThat(transcript(shell(Fixtures.guide()), "section 1", "open 1", "section 4", "section x", "section"))
                .isEqualTo("""
                > section 1
                error: no document open: open N first (list shows them)
                > open 1
                Guide (7 paragraphs)
                \u00b61 An introduction.

                > section 4
                error: no section 4: the outline has 3 (outline lists them)
                > section x
                error: bad section number 'x': outline lists them
                > section
                error: section which? Give its number from outline
                """);
    }

    @Test
    void aDocumentWithoutHeadingsSaysSo() {
        assertThat(transcript(shell(Fixtures.document("plain.txt", "Plain\n\nNo headings.\n")), "open 1", "outline",
                "section 1")).isEqualTo("""
                > open 1
                Plain (1 paragraph)
                \u00b61 No headings.

                > outline
                no headings in Plain
                > section 1
                error: no section 1: Plain has no headings
                """);
    }

    /** Tab after section offers the open document's section numbers, each told by its heading. */
    @Test
    void sectionCompletesTheNumbersOfTheHeadings() {
        Interpreter shell = shell(Fixtures.guide());
        assertThat(shell.suggestions("section ")).as("no document open").isEmpty();
        shell.execute("open 1", 0);
        assertThat(shell.suggestions("section ")).containsExactly(new Suggestion("1", "Install", true),
                new Suggestion("2", "From source", true), new Suggestion("3", "Use", true));
    }

    @Test
    void helpListsOutlineAndSection() {
        String help = shell(Fixtures.guide()).execute("help", 0).output();
        assertThat(help).contains("outline").contains("section N");
    }
}
