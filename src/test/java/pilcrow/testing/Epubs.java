package pilcrow.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * EPUB books made in tests, small: a {@link Book} of chapters written as an EPUB 2 (with an NCX)
 * or EPUB 3 (with a navigation document), and any entry replaced or added to make it hostile.
 */
public final class Epubs {

    private Epubs() {
    }

    /** A chapter: its file name (beside the package document) and its XHTML body. */
    public record Chapter(String file, String body) {
    }

    /** A book to write: its metadata, chapters and table of contents labels (one a chapter). */
    public static final class Book {
        private final int version;
        private String title = "A Test Book";
        private String xmlVersion = "1.0";
        private final List<String> authors = new ArrayList<>(List.of("Ada Writer"));
        private final List<Chapter> chapters = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        /** Entries written instead of (or besides) the book's own, by path. */
        private final Map<String, byte[]> replaced = new LinkedHashMap<>();
        private final List<String> missing = new ArrayList<>();

        private Book(int version) {
            this.version = version;
        }

        public Book title(String title) {
            this.title = title;
            return this;
        }

        /** The package document's XML version: 1.1 allows character references to controls ({@code &#x1b;}). */
        public Book xmlVersion(String version) {
            this.xmlVersion = version;
            return this;
        }

        public Book authors(String... authors) {
            this.authors.clear();
            this.authors.addAll(List.of(authors));
            return this;
        }

        /** A chapter with its table of contents label. */
        public Book chapter(String file, String label, String body) {
            chapters.add(new Chapter(file, body));
            labels.add(label);
            return this;
        }

        /** An entry of the archive written as {@code bytes}, instead of the book's own at that path. */
        public Book entry(String path, byte[] bytes) {
            replaced.put(path, bytes);
            return this;
        }

        public Book entry(String path, String text) {
            return entry(path, text.getBytes(StandardCharsets.UTF_8));
        }

        /** A chapter listed in the manifest and spine but left out of the archive. */
        public Book withoutFile(String file) {
            missing.add("OEBPS/" + file);
            return this;
        }

        public byte[] bytes() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(bytes);
            return bytes.toByteArray();
        }

        public Path writeTo(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out);
            }
            return file;
        }

        private void write(OutputStream target) throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("META-INF/container.xml", utf8(CONTAINER));
            entries.put("OEBPS/content.opf", utf8(opf()));
            entries.put(version == 3 ? "OEBPS/nav.xhtml" : "OEBPS/toc.ncx", utf8(version == 3 ? nav() : ncx()));
            for (Chapter chapter : chapters) {
                entries.put("OEBPS/" + chapter.file(), utf8(xhtml(chapter.file(), chapter.body())));
            }
            entries.putAll(replaced);
            missing.forEach(entries::remove);
            try (ZipOutputStream zip = new ZipOutputStream(target)) {
                writeMimetype(zip);
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
        }

        private String opf() {
            StringBuilder manifest = new StringBuilder();
            StringBuilder spine = new StringBuilder();
            for (int i = 0; i < chapters.size(); i++) {
                manifest.append("<item id=\"c").append(i).append("\" href=\"").append(chapters.get(i).file())
                        .append("\" media-type=\"application/xhtml+xml\"/>\n");
                spine.append("<itemref idref=\"c").append(i).append("\"/>\n");
            }
            manifest.append(version == 3
                    ? "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                    : "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
            StringBuilder creators = new StringBuilder();
            authors.forEach(a -> creators.append("<dc:creator>").append(a).append("</dc:creator>\n"));
            return "<?xml version=\"" + xmlVersion + "\" encoding=\"UTF-8\"?>\n"
                    + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"" + version + ".0\" unique-identifier=\"id\">\n"
                    + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                    + "<dc:identifier id=\"id\">urn:test:1</dc:identifier>\n<dc:title>" + title + "</dc:title>\n"
                    + creators + "<dc:language>en</dc:language>\n</metadata>\n"
                    + "<manifest>\n" + manifest + "</manifest>\n"
                    + "<spine" + (version == 3 ? "" : " toc=\"ncx\"") + ">\n" + spine + "</spine>\n</package>\n";
        }

        private String nav() {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < chapters.size(); i++) {
                items.append("<li><a href=\"").append(chapters.get(i).file()).append("\">").append(labels.get(i))
                        .append("</a></li>\n");
            }
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">\n"
                    + "<head><title>Contents</title></head><body>\n"
                    + "<nav epub:type=\"toc\"><h1>Contents</h1><ol>\n" + items + "</ol></nav>\n"
                    + "<nav epub:type=\"landmarks\"><ol><li><a href=\"" + chapters.get(0).file() + "\">Start</a></li></ol></nav>\n"
                    + "</body></html>\n";
        }

        private String ncx() {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < chapters.size(); i++) {
                points.append("<navPoint id=\"p").append(i).append("\" playOrder=\"").append(i + 1).append("\">")
                        .append("<navLabel><text>").append(labels.get(i)).append("</text></navLabel>")
                        .append("<content src=\"").append(chapters.get(i).file()).append("\"/></navPoint>\n");
            }
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!DOCTYPE ncx PUBLIC \"-//NISO//DTD ncx 2005-1//EN\" \"http://www.daisy.org/z3986/2005/ncx-2005-1.dtd\">\n"
                    + "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n"
                    + "<head/><docTitle><text>" + title + "</text></docTitle>\n<navMap>\n" + points + "</navMap>\n</ncx>\n";
        }
    }

    public static Book epub3() {
        return new Book(3);
    }

    public static Book epub2() {
        return new Book(2);
    }

    /** A book of three chapters: the first and third start with a heading, the second does not. */
    public static Book sample(Book book) {
        return book
                .chapter("ch1.xhtml", "Chapter One", "<h1>The Start</h1><p>It was a bright morning in the valley.</p>"
                        + "<p>See <a href=\"ch3.xhtml#harbour\">the harbour</a> later.</p>")
                .chapter("ch2.xhtml", "Interlude", "<p>A quiet paragraph without a heading, about lanterns.</p>"
                        + "<p><img src=\"map.png\" alt=\"A map of the valley\"/></p>")
                .chapter("ch3.xhtml", "Chapter Three", "<h1>The End</h1><p>Night came.</p>"
                        + "<h2 id=\"harbour\">The Harbour</h2><p>Boats rocked at the quay.</p>");
    }

    /** An XHTML page with {@code body}. */
    public static String xhtml(String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + title + "</title></head>\n<body>"
                + body + "</body></html>\n";
    }

    static final String CONTAINER = "<?xml version=\"1.0\"?>\n"
            + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
            + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
            + "</rootfiles>\n</container>\n";

    /** The first entry, stored (not compressed) as the format asks, so the signature is at the file's start. */
    public static void writeMimetype(ZipOutputStream zip) throws IOException {
        byte[] type = utf8("application/epub+zip");
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(type.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        mimetype.setCrc(crc.getValue());
        zip.putNextEntry(mimetype);
        zip.write(type);
        zip.closeEntry();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
