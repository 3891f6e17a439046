package pilcrow.source;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML an EPUB describes itself in, read with StAX with DTDs and external entities off, so a
 * DOCTYPE is skipped, an entity it declares is never expanded (billion laughs) and no file or URL
 * it names is read (XXE): such a reference is dropped from the text. Element names are compared
 * without their namespace prefix, as books write {@code dc:}, {@code opf:} or none.
 *
 * @param title    the first {@code dc:title}, as written ("" for none)
 * @param creators every {@code dc:creator}, in order
 * @param manifest the items by id
 * @param spine    the ids of the chapters, in reading order
 * @param ncxId    the spine's {@code toc} (EPUB 2's NCX), or ""
 */
record EpubPackage(String title, List<String> creators, Map<String, Item> manifest, List<String> spine,
                   String ncxId) {

    /**
     * @param path       the entry's path in the archive (resolved against the package's folder)
     * @param mediaType  as the manifest says
     * @param properties EPUB 3's properties ({@code nav} for the navigation document)
     */
    record Item(String path, String mediaType, String properties) {

        boolean isNav() {
            return (" " + properties + " ").contains(" nav ");
        }

        boolean isNcx() {
            return mediaType.equals("application/x-dtbncx+xml");
        }

        /** XHTML is XML; only {@code text/html} (some EPUB 2 books) is read as HTML. */
        boolean isXml() {
            return !mediaType.equals("text/html");
        }
    }

    /** A table of contents entry: where it points (an entry of the archive and a fragment), and how deep it is (from 1). */
    record TocEntry(String label, String path, String fragment, int depth) {
    }

    /** The package document's path, from {@code META-INF/container.xml}'s first rootfile. */
    static String rootFile(byte[] container, int maxDepth) throws EpubArchive.Unreadable {
        String[] found = {""};
        walk("META-INF/container.xml", container, maxDepth, (reader, path) -> {
            if (found[0].isEmpty() && reader.getLocalName().equals("rootfile")) {
                found[0] = attribute(reader, "full-path");
            }
        }, null);
        if (found[0].isEmpty()) {
            throw EpubArchive.Unreadable.because("META-INF/container.xml names no package document");
        }
        return resolve("", found[0]);
    }

    /** The package document at {@code opfPath} read. */
    static EpubPackage read(String opfPath, byte[] opf, int maxDepth) throws EpubArchive.Unreadable {
        StringBuilder title = new StringBuilder();
        boolean[] titleDone = {false};
        List<String> creators = new ArrayList<>();
        Map<String, Item> manifest = new HashMap<>();
        List<String> spine = new ArrayList<>();
        String[] ncx = {""};
        walk(opfPath, opf, maxDepth, (reader, path) -> {
            switch (reader.getLocalName()) {
                case "item" -> {
                    String id = attribute(reader, "id");
                    String href = resolve(opfPath, attribute(reader, "href"));
                    if (!id.isEmpty() && href != null) {
                        manifest.putIfAbsent(id, new Item(href, attribute(reader, "media-type").strip(),
                                attribute(reader, "properties")));
                    }
                }
                case "itemref" -> spine.add(attribute(reader, "idref"));
                case "spine" -> ncx[0] = attribute(reader, "toc");
                default -> {
                }
            }
        }, (element, text) -> {
            if (element.equals("title") && !titleDone[0]) {
                title.append(collapsed(text));
                titleDone[0] = true;
            } else if (element.equals("creator") && !text.isBlank()) {
                creators.add(collapsed(text));
            }
        });
        return new EpubPackage(title.toString().strip(), List.copyOf(creators), Map.copyOf(manifest), List.copyOf(spine),
                ncx[0]);
    }

    /** The NCX's navigation points (EPUB 2's table of contents), in order, each as deep as it is nested. */
    static List<TocEntry> ncx(String ncxPath, byte[] ncx, int maxDepth) throws EpubArchive.Unreadable {
        List<TocEntry> entries = new ArrayList<>();
        Deque<StringBuilder> labels = new ArrayDeque<>();
        walkNcx(ncxPath, ncx, maxDepth, entries, labels);
        return entries;
    }

    private static void walkNcx(String ncxPath, byte[] ncx, int maxDepth, List<TocEntry> entries,
                                Deque<StringBuilder> labels) throws EpubArchive.Unreadable {
        try {
            XMLStreamReader reader = reader(ncx);
            int depth = 0;
            boolean inLabel = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth = deeper(ncxPath, depth, maxDepth);
                    switch (reader.getLocalName()) {
                        case "navPoint" -> labels.push(new StringBuilder());
                        case "navLabel" -> inLabel = true;
                        case "content" -> {
                            String target = attribute(reader, "src");
                            String path = resolve(ncxPath, target);
                            if (!labels.isEmpty() && path != null) {
                                entries.add(new TocEntry(labels.peek().toString().strip(), path, fragment(target),
                                        labels.size()));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    switch (reader.getLocalName()) {
                        case "navPoint" -> labels.pop();
                        case "navLabel" -> inLabel = false;
                        default -> {
                        }
                    }
                } else if (inLabel && !labels.isEmpty() && isText(event)) {
                    labels.peek().append(reader.getText());
                }
            }
        } catch (TooDeep e) {
            throw EpubArchive.Unreadable.because(e.getMessage());
        } catch (XMLStreamException | RuntimeException e) {
            throw EpubArchive.Unreadable.because("bad XML in " + ncxPath);
        }
    }

    /**
     * The entries {@code META-INF/encryption.xml} says are encrypted, but for fonts obfuscated as
     * the format allows (IDPF's and Adobe's algorithms), which every reader undoes.
     */
    static Set<String> encrypted(byte[] encryption, int maxDepth) throws EpubArchive.Unreadable {
        Set<String> paths = new LinkedHashSet<>();
        String[] algorithm = {""};
        walk("META-INF/encryption.xml", encryption, maxDepth, (reader, path) -> {
            switch (reader.getLocalName()) {
                case "EncryptedData" -> algorithm[0] = "";
                case "EncryptionMethod" -> algorithm[0] = attribute(reader, "Algorithm");
                case "CipherReference" -> {
                    String target = resolve("", attribute(reader, "URI"));
                    boolean fontObfuscation = algorithm[0].equals("http://www.idpf.org/2008/embedding")
                            || algorithm[0].equals("http://ns.adobe.com/pdf/enc#RC");
                    if (target != null && !fontObfuscation) {
                        paths.add(target);
                    }
                }
                default -> {
                }
            }
        }, null);
        return paths;
    }

    /** What a walk does at each element's start. */
    private interface Starts {
        void start(XMLStreamReader reader, String path);
    }

    /** What a walk does with an element's text, at its end. */
    private interface Texts {
        void text(String element, String text);
    }

    /**
     * Reads {@code xml} through, calling {@code starts} at each element and {@code texts} (when
     * given) with each element's own text at its end; more than {@code maxDepth} elements open
     * at once, or XML that is not well formed, is the book's problem.
     */
    private static void walk(String path, byte[] xml, int maxDepth, Starts starts, Texts texts)
            throws EpubArchive.Unreadable {
        try {
            XMLStreamReader reader = reader(xml);
            Deque<StringBuilder> open = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    deeper(path, open.size(), maxDepth);
                    open.push(new StringBuilder());
                    starts.start(reader, path);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    StringBuilder text = open.pop();
                    if (texts != null) {
                        texts.text(reader.getLocalName(), text.toString());
                    }
                } else if (isText(event) && !open.isEmpty() && open.peek().length() < 64 * 1024) {
                    open.peek().append(reader.getText());
                }
            }
        } catch (TooDeep e) {
            throw EpubArchive.Unreadable.because(e.getMessage());
        } catch (XMLStreamException | RuntimeException e) {
            throw EpubArchive.Unreadable.because("bad XML in " + path);
        }
    }

    private static int deeper(String path, int depth, int maxDepth) {
        if (depth >= maxDepth) {
            throw new TooDeep(path + " nests elements more than " + maxDepth + " deep");
        }
        return depth + 1;
    }

    /** XML nested past the bound, told as such rather than as bad XML. */
    private static final class TooDeep extends RuntimeException {
        TooDeep(String message) {
            super(message, null, false, false);
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /**
     * A reader that skips any DTD and leaves entity references unexpanded (they arrive as events
     * of their own, which the walks ignore): an entity declared in the document is neither
     * expanded nor an error, and nothing outside the bytes is read.
     */
    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** Metadata as one line: runs of white space (and the gap a dropped entity leaves) one space. */
    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** The fragment of a reference ({@code #sec}), decoded, or "". */
    static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? "" : decoded(href.substring(hash + 1));
    }

    /**
     * A reference made in the entry {@code base} (a path in the archive) to another entry: its
     * path in the archive, the fragment and query dropped, percent escapes decoded, {@code .} and
     * {@code ..} resolved; null for a URL with a scheme, or a path leading above the archive's root.
     */
    static String resolve(String base, String href) {
        String bare = href.strip();
        int cut = bare.length();
        for (char stop : new char[] {'#', '?'}) {
            int at = bare.indexOf(stop);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        bare = decoded(bare.substring(0, cut));
        if (bare.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
        String joined = bare.startsWith("/") ? bare.substring(1) : folder + bare;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? (bare.isEmpty() ? base : null) : String.join("/", parts);
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
