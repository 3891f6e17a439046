package pilcrow.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.Link;
import pilcrow.core.doc.LinkTarget;
import pilcrow.core.doc.TextNormalizer;
import pilcrow.core.text.Sanitizer;

/**
 * An EPUB 2 or 3 book read into one {@link Document}: {@code META-INF/container.xml} names the
 * package document ({@link EpubPackage}), whose spine lists the chapters, each read through the
 * HTML path ({@link HtmlParser#chapter}) in that order. The title is the metadata's, the authors
 * the book's first paragraph. The table of contents (EPUB 3's navigation document, else EPUB 2's
 * NCX) becomes headings: an entry whose place does not start with a heading gets one, so the
 * outline lists every chapter. A link from one chapter to another ({@code ch2.xhtml#sec}) is
 * written as the {@code #anchor} of the heading of the section it lands in, which the reader
 * follows inside the book.
 *
 * <p>Everything is bounded ({@link EpubArchive.Limits}), and a book that breaks a bound, is not
 * an EPUB or is DRM-protected is its own one line: the rest of the library is read as usual.
 */
final class EpubBook {

    private EpubBook() {
    }

    static LoadResult read(FileSource source) {
        return read(source, EpubArchive.Limits.DEFAULT);
    }

    static LoadResult read(FileSource source, EpubArchive.Limits limits) {
        return read(source, limits, false);
    }

    /**
     * The book's opening: its first chapter only, as the whole book begins (the same blocks,
     * numbered the same), for a first paint that does not wait for the rest ({@link #read} reads it).
     * Links from it into later chapters are left as written until then.
     */
    static LoadResult readOpening(FileSource source) {
        return read(source, EpubArchive.Limits.DEFAULT, true);
    }

    private static LoadResult read(FileSource source, EpubArchive.Limits limits, boolean openingOnly) {
        try {
            Path path = source.opener().byName(source.path());
            try (EpubArchive archive = EpubArchive.open(path, limits)) {
                // Opened by name: the name must still lead where it was checked to lead.
                if (!source.opener().byName(source.path()).equals(path)) {
                    throw new EpubArchive.Unreadable("moved while it was opened");
                }
                return new LoadResult.Loaded(source, book(source, archive, limits, openingOnly));
            }
        } catch (EpubArchive.Unreadable e) {
            return new LoadResult.Failed(source, Sanitizer.line(e.getMessage()), false);
        } catch (IOException e) {
            return new LoadResult.Failed(source, DocumentReader.reasonFor(e), false);
        } catch (OutOfMemoryError e) {
            return new LoadResult.Failed(source, "too large to read in the memory pilcrow has", false);
        } catch (RuntimeException | StackOverflowError e) {
            return new LoadResult.Failed(source, "not a readable EPUB (" + e.getClass().getSimpleName() + ")", false);
        }
    }

    private static Document book(FileSource source, EpubArchive archive, EpubArchive.Limits limits, boolean openingOnly)
            throws IOException {
        if (archive.has("META-INF/rights.xml")) {
            throw new EpubArchive.Unreadable("DRM-protected (META-INF/rights.xml)");
        }
        if (!archive.has("META-INF/container.xml")) {
            throw EpubArchive.Unreadable.because("no META-INF/container.xml");
        }
        String opfPath = EpubPackage.rootFile(archive.read("META-INF/container.xml"), limits.depth());
        if (!archive.has(opfPath)) {
            throw EpubArchive.Unreadable.because("no package document " + opfPath);
        }
        EpubPackage book = EpubPackage.read(opfPath, archive.read(opfPath), limits.depth());
        if (book.spine().isEmpty()) {
            throw EpubArchive.Unreadable.because("its spine lists no chapters");
        }
        refuseEncrypted(archive, book, limits);

        List<Part> parts = new ArrayList<>();
        for (String id : openingOnly ? book.spine().subList(0, 1) : book.spine()) {
            parts.add(part(archive, book.manifest().get(id), id));
        }
        List<EpubPackage.TocEntry> toc = tableOfContents(archive, book, limits);
        List<Block> blocks = assemble(book, parts, toc);
        String title = book.title().isEmpty() ? Sanitizer.line(source.fileName()) : Sanitizer.line(book.title());
        return new Document(source.name(), title, blocks, Optional.empty(), Math.max(0, source.size()), false);
    }

    /** A book whose chapters are encrypted (not only its fonts obfuscated) cannot be read: DRM. */
    private static void refuseEncrypted(EpubArchive archive, EpubPackage book, EpubArchive.Limits limits)
            throws IOException {
        if (!archive.has("META-INF/encryption.xml")) {
            return;
        }
        Set<String> encrypted = EpubPackage.encrypted(archive.read("META-INF/encryption.xml"), limits.depth());
        for (String id : book.spine()) {
            EpubPackage.Item item = book.manifest().get(id);
            if (item != null && encrypted.contains(item.path())) {
                throw new EpubArchive.Unreadable("DRM-protected (META-INF/encryption.xml names its chapters)");
            }
        }
    }

    /** One spine item: its chapter, or the note that it is missing. */
    private record Part(String path, HtmlParser.Chapter chapter) {
    }

    private static Part part(EpubArchive archive, EpubPackage.Item item, String id) throws IOException {
        if (item == null || !archive.has(item.path())) {
            String missing = item == null ? "the item " + id : item.path();
            Block note = Block.paragraph(1, Sanitizer.line("(missing from the book: " + missing + ")"));
            return new Part(item == null ? "" : item.path(), new HtmlParser.Chapter("", List.of(note), Map.of()));
        }
        String markup = TextNormalizer.normalize(Decoder.decode(archive.read(item.path())));
        return new Part(item.path(), HtmlParser.chapter(markup, item.isXml()));
    }

    /** The navigation document's {@code toc} (EPUB 3), else the NCX (EPUB 2), else none. */
    private static List<EpubPackage.TocEntry> tableOfContents(EpubArchive archive, EpubPackage book,
                                                              EpubArchive.Limits limits) throws IOException {
        for (EpubPackage.Item item : book.manifest().values()) {
            if (item.isNav() && archive.has(item.path())) {
                List<EpubPackage.TocEntry> entries = nav(item.path(), archive.read(item.path()));
                if (!entries.isEmpty()) {
                    return entries;
                }
            }
        }
        EpubPackage.Item ncx = book.manifest().get(book.ncxId());
        if (ncx == null) {
            ncx = book.manifest().values().stream().filter(EpubPackage.Item::isNcx).findFirst().orElse(null);
        }
        if (ncx != null && archive.has(ncx.path())) {
            return EpubPackage.ncx(ncx.path(), archive.read(ncx.path()), limits.depth());
        }
        return List.of();
    }

    /** EPUB 3's navigation document: the {@code nav} of type {@code toc} (else the first), its nested list's links. */
    private static List<EpubPackage.TocEntry> nav(String navPath, byte[] bytes) {
        org.jsoup.nodes.Document page = Jsoup.parse(TextNormalizer.normalize(Decoder.decode(bytes)), "",
                Parser.xmlParser());
        Element nav = null;
        for (Element candidate : page.select("nav")) {
            if ((" " + candidate.attr("epub:type") + " ").contains(" toc ")) {
                nav = candidate;
                break;
            }
            if (nav == null) {
                nav = candidate;
            }
        }
        List<EpubPackage.TocEntry> entries = new ArrayList<>();
        if (nav != null) {
            Element list = nav.selectFirst("ol, ul");
            if (list != null) {
                navList(navPath, list, 1, entries);
            }
        }
        return entries;
    }

    private static void navList(String navPath, Element list, int depth, List<EpubPackage.TocEntry> entries) {
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            Element link = item.selectFirst("> a[href]");
            if (link != null) {
                String href = link.attr("href");
                String path = EpubPackage.resolve(navPath, href);
                if (path != null) {
                    entries.add(new EpubPackage.TocEntry(link.text().strip(), path, EpubPackage.fragment(href), depth));
                }
            }
            for (Element inner : item.children()) {
                if (inner.normalName().equals("ol") || inner.normalName().equals("ul")) {
                    navList(navPath, inner, depth + 1, entries);
                }
            }
        }
    }

    /**
     * The chapters' blocks in spine order, the authors first, a heading added where a table of
     * contents entry lands on something else, links between chapters resolved, all numbered.
     */
    private static List<Block> assemble(EpubPackage book, List<Part> parts, List<EpubPackage.TocEntry> toc) {
        Map<String, Integer> chapterOf = new HashMap<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            chapterOf.put(parts.get(i).path(), i); // the first, when the spine lists one twice
        }
        // Headings to add, by chapter and the index of the block they go before.
        Map<Integer, Map<Integer, List<Block>>> added = new HashMap<>();
        for (EpubPackage.TocEntry entry : toc) {
            Integer chapter = chapterOf.get(entry.path());
            if (chapter == null || entry.label().isEmpty()) {
                continue;
            }
            HtmlParser.Chapter part = parts.get(chapter).chapter();
            int at = part.ids().getOrDefault(entry.fragment(), 0);
            List<Block> before = added.computeIfAbsent(chapter, c -> new HashMap<>()).computeIfAbsent(at,
                    a -> new ArrayList<>());
            boolean headed = at < part.blocks().size() && part.blocks().get(at).kind() == BlockKind.HEADING;
            if (!headed && before.isEmpty()) {
                before.add(new Block(0, BlockKind.HEADING, Math.min(entry.depth(), 6), "", Sanitizer.line(entry.label())));
            }
        }

        List<Block> blocks = new ArrayList<>();
        if (!book.creators().isEmpty()) {
            blocks.add(Block.paragraph(0, Sanitizer.line("by " + String.join(", ", book.creators()))));
        }
        int[][] placed = new int[parts.size()][];
        for (int c = 0; c < parts.size(); c++) {
            List<Block> chapter = parts.get(c).chapter().blocks();
            Map<Integer, List<Block>> headings = added.getOrDefault(c, Map.of());
            placed[c] = new int[chapter.size() + 1];
            for (int j = 0; j <= chapter.size(); j++) {
                blocks.addAll(headings.getOrDefault(j, List.of()));
                placed[c][j] = blocks.size();
                if (j < chapter.size()) {
                    blocks.add(chapter.get(j));
                }
            }
        }
        return numberedWithLinks(blocks, parts, chapterOf, placed);
    }

    /**
     * The blocks numbered from 1, each link into the book written as the anchor of the heading
     * whose section it lands in (a link to a place before any heading, or outside the book, as written).
     */
    private static List<Block> numberedWithLinks(List<Block> blocks, List<Part> parts, Map<String, Integer> chapterOf,
                                                 int[][] placed) {
        SectionAnchors sections = new SectionAnchors(blocks);

        // Which chapter each block came from, to resolve its links against that chapter's path.
        int[] chapterAt = new int[blocks.size()];
        for (int c = 0; c < parts.size(); c++) {
            int end = c + 1 < parts.size() ? placed[c + 1][0] : blocks.size();
            for (int i = placed[c][0]; i < end; i++) {
                chapterAt[i] = c;
            }
        }

        List<Block> numbered = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            List<Link> links = block.links();
            if (!links.isEmpty() && !parts.isEmpty()) {
                List<Link> resolved = new ArrayList<>(links.size());
                for (Link link : links) {
                    int target = landing(link.target(), parts, chapterOf, placed, parts.get(chapterAt[i]).path());
                    String anchor = target < 0 ? null : sections.linkTo(target);
                    resolved.add(anchor == null ? link : new Link(link.start(), link.end(), anchor));
                }
                links = resolved;
            }
            numbered.add(new Block(i + 1, block.kind(), block.level(), block.marker(), block.text(), block.rows(), links));
        }
        return numbered;
    }

    /** The index of the block a link made in the chapter at {@code from} lands on, or -1 when it leads out of the book. */
    private static int landing(String target, List<Part> parts, Map<String, Integer> chapterOf, int[][] placed,
                               String from) {
        if (LinkTarget.of(target).kind() == LinkTarget.Kind.EXTERNAL || from.isEmpty()) {
            return -1;
        }
        String path = EpubPackage.resolve(from, target);
        Integer chapter = path == null ? null : chapterOf.get(path);
        if (chapter == null) {
            return -1;
        }
        int local = parts.get(chapter).chapter().ids().getOrDefault(EpubPackage.fragment(target), 0);
        return placed[chapter][Math.min(local, placed[chapter].length - 1)];
    }
}
