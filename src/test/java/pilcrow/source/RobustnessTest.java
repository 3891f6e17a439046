package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.terminal.JLineTextMeasure;

/** Each bad input of docs/robustness.md that the document core meets. */
class RobustnessTest {

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Document load(Path path) {
        LoadResult result = DocumentReader.read(FileSource.of(path));
        assertThat(result).as("%s", result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).document();
    }

    private static List<String> texts(Document d) {
        return d.blocks().stream().map(Block::text).toList();
    }

    /** Everything that could reach a terminal from a document: title, paragraphs, source. */
    private static String shown(Document d) {
        return d.title() + "\n" + String.join("\n", texts(d)) + "\n" + d.source().orElse("");
    }

    private static void assertNothingRaw(String s) {
        assertThat(s.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x200B
                || Character.isSurrogate((char) c)).toArray()).as(s).isEmpty();
    }

    @Test
    void invalidUtf8IsShownByteByByteAndNothingIsDropped() throws IOException {
        byte[] bytes = {'T', 'i', 't', 'l', 'e', '\n', 'a', (byte) 0xFF, 'b', ' ', (byte) 0xC3, '\n',
            (byte) 0xE2, (byte) 0x82, 'x', ' ', (byte) 0xC0, (byte) 0xAF, ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80,
            '\n', (byte) 0xC3, (byte) 0xA9, 't', (byte) 0xE9, '\n'};
        Document d = load(file("bad.txt", bytes));
        assertThat(d.title()).isEqualTo("Title");
        assertThat(texts(d)).containsExactly(
                "a<FF>b <C3>",
                "<E2><82>x <C0><AF> <ED><A0><80>",
                "\u00e9t<E9>");
        assertNothingRaw(shown(d));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        byte[] text = "Title\nbody\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Document d = load(file("bom.txt", bytes));
        assertThat(d.title()).isEqualTo("Title");
        assertThat(texts(d)).containsExactly("body");
    }

    @Test
    void utf16WithByteOrderMark() throws IOException {
        String text = "Caf\u00e9 \u4e2d\u6587\r\nFirst \uD83D\uDC4D line\r\nSecond line\r\n";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        for (Path path : List.of(file("le.txt", le), file("be.txt", be))) {
            Document d = load(path);
            assertThat(d.title()).as("%s", path).isEqualTo("Caf\u00e9 \u4e2d\u6587");
            assertThat(texts(d)).containsExactly("First \uD83D\uDC4D line", "Second line");
            assertThat(d.byteSize()).isEqualTo(Files.size(path));
        }
        // UTF-16 is full of NUL bytes: with its mark it is not binary, and a folder scan lists it.
        LibraryScanner.Scan scan = LibraryScanner.scan(List.of(dir.toString()), NO_STDIN);
        assertThat(scan.sources()).extracting(DocumentSource::fileName).contains("le.txt", "be.txt");
    }

    @Test
    void nulBytesMakeABinaryFileThatIsListedButRefused() throws IOException {
        Path bin = file("image.txt", new byte[] {'G', 'I', 'F', '8', 0, 1, 2, '\n', 'x'});
        LoadResult result = DocumentReader.read(FileSource.of(bin));
        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, f -> {
            assertThat(f.binary()).isTrue();
            assertThat(f.reason()).isEqualTo("binary file, with NUL bytes");
            assertThat(f.message()).isEqualTo("cannot open " + bin + ": binary file, with NUL bytes");
        });
        file("ok.txt", "Fine\ntext\n");
        Library library = Library.load("lib", List.of(bin.toString(), dir.resolve("ok.txt").toString()),
                NO_STDIN);
        assertThat(library.entries()).hasSize(2);
        assertThat(library.entries().get(0)).isInstanceOf(LoadResult.Failed.class);
        assertThat(library.entries().get(1)).isInstanceOf(LoadResult.Loaded.class);
        assertThat(library.errors()).isEmpty();
    }

    @Test
    void crOnlyAndCrlfLineEnds() throws IOException {
        Document cr = load(file("cr.txt", "Title\r\rone\rtwo\r\rthree"));
        assertThat(cr.title()).isEqualTo("Title");
        assertThat(texts(cr)).containsExactly("one two", "three");
        Document crlf = load(file("crlf.txt", "Title\r\none\r\ntwo\r\n"));
        assertThat(crlf.title()).isEqualTo("Title");
        assertThat(texts(crlf)).containsExactly("one", "two");
        assertNothingRaw(shown(cr) + shown(crlf));
        Document mixed = load(file("mixed.md", "# T\r\n\r\n```\r\na\r\n\r\nb\r\n```\r\n"));
        assertThat(texts(mixed)).containsExactly("a\n\nb");
    }

    @Test
    void tabsAreExpandedToStopsOfEight() throws IOException {
        Document d = load(file("tabs.md", "# T\n\n```\n\tcode\nab\tc\n```\n\nword\tword\n"));
        assertThat(texts(d)).containsExactly("        code\nab      c", "word    word");
        assertThat(shown(d)).doesNotContain("\t");
    }

    @Test
    void anEmptyFile() throws IOException {
        Document d = load(file("empty.txt", new byte[0]));
        assertThat(d.title()).isEqualTo("empty.txt");
        assertThat(d.paragraphCount()).isZero();
        assertThat(d.wordCount()).as("the file name is not text").isZero();
        assertThat(d.byteSize()).isZero();
        assertThat(new DocumentLayout(new JLineTextMeasure()).layout(d, 20, true))
                .extracting(LayoutLine::plain).containsExactly("empty.txt");
        Document blank = load(file("blank.md", "\n\n   \n"));
        assertThat(blank.paragraphCount()).isZero();
    }

    /** {@code head}, then {@code chunk} again and again to 100 MB or just past it; the size of the repeats. */
    private static long writeHundredMegabytes(Path file, String head, String chunk) throws IOException {
        byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            while (written < 100_000_000L) {
                out.write(bytes);
                written += bytes.length;
            }
        }
        return written;
    }

    @Test
    void aHundredMegabyteSingleLine() throws IOException {
        Path big = dir.resolve("big.txt");
        long size = writeHundredMegabytes(big, "", "lorem ipsum \u00e9t\u00e9 dolor \u4e2d\u6587 sit amet ");
        long[] millis = new long[2];
        List<LayoutLine> screen = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            long start = System.nanoTime();
            Document d = load(big);
            millis[0] = (System.nanoTime() - start) / 1_000_000;
            assertThat(d.paragraphCount()).isEqualTo(1);
            assertThat(d.byteSize()).isEqualTo(size);
            start = System.nanoTime();
            List<LayoutLine> lines = new DocumentLayout(new JLineTextMeasure()).block(d.paragraph(1), 80);
            millis[1] = (System.nanoTime() - start) / 1_000_000;
            return lines.subList(0, 24);
        });
        System.out.printf("100 MB single line: read %d ms, wrap %d ms%n", millis[0], millis[1]);
        assertThat(screen.get(0).plain()).startsWith("lorem ipsum \u00e9t\u00e9 dolor \u4e2d\u6587 sit amet lorem");
        JLineTextMeasure measure = new JLineTextMeasure();
        assertThat(screen).allSatisfy(line -> assertThat(measure.width(line.plain())).isBetween(70, 80));
    }

    @Test
    void aHundredMegabyteSingleParagraphOfHtml() throws IOException {
        Path big = dir.resolve("big.html");
        writeHundredMegabytes(big, "<!DOCTYPE html><title>Big</title><p>", "lorem <b>ipsum</b> &eacute;t&eacute; dolor sit amet ");
        Document d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> load(big));

        assertThat(d.title()).isEqualTo("Big");
        assertThat(d.paragraphCount()).isEqualTo(1);
        assertThat(d.paragraph(1).text()).startsWith("lorem ipsum \u00e9t\u00e9 dolor sit amet lorem");
    }

    /** Parsed before it is sanitized: the visible form of U+202E, {@code <U+202E>}, would be read as a tag. */
    @Test
    void escapeSequencesAndBidiControlsInHtmlAreShownVisibly() throws IOException {
        byte[] html = ("<html><head><title>\u001b]2;pwned\u0007</title></head><body>"
                + "<p>\u202eevil\u202c and \u001b[31mred\u009b #</p></body></html>").getBytes(StandardCharsets.UTF_8);
        int hash = new String(html, StandardCharsets.ISO_8859_1).indexOf('#');
        html[hash] = (byte) 0xFF; // not UTF-8

        Document d = load(file("evil.html", html));

        assertNothingRaw(shown(d));
        assertThat(d.title()).isEqualTo("^[]2;pwned^G");
        assertThat(d.paragraph(1).text()).isEqualTo("<U+202E>evil<U+202C> and ^[[31mred<9B> <FF>");
    }

    @Test
    void aFolderListsHtmlDocumentsByTheirTitlesWhateverTheirNames() throws IOException {
        file("guide.htm", "<html><head><title>User guide</title></head><body><h1>Start</h1><p>Go.</p></body></html>");
        file("index", "\n  <!DOCTYPE html>\n<h1>Index page</h1><p>Entries.</p>");
        file("notes.txt", "Notes\n\nPlain.");

        Library library = Library.load("d", List.of(dir.toString()), NO_STDIN);

        assertThat(library.errors()).isEmpty();
        assertThat(library.entries()).extracting(entry -> ((LoadResult.Loaded) entry).document().title())
                .containsExactly("User guide", "Index page", "Notes");
        Document guide = ((LoadResult.Loaded) library.entries().get(0)).document();
        assertThat(guide.blocks()).extracting(Block::kind)
                .containsExactly(pilcrow.core.doc.BlockKind.HEADING, pilcrow.core.doc.BlockKind.PARAGRAPH);
    }

    @Test
    void escapeSequencesAndBidiControlsInTextAreShownVisibly() throws IOException {
        String hostile = "Title \u001b]0;pwned\u0007\n"
                + "red \u001b[31mtext\u001b[0m and \u009b2J clear\n"
                + "user\u202eexe.txt and \u2066isolate\u2069 \u200e\u200f\u061c\u200b zw\n"
                + "bell\u0007 del\u007f bs\u0008 ff\u000c vt\u000b nul-free\n";
        Document d = load(file("hostile.txt", hostile));
        assertThat(d.title()).isEqualTo("Title ^[]0;pwned^G");
        assertThat(texts(d)).containsExactly(
                "red text and <9B>2J clear", // SGR colour is drawn as spans, never sent raw
                "user<U+202E>exe.txt and <U+2066>isolate<U+2069> <U+200E><U+200F><U+061C><U+200B> zw",
                "bell^G del^? bs^H ff^L vt^K nul-free");
        assertNothingRaw(shown(d));
        // C1 as a raw byte (invalid UTF-8) is shown the same way.
        Document raw = load(file("c1.txt", new byte[] {'T', '\n', 'a', (byte) 0x9B, '2', 'J', '\n', 'b'}));
        assertThat(texts(raw)).containsExactly("a<9B>2J", "b");
    }

    @Test
    void escapeSequencesAndBidiControlsInFileNames() throws IOException {
        Path evil = file("evil\u001b[31m\u202e\nname.txt", "only one line.");
        Document d = load(evil);
        assertThat(d.title()).isEqualTo("evil^[[31m<U+202E>^Jname.txt");
        assertNothingRaw(d.title());
        Path shell = file("quote'\"; $(rm -rf x).txt", "only one line.");
        assertThat(load(shell).title()).isEqualTo("quote'\"; $(rm -rf x).txt");
        Library lib = Library.load("d", List.of(dir.toString()), NO_STDIN);
        assertThat(lib.entries()).hasSize(2);
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillLoad() throws IOException {
        Path locked = file("locked.txt", "Secret\ntext\n");
        Path ok = file("ok.txt", "Open\ntext\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions are not enforced (running as root)");
        LoadResult result = DocumentReader.read(FileSource.of(locked));
        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, f -> {
            assertThat(f.binary()).isFalse();
            assertThat(f.message()).isEqualTo("cannot open " + locked + ": permission denied");
        });
        Library lib = Library.load("two", List.of(locked.toString(), ok.toString()), NO_STDIN);
        assertThat(lib.errors()).containsExactly("cannot open " + locked + ": permission denied");
        assertThat(lib.entries()).hasSize(1);
    }

    /** The same path without relying on file permissions (which root ignores). */
    @Test
    void aPermissionErrorFromAnySourceIsOneLine() {
        DocumentSource denied = new DocumentSource() {
            public String name() {
                return "notes\u001b[2J.txt";
            }

            public String fileName() {
                return name();
            }

            public InputStream openRaw() throws IOException {
                throw new java.nio.file.AccessDeniedException(name());
            }

            public long size() {
                return -1;
            }
        };
        assertThat(DocumentReader.read(denied)).isInstanceOfSatisfying(LoadResult.Failed.class, f -> {
            assertThat(f.binary()).isFalse();
            assertThat(f.message()).isEqualTo("cannot open notes\u001b[2J.txt: permission denied");
        });
        Library lib = Library.of("x", List.of(denied));
        assertThat(lib.errors()).containsExactly("cannot open notes\u001b[2J.txt: permission denied");
        assertThat(lib.entries()).isEmpty();
    }

    @Test
    void anUnreadableFolderIsReported() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("closed"));
        file("closed/inside.txt", "x\ny\n");
        file("open.txt", "Open\ntext\n");
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(sub), "permissions are not enforced (running as root)");
            Library lib = Library.load("d", List.of(dir.toString()), NO_STDIN);
            assertThat(lib.errors()).containsExactly("cannot read folder " + sub + ": permission denied");
            assertThat(lib.entries()).hasSize(1);
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = dir.resolve("missing.txt");
        Library lib = Library.load("m", List.of(missing.toString()), NO_STDIN);
        assertThat(lib.errors()).containsExactly("cannot open " + missing + ": no such file or directory");
        assertThat(lib.entries()).isEmpty();
        assertThat(DocumentReader.read(FileSource.of(missing))).isInstanceOfSatisfying(LoadResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("no such file or directory"));
    }

    @Test
    void aDirectoryGivenAsADocumentIsReadAsAFolder() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        file("sub/a.txt", "A\nbody\n");
        LoadResult direct = DocumentReader.read(FileSource.of(sub));
        assertThat(direct).isInstanceOfSatisfying(LoadResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("is a directory"));
        Library lib = Library.load("sub", List.of(sub.toString()), NO_STDIN);
        assertThat(lib.errors()).isEmpty();
        assertThat(lib.entries()).extracting(e -> e.source().name()).containsExactly(sub.resolve("a.txt").toString());
    }

    @Test
    void aFifoGivenAsADocumentIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        file("ok.txt", "Open\ntext\n");
        Library explicit = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                Library.load("f", List.of(fifo.toString(), dir.resolve("ok.txt").toString()),
                        NO_STDIN));
        assertThat(explicit.errors()).containsExactly("cannot open " + fifo + ": not a regular file");
        assertThat(explicit.entries()).hasSize(1);
        // In a folder a FIFO is not a document: skipped, never opened (opening would block).
        Library folder = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                Library.load("d", List.of(dir.toString()), NO_STDIN));
        assertThat(folder.entries()).extracting(e -> e.source().fileName()).containsExactly("ok.txt");
        assertThat(folder.errors()).isEmpty();
    }

    @Test
    void symlinkLoopsInAFolderAreDetected() throws IOException {
        Path lib = Files.createDirectory(dir.resolve("lib"));
        file("lib/a.txt", "A\nbody\n");
        Files.createDirectory(lib.resolve("sub"));
        file("lib/sub/b.txt", "B\nbody\n");
        Files.createSymbolicLink(lib.resolve("sub/up"), lib);            // a link back up the tree
        Files.createSymbolicLink(lib.resolve("self.txt"), lib.resolve("self.txt")); // a link to itself
        Files.createSymbolicLink(lib.resolve("ping"), lib.resolve("pong"));           // two links, each to the other
        Files.createSymbolicLink(lib.resolve("pong"), lib.resolve("ping"));
        Files.createSymbolicLink(lib.resolve("gone.txt"), lib.resolve("missing.txt")); // broken, not a loop
        Library loaded = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                Library.load("lib", List.of(lib.toString()), NO_STDIN));
        assertThat(loaded.entries()).extracting(e -> e.source().name())
                .containsExactly(lib.resolve("a.txt").toString(), lib.resolve("sub/b.txt").toString());
        // Every loop is told, a link to itself as a link to a folder above (issue 17: it was skipped silently).
        assertThat(loaded.errors()).containsExactly(
                "skipping " + lib.resolve("ping") + ": symbolic link loop",
                "skipping " + lib.resolve("pong") + ": symbolic link loop",
                "skipping " + lib.resolve("self.txt") + ": symbolic link loop",
                "skipping " + lib.resolve("sub/up") + ": symbolic link loop");
        Library self = Library.load("self", List.of(lib.resolve("self.txt").toString()), NO_STDIN);
        assertThat(self.errors()).containsExactly(
                "cannot open " + lib.resolve("self.txt") + ": broken symbolic link or link loop");
    }

    @Test
    void foldersAreReadInAStableSortedOrderSkippingHiddenAndNonText() throws IOException {
        Path lib = Files.createDirectory(dir.resolve("lib"));
        for (String name : List.of("b.txt", "a/z.md", "a/y.text", "c.markdown", "B.txt", "noext",
                ".hidden.txt", ".git/config.txt", "d.pdf", "e.txt.gz")) {
            Path path = lib.resolve(name);
            Files.createDirectories(path.getParent());
            if (name.endsWith(".gz")) {
                try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(path))) {
                    out.write("Zipped\ntext\n".getBytes(StandardCharsets.UTF_8));
                }
            } else {
                Files.writeString(path, "Title of " + name + "\nbody\n");
            }
        }
        Files.write(lib.resolve("binary"), new byte[] {1, 0, 2});
        // d.pdf holds text here, and the content decides, not the name (issue 17 item 5).
        List<String> expected = List.of("B.txt", "a/y.text", "a/z.md", "b.txt", "c.markdown", "d.pdf", "e.txt.gz",
                "noext");
        for (int run = 0; run < 3; run++) {
            Library loaded = Library.load("lib", List.of(lib.toString()), NO_STDIN);
            List<String> names = new ArrayList<>();
            loaded.entries().forEach(e -> names.add(lib.relativize(((FileSource) e.source()).path()).toString()));
            assertThat(names).containsExactlyElementsOf(expected);
            assertThat(loaded.errors()).isEmpty();
        }
        Library loaded = Library.load("lib", List.of(lib.toString()), NO_STDIN);
        assertThat(((LoadResult.Loaded) loaded.entries().get(6)).document().title()).isEqualTo("Zipped");
        // A hidden file named explicitly is read.
        assertThat(Library.load("h", List.of(lib.resolve(".hidden.txt").toString()), NO_STDIN)
                .entries()).hasSize(1);
    }

    @Test
    void severalPathsAndStandardInput() throws IOException {
        Path a = file("a.txt", "From a file\nbody\n");
        byte[] stdin = "From stdin\nbody\n".getBytes(StandardCharsets.UTF_8);
        Library lib = Library.load("2 paths", List.of("-", a.toString()), new ByteArrayInputStream(stdin));
        assertThat(lib.entries()).extracting(e -> ((LoadResult.Loaded) e).document().title())
                .containsExactly("From stdin", "From a file");
        assertThat(lib.entries().get(0).source().name()).isEqualTo("(standard input)");
    }

    @Test
    void fiveHundredCombiningMarksOnOneLetter() throws IOException {
        String marks = "\u0301\u0302\u0303\u0304\u0308".repeat(100);
        Document d = load(file("zalgo.txt", "Title\nx" + marks + " y\n"));
        assertThat(d.paragraph(1).text()).hasSize(1 + 500 + 2);
        List<LayoutLine> lines = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                new DocumentLayout(new JLineTextMeasure()).block(d.paragraph(1), 1));
        assertThat(lines).extracting(LayoutLine::text).containsExactly(d.paragraph(1).text().substring(0, 501), "y");
        assertThat(new JLineTextMeasure().width(lines.get(0).text())).isEqualTo(1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void markdownEntitiesThatMakeControlCharactersAreShownVisibly() throws IOException {
        Document d = load(file("evil.md", "# Title &#27;[2J\n\nhello &#27;[31mRED&#x9b; &#x202E;abc &#7;\n"));
        assertThat(d.title()).isEqualTo("Title ^[[2J");
        assertThat(d.paragraph(1).text()).isEqualTo("hello ^[[31mRED<9B> <U+202E>abc ^G");
    }

    @Test
    void charactersBeyondTheBasicPlaneThatLookLikeSurrogatesWhenCutArePrintedAsTheyAre() {
        String signWriting = new String(Character.toChars(0x1D800));
        String cjkExtensionF = new String(Character.toChars(0x2D800));
        assertThat(pilcrow.core.text.Sanitizer.text(signWriting + cjkExtensionF)).isEqualTo(signWriting + cjkExtensionF);
    }
}
