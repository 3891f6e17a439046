package pilcrow.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.Link;
import pilcrow.core.find.WordBytes;
import pilcrow.core.text.Sanitizer;

/**
 * HTML to a {@link Document} with jsoup, in the blocks Markdown makes ({@link MarkdownParser}):
 * headings, paragraphs, list items with their markers and nesting, quotes, {@code pre} as code,
 * tables with their cells; links kept with their targets as written, images as their alt text.
 * Scripts, styles, forms and the page's navigation chrome are dropped. The title is the
 * {@code <title>}, else the first heading.
 *
 * <p>jsoup decodes entities, so {@code &#27;} becomes a real ESC: every text that comes out of it
 * is sanitized again here. Nesting is bounded by jsoup itself, which (as browsers do) keeps at most
 * 512 elements open, so the walk here recurses at most that deep; a list or quote level is capped
 * further, as no screen can indent hundreds of levels.
 */
public final class HtmlParser {

    /** Deeper lists and quotes are shown at this level: a screen has no room for more. */
    static final int MAX_LEVEL = 10;

    /** Never shown: code, styling, forms, embedded objects, and the document's head. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "nav",
            "form", "button", "select", "textarea", "input", "iframe", "object", "embed", "svg", "canvas", "audio",
            "video");
    /** Navigation chrome by role, and by the classes of the generators of most manuals (DocBook, Sphinx). */
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search");
    private static final Set<String> CHROME_CLASSES = Set.of("navheader", "navfooter", "headerlink", "sphinxsidebar",
            "related", "footer");
    /** Elements that start and end a block of their own; everything else is inline. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "body", "center", "details",
            "dialog", "div", "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "hr", "html",
            "legend", "main", "p", "section", "summary", "caption");

    /** Elements the walk makes blocks of in their own way (see {@code Walker.node}). */
    private static final Set<String> OWN_BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol",
            "menu", "dir", "li", "dl", "dd", "blockquote", "table");

    /** Blocks a data table's cell does not hold: one that does lays out a page. */
    private static final String LAYOUT_BLOCKS = "p, div, pre, ul, ol, dl, table, blockquote, h1, h2, h3, h4, h5, h6";

    private HtmlParser() {
    }

    /**
     * Whether a text is HTML by its content: after white space (the decoder has dropped a byte-order
     * mark), and an XML declaration, it starts with {@code <!DOCTYPE html} or {@code <html}.
     */
    public static boolean looksLikeHtml(CharSequence text) {
        int i = skipSpace(text, 0);
        if (startsWithIgnoringCase(text, i, "<?xml")) {
            int close = indexOf(text, "?>", i, 1024);
            if (close < 0) {
                return false;
            }
            i = skipSpace(text, close + 2);
        }
        if (startsWithIgnoringCase(text, i, "<!doctype")) {
            int name = skipSpace(text, i + "<!doctype".length());
            return name > i + "<!doctype".length() && startsWithIgnoringCase(text, name, "html")
                    && endsName(text, name + "html".length());
        }
        return startsWithIgnoringCase(text, i, "<html") && endsName(text, i + "<html".length());
    }

    /** As {@link #looksLikeHtml(CharSequence)}, for the start of raw bytes (ASCII is enough to tell). */
    public static boolean looksLikeHtml(byte[] bytes, int length) {
        int head = Math.min(length, 2048);
        int start = head >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return looksLikeHtml(new String(bytes, start, head - start, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    public static Document parse(String name, String html, String fallbackTitle, long byteSize) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        return document(name, walk(page), titleOf(page), fallbackTitle, byteSize);
    }

    /**
     * As {@link #parse}, for a page of {@code length} ASCII bytes: read straight from its bytes
     * when it is simple ({@link SimpleHtml}), else by jsoup. The same document either way.
     */
    public static Document parseAscii(String name, byte[] ascii, int length, String fallbackTitle, long byteSize) {
        Document simple = SimpleHtml.parse(name, ascii, length, fallbackTitle, byteSize);
        return simple != null ? simple
                : parse(name, new String(ascii, 0, length, StandardCharsets.ISO_8859_1), fallbackTitle, byteSize);
    }

    /**
     * The document of a walked page: its title the {@code <title>}'s text ({@code pageTitle},
     * sanitized, "" for none), else its first heading's, else {@code fallbackTitle}.
     */
    static Document document(String name, Walker walker, String pageTitle, String fallbackTitle, long byteSize) {
        List<Draft> drafts = walker.drafts;
        int shown = drafts.size();

        String title = fallbackTitle;
        boolean titleInText = true;
        Draft first = drafts.isEmpty() ? null : drafts.get(0);
        if (!pageTitle.isEmpty()) {
            title = pageTitle;
            // A first heading repeating the title is not shown twice.
            if (first != null && first.kind == BlockKind.HEADING && first.text.equals(pageTitle)) {
                drafts.remove(0);
            }
        } else {
            Draft heading = drafts.stream().filter(d -> d.kind == BlockKind.HEADING).findFirst().orElse(null);
            if (heading != null) {
                title = Sanitizer.line(heading.text);
                if (heading == first) {
                    drafts.remove(0);
                }
            } else {
                titleInText = false;
            }
        }
        List<Block> blocks = withIdLinks(blocks(drafts, 1), walker.ids, shown - drafts.size());
        return new Document(name, title, blocks, java.util.Optional.empty(), byteSize, titleInText);
    }

    /**
     * The blocks with each link to an id in the page ({@code #id}) written as the anchor of the
     * heading whose section the id is in; {@code dropped} leading drafts (a title heading) were
     * left out, so an id's draft index is that much past its block's.
     */
    private static List<Block> withIdLinks(List<Block> blocks, Map<String, Integer> ids, int dropped) {
        // Made at the first such link: most pages have none, and naming every heading's section
        // cost as much as parsing a page whose headings are long (bench/html-find.sh).
        SectionAnchors sections = null;
        List<Block> linked = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            List<Link> links = block.links();
            if (links.stream().anyMatch(link -> link.target().startsWith("#"))) {
                if (sections == null) {
                    sections = new SectionAnchors(blocks);
                }
                SectionAnchors anchors = sections;
                links = links.stream().map(link -> {
                    Integer draft = link.target().startsWith("#") ? ids.get(link.target().substring(1)) : null;
                    String anchor = draft == null ? null : anchors.linkTo(draft - dropped);
                    return anchor == null ? link : new Link(link.start(), link.end(), anchor);
                }).toList();
            }
            linked.add(links == block.links() ? block
                    : new Block(block.number(), block.kind(), block.level(), block.marker(), block.text(), block.rows(), links));
        }
        return linked;
    }

    /**
     * One chapter of a book (an EPUB's XHTML, {@code xhtml} when it is XML, else HTML): every
     * block as written, its first heading kept, numbered from 1, with the block each {@code id}
     * (or {@code <a name>}) is in, so links between chapters can be resolved. XHTML is parsed
     * as XML: the HTML parser reads {@code <title/>} or {@code <a id="p1"/>} as open elements, as
     * browsers do with HTML, and would swallow what follows. Neither parser expands entities
     * declared in a DOCTYPE, nor reads any file it names.
     */
    static Chapter chapter(String markup, boolean xhtml) {
        org.jsoup.nodes.Document page = xhtml ? Jsoup.parse(markup, "", Parser.xmlParser()) : Jsoup.parse(markup);
        Walker walker = walk(page);
        return new Chapter(titleOf(page), blocks(walker.drafts, 1), Map.copyOf(walker.ids));
    }

    /**
     * A chapter's blocks and where its ids are.
     *
     * @param title  its {@code <title>}, sanitized ("" for none)
     * @param ids    an id to the index in {@code blocks} of the block it is in (or, past the last
     *               block, {@code blocks.size()})
     */
    record Chapter(String title, List<Block> blocks, Map<String, Integer> ids) {
    }

    /** The page's body (the whole page when it has none, as a loosely written XHTML may) walked once. */
    private static Walker walk(org.jsoup.nodes.Document page) {
        Element body = page.body();
        Walker walker = new Walker();
        walker.children(body != null ? body : page);
        walker.flush();
        walker.idsEndHere();
        return walker;
    }

    private static List<Block> blocks(List<Draft> drafts, int firstNumber) {
        List<Block> blocks = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            blocks.add(new Block(firstNumber + blocks.size(), draft.kind, draft.level, draft.marker, draft.text,
                    draft.rows, draft.links));
        }
        return blocks;
    }

    /**
     * The {@code <title>}'s text, white space collapsed and sanitized: jsoup's own {@code title()}
     * trims control characters away, where they are to be shown.
     */
    private static String titleOf(org.jsoup.nodes.Document page) {
        Element title = page.selectFirst(TITLE);
        if (title == null) {
            return "";
        }
        // A title's one text node read as it is: wholeText() streams over the nodes below it.
        String text = title.childNodeSize() == 1 && title.childNode(0) instanceof TextNode only
                ? only.getWholeText() : title.wholeText();
        return titleText(text);
    }

    /** A {@code <title>}'s text as shown: white space collapsed, sanitized. */
    static String titleText(String text) {
        Inline inline = new Inline();
        inline.appendCollapsed(text);
        return Sanitizer.line(inline.take().text());
    }

    /** Made once: a query string is parsed at each select (4 of 112 JFR samples of find over bench/html-find.sh). */
    private static final Evaluator TITLE = new Evaluator.Tag("title");

    /** A block before numbering, its text sanitized. */
    private record Draft(BlockKind kind, int level, String marker, String text, List<List<String>> rows,
                         List<Link> links) {
    }

    /**
     * Walks the body once, keeping the inline text met since the last block, and where it is:
     * inside how many quotes and list items, and the marker the item's first block gets. It is
     * told of each element's start and end and of the text between ({@link #open}, {@link #close},
     * {@link #text}): by jsoup's tree ({@link #children}), or by {@link SimpleHtml} straight from
     * a simple page's bytes, so the two make the same blocks by the same code.
     */
    static final class Walker {
        final List<Draft> drafts = new ArrayList<>();
        /** Each id met to the index of the draft it is in. */
        final Map<String, Integer> ids = new HashMap<>();
        /** Ids met since the last draft: they are in the next one. */
        private final List<String> pendingIds = new ArrayList<>();
        private final Inline inline = new Inline();
        private int quoteDepth;
        private int listDepth;
        private String pendingMarker;
        /** The open lists, innermost last: the next item's number, or -1 in a list that is not ordered. */
        private final List<long[]> lists = new ArrayList<>();
        /** Where the text of each open link starts, innermost last. */
        private final List<Integer> linkStarts = new ArrayList<>();
        /**
         * Whether every text it is told is printable ASCII, a no-break space or white space it
         * collapses ({@link SimpleHtml}'s): then the blocks' text holds nothing the sanitizer
         * changes, and is not looked at again for it (two passes over each paragraph, a tenth of
         * reading a simple page). Link targets are still sanitized: they may hold line breaks.
         */
        private final boolean cleanText;

        Walker() {
            this(false);
        }

        Walker(boolean cleanText) {
            this.cleanText = cleanText;
        }

        void children(Element parent) {
            for (Node child : parent.childNodes()) {
                node(child);
            }
        }

        private void node(Node node) {
            if (node instanceof TextNode text) {
                inline.appendCollapsed(text.getWholeText());
                return;
            }
            if (!(node instanceof Element element)) {
                return; // comments, data of scripts and styles
            }
            String tag = element.normalName();
            // An item of a list is shown whatever its attributes, and its id is not noted.
            boolean listItem = tag.equals("li") && element.parent() != null && isList(element.parent().normalName());
            if (!listItem && isDropped(element)) {
                return; // chrome
            }
            Attributes attributes = element.attributes();
            switch (tag) {
                case "pre" -> {
                    noteId(tag, attributes);
                    flush();
                    add(BlockKind.CODE, 0, new InlineText(preformatted(element), List.of()));
                }
                case "table" -> {
                    noteId(tag, attributes);
                    flush();
                    table(element);
                }
                default -> {
                    open(tag, attributes, listItem);
                    children(element);
                    close(tag, attributes);
                }
            }
        }

        /** Text between tags, entities decoded. */
        void text(String text) {
            inline.appendCollapsed(text);
        }

        /** As {@link #text(String)}, for {@code bytes[from, to)}, which are ASCII, and are {@code same}'s chars there. */
        void text(byte[] bytes, String same, int from, int to) {
            inline.appendCollapsed(bytes, from, to, same);
        }

        /**
         * An element's start (not of a dropped one, a {@code pre} or a {@code table}), before its
         * contents; {@code listItem} for an {@code li} whose parent is a list.
         */
        void open(String tag, Attributes attributes, boolean listItem) {
            if (!listItem) {
                noteId(tag, attributes);
            }
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6", "dl" -> flush();
                case "ul", "ol", "menu", "dir" -> {
                    flush();
                    lists.add(new long[] {tag.equals("ol") ? startOf(attributes) : -1});
                }
                case "li" -> {
                    long[] list = listItem ? lists.get(lists.size() - 1) : null;
                    openItem(list == null || list[0] < 0 ? "\u2022" : (list[0]++) + ".");
                }
                case "dd" -> openItem("");
                case "blockquote" -> {
                    flush();
                    quoteDepth++;
                }
                case "br" -> inline.appendBreak();
                case "img", "area" -> inline.appendCollapsed(attributes.get("alt"));
                case "a" -> linkStarts.add(inline.length());
                default -> {
                    if (BLOCKS.contains(tag)) {
                        flush();
                    }
                }
            }
        }

        /** An element's end, after its contents: the other half of {@link #open}. */
        void close(String tag, Attributes attributes) {
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> flush(BlockKind.HEADING, tag.charAt(1) - '0');
                case "dl" -> flush();
                case "ul", "ol", "menu", "dir" -> lists.remove(lists.size() - 1);
                case "li", "dd" -> {
                    flush();
                    listDepth--;
                    pendingMarker = null;
                }
                case "blockquote" -> {
                    flush();
                    quoteDepth--;
                }
                case "a" -> {
                    int start = linkStarts.remove(linkStarts.size() - 1);
                    if (attributes.hasKey("href")) {
                        inline.link(start, attributes.get("href"));
                    }
                }
                default -> {
                    if (BLOCKS.contains(tag)) {
                        flush();
                    }
                }
            }
        }

        /** An item's blocks are one level deeper, the first with its marker. */
        private void openItem(String marker) {
            flush();
            listDepth++;
            pendingMarker = marker;
        }

        /** An {@code <ol start>}, where it is a number (else 1, as browsers count). */
        private static long startOf(Attributes list) {
            String start = list.get("start").strip();
            if (start.matches("-?\\d{1,9}")) {
                return Long.parseLong(start);
            }
            return 1;
        }

        private void table(Element table) {
            if (isLayout(table)) {
                layoutTable(table);
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Element row : rowsOf(table)) {
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        cells.add(cellText(cell));
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            Block block = Block.table(0, rows);
            if (!block.text().isBlank()) {
                add(BlockKind.TABLE, 0, new InlineText(block.text(), List.of()), block.rows());
            }
        }

        /**
         * A table that lays out blocks rather than holding data (DocBook's notes: an icon's alt
         * text, a heading and paragraphs in cells) is read row by row, a row's inline cells one
         * paragraph, its blocks blocks of their own, as a browser shows it.
         */
        private void layoutTable(Element table) {
            for (Element row : rowsOf(table)) {
                for (Element cell : row.children()) {
                    children(cell);
                    inline.appendCollapsed(" ");
                }
                flush();
            }
        }

        /** Whether a table is for layout: it says so, or a cell holds blocks, which data cells do not. */
        private static boolean isLayout(Element table) {
            String role = table.attr("role").strip().toLowerCase(Locale.ROOT);
            if (role.equals("presentation") || role.equals("none")) {
                return true;
            }
            for (Element row : rowsOf(table)) {
                for (Element cell : row.children()) {
                    if (!cell.select(LAYOUT_BLOCKS).isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The table's own rows, in its head, bodies and foot, not those of a table in a cell. */
        private static List<Element> rowsOf(Element table) {
            List<Element> rows = new ArrayList<>();
            for (Element child : table.children()) {
                switch (child.normalName()) {
                    case "tr" -> rows.add(child);
                    case "thead", "tbody", "tfoot" -> child.children().stream()
                            .filter(row -> row.normalName().equals("tr")).forEach(rows::add);
                    default -> {
                    }
                }
            }
            return rows;
        }

        /** A cell's text on one line, blocks in it (a list, a table) run together. */
        private static String cellText(Element cell) {
            Walker inner = new Walker();
            inner.children(cell);
            inner.flush();
            List<String> parts = new ArrayList<>();
            for (Draft draft : inner.drafts) {
                parts.add(draft.text.replace('\n', ' '));
            }
            return String.join(" ", parts);
        }

        /** The text of a {@code pre} as written, a line break for each {@code br}, without the line break after the tag. */
        private static String preformatted(Element pre) {
            StringBuilder out = new StringBuilder();
            appendPreformatted(pre, out);
            int from = out.length() > 0 && out.charAt(0) == '\n' ? 1 : 0;
            int to = out.length();
            while (to > from && (out.charAt(to - 1) == '\n' || out.charAt(to - 1) == ' ')) {
                to--;
            }
            return out.substring(from, to);
        }

        private static void appendPreformatted(Element element, StringBuilder out) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (child instanceof Element inner && !isDropped(inner)) {
                    if (inner.normalName().equals("br")) {
                        out.append('\n');
                    } else if (inner.normalName().equals("img")) {
                        out.append(inner.attr("alt"));
                    } else {
                        appendPreformatted(inner, out);
                    }
                }
            }
        }

        /**
         * Notes an element's id (or an anchor's name) for the block it is in: the next one made.
         * A block element ends the text before it first, so its id is not given to that text.
         */
        void noteId(String tag, Attributes attributes) {
            String id = attributes.hasKey("id") ? attributes.get("id")
                    : tag.equals("a") && attributes.hasKey("name") ? attributes.get("name") : "";
            if (id.isEmpty() || ids.containsKey(id)) {
                return;
            }
            if (BLOCKS.contains(tag) || OWN_BLOCKS.contains(tag)) {
                flush();
            }
            pendingIds.add(id);
        }

        /** Ids after the last block point past it (where the next chapter starts). */
        void idsEndHere() {
            for (String id : pendingIds) {
                ids.putIfAbsent(id, drafts.size());
            }
            pendingIds.clear();
        }

        void flush() {
            flush(BlockKind.PARAGRAPH, 0);
        }

        private void flush(BlockKind kind, int level) {
            InlineText text = inline.take();
            if (!text.text().isBlank()) {
                add(kind, level, text);
            }
        }

        private void add(BlockKind kind, int level, InlineText text) {
            add(kind, level, text, List.of());
        }

        /** A block as its place makes it: in a quote a quote, in a list item an item (the first with its marker). */
        private void add(BlockKind kind, int level, InlineText text, List<List<String>> rows) {
            if (text.text().isBlank()) {
                return;
            }
            BlockKind shown = kind;
            int shownLevel = level;
            if (kind != BlockKind.CODE && kind != BlockKind.TABLE && quoteDepth > 0) {
                shown = BlockKind.QUOTE;
                shownLevel = Math.min(quoteDepth, MAX_LEVEL);
            } else if (kind == BlockKind.PARAGRAPH && listDepth > 0) {
                shown = BlockKind.LIST_ITEM;
                shownLevel = Math.min(listDepth, MAX_LEVEL);
            }
            String marker = shown == BlockKind.LIST_ITEM && pendingMarker != null ? pendingMarker : "";
            pendingMarker = null;
            InlineText sanitized = cleanText ? text.withTargetsSanitized() : text.sanitizedFrom(0);
            // Most blocks have no rows: no stream is made for them (one per paragraph of every page read).
            List<List<String>> cells = rows.isEmpty() ? List.of()
                    : rows.stream().map(row -> row.stream().map(Sanitizer::line).toList()).toList();
            drafts.add(new Draft(shown, shownLevel, marker, sanitized.text(), cells, sanitized.links()));
            for (String id : pendingIds) {
                ids.putIfAbsent(id, drafts.size() - 1);
            }
            pendingIds.clear();
        }
    }

    /** Whether an element is never shown: see {@link #DROPPED}, and page chrome. */
    private static boolean isDropped(Element element) {
        return isDropped(element.normalName(), element.attributes(), () -> insideContent(element));
    }

    /**
     * Whether an element of this name and these attributes is never shown; {@code insideContent}
     * tells whether it is inside an article, an aside, a main or a section (asked of headers and footers).
     */
    static boolean isDropped(String tag, Attributes attributes, BooleanSupplier insideContent) {
        if (DROPPED.contains(tag) || attributes.hasKey("hidden")) {
            return true;
        }
        if ((tag.equals("header") || tag.equals("footer")) && !insideContent.getAsBoolean()) {
            return true; // a page's banner or footer; in an article it is the article's own
        }
        if (attributes.hasKey("role") && CHROME_ROLES.contains(attributes.get("role").strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return attributes.hasKey("class") && hasChromeClass(attributes.get("class"));
    }

    /**
     * Whether one of the class names in a class attribute is a chrome class: the names as jsoup's
     * {@code classNames()} splits them (trimmed, then split at white space), without a regex.
     */
    private static boolean hasChromeClass(String classes) {
        String trimmed = classes.trim();
        int start = 0;
        for (int i = 0; i <= trimmed.length(); i++) {
            if (i == trimmed.length() || " \t\n\u000B\f\r".indexOf(trimmed.charAt(i)) >= 0) {
                if (i > start && CHROME_CLASSES.contains(trimmed.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Whether an element of this name is a list, whose {@code li} children are its items. */
    static boolean isList(String tag) {
        return tag.equals("ul") || tag.equals("ol") || tag.equals("menu") || tag.equals("dir");
    }

    /** Whether one of the elements a header or footer is in makes it content's, not the page's. */
    static boolean isContent(String tag) {
        switch (tag) {
            case "article", "aside", "main", "section" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether a header or footer belongs to a part of the content, not to the page (as ARIA reads it). */
    private static boolean insideContent(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (isContent(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inline text as a browser lays it out: runs of white space are one space, none at the start
     * of a block; a {@code br} is a line break; links noted where their text starts and ends.
     */
    static final class Inline {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long SPACES = WordBytes.ONES * ' ';
        /** The bits a byte of 0x20 or more has one of. */
        private static final long CONTROL_BITS = WordBytes.ONES * 0xE0;

        private final StringBuilder text = new StringBuilder();
        private List<Link> links = new ArrayList<>();

        int length() {
            return text.length();
        }

        /**
         * Appends a text node's text, a run of white space as one space. Most of it is appended as
         * it is, in one copy: only "irregular" white space (any but a single space after other
         * text) needs a look, found eight bytes at a time in the text's Latin-1 bytes, which are
         * one a char (anything past Latin-1 is a '?', not white space) and copied, not looped over.
         */
        void appendCollapsed(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
            if (bytes.length != s.length()) {
                appendCollapsedByChar(s); // a pair of surrogates became one byte
                return;
            }
            appendCollapsed(bytes, 0, bytes.length, s);
        }

        /**
         * As {@link #appendCollapsed(String)}, for the Latin-1 text {@code bytes[from, to)}, which
         * {@code same} holds at the same indexes (the bytes' string): it is appended from there.
         */
        void appendCollapsed(byte[] bytes, int from, int to, String same) {
            int start = from; // the first char not yet appended
            for (int at = irregularSpace(bytes, from, to); at < to; at = irregularSpace(bytes, start, to)) {
                text.append(same, start, at);
                if (text.length() > 0 && !endsWithSpace()) {
                    text.append(' ');
                }
                do {
                    at++;
                } while (at < to && isCollapsible(bytes[at]));
                start = at;
            }
            text.append(same, start, to);
        }

        /**
         * The index from {@code from} of the first white space that is not a single space after
         * other text ({@code to} when there is none before it); a space at {@code from} counts, as what is
         * before it is not looked at. Eight bytes a step: a long without a byte below 0x20 or a
         * space after a space has none.
         */
        private static int irregularSpace(byte[] bytes, int from, int to) {
            if (from < to && bytes[from] == ' ') {
                return from;
            }
            int i = from;
            long spaceBefore = 0; // 0x80 when the byte before i is a space
            for (; i + Long.BYTES <= to; i += Long.BYTES) {
                long w = (long) LONGS.get(bytes, i);
                long spaces = WordBytes.zeroBytes(w ^ SPACES); // and perhaps a byte past one: checked
                long odd = WordBytes.zeroBytes(w & CONTROL_BITS) | (spaces & ((spaces << 8) | spaceBefore));
                if (odd != 0) {
                    int found = irregularSpace(bytes, from, i, i + Long.BYTES);
                    if (found >= 0) {
                        return found;
                    }
                }
                spaceBefore = spaces >>> 56;
            }
            int found = irregularSpace(bytes, from, i, to);
            return found >= 0 ? found : to;
        }

        /** As {@link #irregularSpace(byte[], int, int)}, byte by byte from {@code i} to {@code end}; -1 for none. */
        private static int irregularSpace(byte[] bytes, int from, int i, int end) {
            for (int k = i; k < end; k++) {
                byte b = bytes[k];
                if (isCollapsible(b) && (b != ' ' || k == from || isCollapsible(bytes[k - 1]))) {
                    return k;
                }
            }
            return -1;
        }

        /** The old way, a char at a time: for text holding a character past U+FFFF. */
        void appendCollapsedByChar(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isCollapsible(c)) {
                    if (text.length() > 0 && !endsWithSpace()) {
                        text.append(' ');
                    }
                } else {
                    text.append(c);
                }
            }
        }

        private static boolean isCollapsible(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        private static boolean isCollapsible(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
        }

        void appendBreak() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            text.append('\n');
        }

        void link(int start, String target) {
            if (text.length() > start) {
                links.add(new Link(start, text.length(), target));
            }
        }

        private boolean endsWithSpace() {
            char last = text.charAt(text.length() - 1);
            return last == ' ' || last == '\n';
        }

        /** The text since the last block, stripped, its links moved with it; then empty again. */
        InlineText take() {
            InlineText taken = InlineText.stripped(text.toString(), links);
            text.setLength(0); // its room kept: a paragraph grew it from 16 chars each time
            links = links.isEmpty() ? links : new ArrayList<>();
            return taken;
        }
    }

    private static int skipSpace(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static boolean startsWithIgnoringCase(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        return text.subSequence(at, at + prefix.length()).toString().equalsIgnoreCase(prefix);
    }

    /** Whether a tag's name ends at {@code at}: the text ends, or white space or {@code >} follows. */
    private static boolean endsName(CharSequence text, int at) {
        return at == text.length() || text.charAt(at) == '>' || Character.isWhitespace(text.charAt(at));
    }

    private static int indexOf(CharSequence text, String what, int from, int within) {
        int end = Math.min(text.length(), from + within);
        int found = text.subSequence(from, end).toString().indexOf(what);
        return found < 0 ? -1 : from + found;
    }
}
