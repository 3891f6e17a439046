package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.testing.Epubs;

/**
 * Hostile books (issue 21): each is its own one line, or reads safely, and the rest of the library
 * is read. The fixtures are made here, small, in a temporary folder.
 */
class HostileEpubTest {

    private static final String BILLION_LAUGHS = "<!DOCTYPE package [\n<!ENTITY lol \"lol\">\n"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "<!ENTITY xxe SYSTEM \"file://%s\">\n]>\n";

    @TempDir
    Path dir;

    private LoadResult read(Path file) {
        return DocumentReader.read(FileSource.of(file));
    }

    private static String reason(LoadResult result) {
        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        String message = ((LoadResult.Failed) result).message();
        assertThat(message).doesNotContain("\n").doesNotContain("\u001b");
        return ((LoadResult.Failed) result).reason();
    }

    private static Document document(LoadResult result) {
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).document();
    }

    /** A secret beside the book, which an external entity would read. */
    private Path secret() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        Path book = dir.resolve("bomb.epub");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(book))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            Epubs.writeMimetype(zip);
            zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
            for (int i = 0; i < 32; i++) { // 32 MiB of zeros in about 32 KiB
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(book)).isLessThan(1 << 20);

        assertThat(reason(read(book))).isEqualTo(
                "not a readable EPUB: META-INF/container.xml expands more than 100 times (a zip bomb?)");
    }

    /** Many entries each within the ratio still meet the bound on all of them together. */
    @Test
    void entriesTogetherAreBoundedToo() throws IOException {
        EpubArchive.Limits limits = new EpubArchive.Limits(10_000, 1 << 20, 2 << 20, 100, 1 << 20, 64);
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 600_000; i++) {
            body.append("<p>Paragraph ").append(i).append(" of a long chapter.</p>");
        }
        Epubs.Book book = Epubs.epub3();
        for (int c = 0; c < 5; c++) {
            book.chapter("c" + c + ".xhtml", "Chapter " + c, body.toString());
        }
        Path file = book.writeTo(dir.resolve("long.epub"));

        assertThat(reason(EpubBook.read(FileSource.of(file), limits))).isEqualTo(
                "not a readable EPUB: its entries expand past 2 MiB");
        assertThat(EpubBook.read(FileSource.of(file), EpubArchive.Limits.DEFAULT)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void aHundredThousandEntriesAreRefusedAndTheRestOfTheLibraryIsRead() throws IOException {
        Path book = dir.resolve("many.epub");
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(book)))) {
            Epubs.writeMimetype(zip);
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (int i = 0; i < 100_000; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
                zip.closeEntry();
            }
        }
        Files.writeString(dir.resolve("notes.txt"), "Notes\n\nStill here.\n");

        Library library = Library.load("d", List.of(dir.toString()), java.io.InputStream.nullInputStream());

        assertThat(library.errors()).containsExactly(
                "cannot open " + book + ": not a readable EPUB: more than 10000 entries in the archive");
        assertThat(library.entries()).hasSize(1);
    }

    @Test
    void entitiesInThePackageDocumentAreNeitherExpandedNorFetched() throws IOException {
        String opf = "<?xml version=\"1.0\"?>\n" + String.format(BILLION_LAUGHS, secret())
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Laughs &lol9; and &xxe;</dc:title>"
                + "<dc:creator>&xxe;Eve</dc:creator></metadata>"
                + "<manifest><item id=\"c\" href=\"c.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c\"/></spine></package>";
        Path file = Epubs.epub3().chapter("c.xhtml", "C", "<p>Plain text.</p>").entry("OEBPS/content.opf", opf)
                .writeTo(dir.resolve("laughs.epub"));

        Document book = document(read(file));

        assertThat(book.title()).isEqualTo("Laughs and");
        assertThat(book.blocks()).extracting(Block::text).containsExactly("by Eve", "Plain text.");
    }

    @Test
    void entitiesInAChapterAreNeitherExpandedNorFetched() throws IOException {
        String chapter = "<?xml version=\"1.0\"?>\n" + String.format(BILLION_LAUGHS, secret()).replace("package", "html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head>"
                + "<body><p>Laughs &lol9; and &xxe; here.</p><p>After.</p></body></html>";
        Path file = Epubs.epub3().chapter("c.xhtml", "C", "").entry("OEBPS/c.xhtml", chapter)
                .writeTo(dir.resolve("laughs.epub"));

        Document book = document(read(file));

        String all = String.join("\n", book.blocks().stream().map(Block::text).toList());
        assertThat(all).doesNotContain("lollol").doesNotContain("TOPSECRET").contains("After.");
        assertThat(all.length()).isLessThan(200);
    }

    /** XML 1.1 lets the metadata hold controls as character references; XHTML's text holds them as they are. */
    @Test
    void escapeSequencesInTheTitleAuthorAndTextAreShownVisibly() throws IOException {
        Path file = Epubs.epub3().xmlVersion("1.1").title("Evil &#x1b;]0;pwned&#x7; title").authors("Eve &#x9b;31m")
                .chapter("c.xhtml", "Bad label", "<p>Text \u001b[31mred&#x1b;[0m \u202e done.</p>")
                .writeTo(dir.resolve("escapes.epub"));

        Document book = document(read(file));

        assertThat(book.title()).isEqualTo("Evil ^[]0;pwned^G title");
        assertThat(book.blocks()).extracting(Block::text).containsExactly(
                "by Eve <9B>31m", "Bad label", "Text ^[[31mred^[[0m <U+202E> done.");
    }

    /** In XML 1.0 a control is no character at all: the book is one line, which shows nothing raw. */
    @Test
    void aRawEscapeInXml10MetadataIsOneLine() throws IOException {
        Path file = Epubs.epub3().title("Evil \u001b]0;pwned\u0007").chapter("c.xhtml", "C", "<p>Text.</p>")
                .writeTo(dir.resolve("raw.epub"));

        assertThat(reason(read(file))).isEqualTo("not a readable EPUB: bad XML in OEBPS/content.opf");
    }

    @Test
    void aMissingSpineItemIsANoteInItsPlace() throws IOException {
        Path file = Epubs.sample(Epubs.epub3()).withoutFile("ch2.xhtml").writeTo(dir.resolve("gap.epub"));

        Document book = document(read(file));

        assertThat(book.blocks()).extracting(Block::text).containsSubsequence(
                "See the harbour later.", "Interlude", "(missing from the book: OEBPS/ch2.xhtml)", "The End");
    }

    @Test
    void aBookWhoseChaptersAreEncryptedIsDrmProtected() throws IOException {
        String encryption = "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                + "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"
                + "<enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>"
                + "<enc:CipherData><enc:CipherReference URI=\"OEBPS/ch1.xhtml\"/></enc:CipherData>"
                + "</enc:EncryptedData></encryption>";
        Path locked = Epubs.sample(Epubs.epub3()).entry("META-INF/encryption.xml", encryption)
                .writeTo(dir.resolve("locked.epub"));
        Path adobe = Epubs.sample(Epubs.epub3()).entry("META-INF/rights.xml", "<rights/>")
                .writeTo(dir.resolve("adobe.epub"));

        assertThat(((LoadResult.Failed) read(locked)).message())
                .isEqualTo("cannot open " + locked + ": DRM-protected (META-INF/encryption.xml names its chapters)");
        assertThat(reason(read(adobe))).isEqualTo("DRM-protected (META-INF/rights.xml)");
    }

    /** Fonts obfuscated as the format allows are no DRM: the book reads. */
    @Test
    void obfuscatedFontsAloneAreNoDrm() throws IOException {
        String encryption = "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
                + "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"
                + "<enc:EncryptionMethod Algorithm=\"http://www.idpf.org/2008/embedding\"/>"
                + "<enc:CipherData><enc:CipherReference URI=\"OEBPS/font.otf\"/></enc:CipherData>"
                + "</enc:EncryptedData></encryption>";
        Path file = Epubs.sample(Epubs.epub3()).entry("META-INF/encryption.xml", encryption)
                .writeTo(dir.resolve("fonts.epub"));

        assertThat(document(read(file)).title()).isEqualTo("A Test Book");
    }

    @Test
    void malformedBooksGetOneLineEach() throws IOException {
        Path notZip = Files.writeString(dir.resolve("text.epub"), "just text, no archive");
        Path noContainer = dir.resolve("empty.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noContainer))) {
            Epubs.writeMimetype(zip);
        }
        Path badOpf = Epubs.sample(Epubs.epub3()).entry("OEBPS/content.opf", "<package><metadata>")
                .writeTo(dir.resolve("bad.epub"));
        Path noSpine = Epubs.sample(Epubs.epub3()).entry("OEBPS/content.opf", "<package><spine/></package>")
                .writeTo(dir.resolve("nospine.epub"));
        StringBuilder deep = new StringBuilder();
        deep.append("<container><rootfiles>").append("<x>".repeat(100)).append("</container>");
        Path deepXml = Epubs.sample(Epubs.epub3()).entry("META-INF/container.xml", deep.toString())
                .writeTo(dir.resolve("deep.epub"));

        assertThat(reason(read(notZip))).isEqualTo("not a readable EPUB: not a zip archive");
        assertThat(reason(read(noContainer))).isEqualTo("not a readable EPUB: no META-INF/container.xml");
        assertThat(reason(read(badOpf))).isEqualTo("not a readable EPUB: bad XML in OEBPS/content.opf");
        assertThat(reason(read(noSpine))).isEqualTo("not a readable EPUB: its spine lists no chapters");
        assertThat(reason(read(deepXml))).isEqualTo(
                "not a readable EPUB: META-INF/container.xml nests elements more than 64 deep");
    }

    /** A book given as standard input (or gzipped) is not read from a temporary copy: one line says why. */
    @Test
    void aBookPipedInIsOneLine() throws IOException {
        byte[] bytes = Epubs.sample(Epubs.epub3()).bytes();

        LoadResult result = DocumentReader.fromBytes(new StreamSource(new java.io.ByteArrayInputStream(bytes)), bytes);

        assertThat(reason(result)).isEqualTo("an EPUB book, which pilcrow reads from its own file");
    }

    /** An entry name climbing out of the archive leads nowhere: the chapter is missing, nothing else is read. */
    @Test
    void aManifestPathClimbingOutOfTheArchiveIsMissing() throws IOException {
        String opf = "<package version=\"3.0\"><metadata/><manifest>"
                + "<item id=\"c\" href=\"../../../etc/passwd\" media-type=\"application/xhtml+xml\"/>"
                + "<item id=\"d\" href=\"d.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c\"/><itemref idref=\"d\"/></spine></package>";
        Path file = Epubs.epub3().chapter("d.xhtml", "D", "<p>Dee.</p>").entry("OEBPS/content.opf", opf)
                .writeTo(dir.resolve("climb.epub"));

        assertThat(document(read(file)).blocks()).extracting(Block::text)
                .containsExactly("(missing from the book: the item c)", "Dee.");
    }
}
