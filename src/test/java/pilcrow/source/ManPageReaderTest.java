package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;

/**
 * Man pages read as documents: through each formatter that is installed (each test skipped when
 * its formatter is not), from the source with none, and hostile pages stopped with one line.
 */
class ManPageReaderTest {

    private static final String SYSTEM_PATH = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");

    /** A small page in the man macros: sections, a tagged paragraph, fonts, a comment, an example. */
    static final String PAGE = String.join("\n",
            ".\\\" a comment that is never shown",
            ".TH TOOL 1 \"May 2024\" \"tool 1.0\" \"User Commands\"",
            ".SH NAME",
            "tool \\- do one thing well",
            ".SH SYNOPSIS",
            ".B tool",
            "[\\fIOPTION\\fR]... \\fIFILE\\fR",
            ".SH DESCRIPTION",
            "Tool reads each \\fBFILE\\fP and does one thing with it.",
            ".TP",
            "\\fB\\-v\\fR, \\fB\\-\\-verbose\\fR",
            "say what is done",
            ".SS Examples",
            ".nf",
            "tool \\-v notes.txt",
            ".fi",
            "") + "\n";

    private static ManFormatter only(String program, Duration limit, int maxOutput) {
        return new ManFormatter(SYSTEM_PATH, ManFormatter.KNOWN.stream().filter(c -> c.program().equals(program))
                .toList(), limit, maxOutput);
    }

    private static ManFormatter only(String program) {
        return only(program, Duration.ofSeconds(30), ManFormatter.MAX_OUTPUT);
    }

    private static void assumeInstalled(String program) {
        assumeTrue(only(program).installed().isPresent(), program + " is not installed");
    }

    private static LoadResult read(String fileName, String roff, ManFormatter formatter) {
        byte[] bytes = roff.getBytes(StandardCharsets.UTF_8);
        DocumentSource source = new pilcrow.testing.Fixtures.InMemorySource(fileName, bytes);
        return DocumentReader.fromBytes(source, bytes, formatter);
    }

    private static Document document(LoadResult result) {
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).document();
    }

    private static List<String> headings(Document document) {
        return document.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).map(Block::text).toList();
    }

    private static String allText(Document document) {
        return String.join("\n", document.blocks().stream().map(b -> b.marker() + " " + b.text()).toList());
    }

    @Test
    void withoutAFormatterTheSourceIsShownReadably(@TempDir Path empty) {
        ManFormatter none = new ManFormatter(empty.toString(), ManFormatter.KNOWN, Duration.ofSeconds(5), 1 << 20);

        Document page = document(read("tool.1", PAGE, none));

        assertThat(page.title()).isEqualTo("tool(1)");
        assertThat(page.blocks()).extracting(Block::kind, Block::level, Block::marker, Block::text).containsExactly(
                tuple(BlockKind.HEADING, 1, "", "NAME"),
                tuple(BlockKind.PARAGRAPH, 0, "", "tool - do one thing well"),
                tuple(BlockKind.HEADING, 1, "", "SYNOPSIS"),
                tuple(BlockKind.PARAGRAPH, 0, "", "tool [OPTION]... FILE"),
                tuple(BlockKind.HEADING, 1, "", "DESCRIPTION"),
                tuple(BlockKind.PARAGRAPH, 0, "", "Tool reads each FILE and does one thing with it."),
                tuple(BlockKind.LIST_ITEM, 1, "", "-v, --verbose\nsay what is done"),
                tuple(BlockKind.HEADING, 2, "", "Examples"),
                tuple(BlockKind.CODE, 0, "", "tool -v notes.txt"));
    }

    @Test
    void mandocFormatsThePageIntoSectionsWithoutOverstrike() {
        assumeInstalled("mandoc");

        formattedPageReadsWell(document(read("tool.1", PAGE, only("mandoc"))));
    }

    @Test
    void groffFormatsThePageIntoSections() {
        assumeInstalled("groff");

        formattedPageReadsWell(document(read("tool.1", PAGE, only("groff"))));
    }

    @Test
    void manDashLFormatsThePageIntoSections() {
        assumeInstalled("man");

        formattedPageReadsWell(document(read("tool.1", PAGE, only("man"))));
    }

    private static void formattedPageReadsWell(Document page) {
        assertThat(page.title()).isEqualTo("tool(1)");
        assertThat(headings(page)).containsExactly("NAME", "SYNOPSIS", "DESCRIPTION", "Examples");
        assertThat(allText(page)).contains("tool - do one thing well", "Tool reads each FILE and does one thing with it.",
                "say what is done", "tool -v notes.txt").doesNotContain("\b", "^H", "comment", "TOOL(1)");
        // The option is text, so find sees it.
        assertThat(page.blocks()).anySatisfy(b -> assertThat(b.text()).isEqualTo("-v, --verbose\nsay what is done"));
    }

    @Test
    void aGzippedPageInAFolderIsListedAsNameAndSection(@TempDir Path dir) throws Exception {
        Path man1 = Files.createDirectory(dir.resolve("man1"));
        Files.write(man1.resolve("tool.1.gz"), gzip(PAGE));
        Files.write(man1.resolve("other-name.1.gz"), gzip(".so man1/tool.1\n"));

        Library library = Library.load("man", List.of(man1.toString()), InputStream.nullInputStream());

        assertThat(library.entries()).extracting(e -> document(e).title())
                .containsExactlyInAnyOrder("tool(1)", "other-name(1)");
        assertThat(library.entries()).flatExtracting(e -> document(e).blocks()).extracting(Block::text)
                .contains("Another name for tool(1) (man1/tool.1).");
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    // Hostile pages: each is one line, and the library around it is served.

    /** Loops forever printing nothing in groff; mandoc loops on it too. */
    private static final String LOOPING = ".TH LOOP 1\n.SH NAME\nloop\n.nr x 0\n.while 1 .nr x +1\n";
    /** Prints without end in groff. */
    private static final String FLOODING = ".TH FLOOD 1\n.SH NAME\nflood\n.while 1 hello world\n";

    @Test
    void aPageThatMakesGroffLoopIsStoppedWithOneLine() {
        assumeInstalled("groff");

        LoadResult result = read("loop.1", LOOPING, only("groff", Duration.ofMillis(800), ManFormatter.MAX_OUTPUT));

        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        assertThat(((LoadResult.Failed) result).message()).isEqualTo("cannot open loop.1: groff took longer than 0.8 s: stopped");
    }

    @Test
    void aPageThatMakesMandocLoopIsStoppedWithOneLine() {
        assumeInstalled("mandoc");

        LoadResult result = read("loop.1", FLOODING, only("mandoc", Duration.ofMillis(800), ManFormatter.MAX_OUTPUT));

        assertThat(((LoadResult.Failed) result).reason()).isEqualTo("mandoc took longer than 0.8 s: stopped");
    }

    @Test
    void aPageThatMakesGroffPrintWithoutEndIsCutAtTheBound() {
        assumeInstalled("groff");

        LoadResult result = read("flood.1", FLOODING, only("groff", Duration.ofSeconds(30), 256 * 1024));

        assertThat(((LoadResult.Failed) result).reason()).isEqualTo("groff printed more than 256 KiB: stopped");
    }

    @Test
    void escapeSequencesAFormatterPassesOnAreShownNotSent() {
        // cat stands in for a formatter that passes the page's bytes through, escapes and all.
        ManFormatter passing = new ManFormatter(SYSTEM_PATH, List.of(new ManFormatter.Candidate("cat", List.of())),
                Duration.ofSeconds(30), 1 << 20);
        String page = ".TH X 1\nNAME\n       x \u001b]0;owned\u0007 \u009b31m red\n";

        Document shown = document(read("x.1", page, passing));

        assertThat(allText(shown)).doesNotContain("\u001b", "\u0007", "\u009b").contains("^[]0;owned^G", "<9B>31m red");
    }

    @Test
    void escapeSequencesInAPageAreShownNotSentByRealFormatters() {
        String page = ".TH \"X\u001b[2J\" 1\n.SH NAME\nx \u001b]0;owned\u0007 \\[u001B][31m red\n";
        for (String program : List.of("mandoc", "groff")) {
            if (only(program).installed().isEmpty()) {
                continue;
            }
            Document shown = document(read("x.1", page, only(program)));

            assertThat(allText(shown) + shown.title()).as(program).doesNotContain("\u001b", "\u0007");
        }
        assertThat(document(read("x.1", page, new ManFormatter("", ManFormatter.KNOWN, Duration.ofSeconds(1), 1024)))
                .title()).isEqualTo("X^[[2J(1)");
    }

    @Test
    void aPageThatAsksToIncludeAFileDoesNotGetIt(@TempDir Path dir) throws Exception {
        assumeInstalled("groff");
        Path secret = Files.writeString(dir.resolve("secret"), "the-secret-words\n");
        String page = ".TH X 1\n.SH NAME\nx\n.so " + secret + "\n.if n .cf " + secret + "\n";

        Document shown = document(read("x.1", page, only("groff")));

        assertThat(allText(shown)).doesNotContain("secret");
    }
}
