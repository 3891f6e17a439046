package pilcrow.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.Link;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.text.Sanitizer;

/**
 * Markdown to a {@link Document} with commonmark-java. Headings, paragraphs, list items, quotes and
 * code become blocks that keep their kind; inline markup is reduced to its text. The first heading
 * is the title (and leaves the body when it opens the document), unless {@link FrontMatter} names
 * one.
 *
 * <p>Parsing makes characters: an entity such as {@code &#27;} becomes a real ESC. So every text
 * that comes out of the parser is sanitized again here.
 *
 * <p>A document that is only headings and paragraphs of text is read by {@link ProseMarkdown},
 * not by commonmark's parser; inline content without markup is made into text by
 * {@link PlainFirstInlineParser}, not by commonmark's inline parser. The blocks are the same.
 */
public final class MarkdownParser {

    /** Immutable and safe to share between threads, as commonmark's parsers are. */
    private static final Parser PARSER = Parser.builder().extensions(extensions())
            .inlineParserFactory(PlainFirstInlineParser::new).build();

    /** GitHub's tables and strikethrough; task lists are read from their items' text ({@link Task}). */
    static List<Extension> extensions() {
        return List.of(TablesExtension.create(), StrikethroughExtension.create());
    }

    private MarkdownParser() {
    }

    public static Document parse(String name, String text, String fallbackTitle, long byteSize) {
        return parse(PARSER, name, text, fallbackTitle, byteSize);
    }

    /** As {@link #parse(String, String, String, long)}, with {@code parser}: to compare with commonmark's own. */
    static Document parse(Parser parser, String name, String text, String fallbackTitle, long byteSize) {
        FrontMatter front = FrontMatter.split(text);
        String body = front.body();
        Collector collector = new Collector();
        // Only the reader's own parser takes the short way: the test compares it with commonmark's.
        List<ProseMarkdown.Part> prose = parser == PARSER ? ProseMarkdown.parts(body) : null;
        if (prose != null) {
            prose.forEach(part -> collector.add(Context.TOP, part.kind(), part.level(), part.text(), part.multiLine()));
        } else {
            collector.blocks(parser.parse(body), Context.TOP);
        }
        List<Draft> drafts = collector.drafts;

        String title = fallbackTitle;
        boolean titleInText = true;
        Optional<Draft> heading = drafts.stream().filter(d -> d.kind == BlockKind.HEADING).findFirst();
        if (front.title().isPresent()) {
            title = front.title().get();
            // A first heading repeating the title (as a site's page often does) is not shown twice.
            if (!drafts.isEmpty() && drafts.get(0).kind == BlockKind.HEADING
                    && Sanitizer.line(drafts.get(0).text).strip().equals(title)) {
                drafts.remove(0);
            }
        } else if (heading.isPresent()) {
            title = Sanitizer.line(heading.get().text);
            if (drafts.get(0) == heading.get()) {
                drafts.remove(0);
            }
        } else if (drafts.size() > 1 && drafts.get(0).isSingleLineParagraph()
                && PlainTextParser.isTitleLike(drafts.get(0).text)) {
            title = drafts.remove(0).text;
        } else {
            titleInText = false;
        }
        Optional<String> source = Optional.empty();
        if (drafts.size() > 1 && drafts.get(drafts.size() - 1).isSingleLineParagraph()) {
            source = PlainTextParser.sourceOf(drafts.get(drafts.size() - 1).text);
            source.ifPresent(s -> drafts.remove(drafts.size() - 1));
        }
        List<Block> blocks = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            blocks.add(new Block(blocks.size() + 1, draft.kind, draft.level, draft.marker, draft.text, draft.rows,
                    draft.links));
        }
        return new Document(name, title, blocks, source, byteSize, titleInText);
    }

    /** A block before numbering. */
    private record Draft(BlockKind kind, int level, String marker, String text, boolean multiLine,
                         List<List<String>> rows, List<Link> links) {
        boolean isSingleLineParagraph() {
            return kind == BlockKind.PARAGRAPH && !multiLine;
        }
    }

    /** Where a block sits: inside how many quotes and lists, and the marker its first block gets. */
    private record Context(int quoteDepth, int listDepth, String pendingMarker) {
        static final Context TOP = new Context(0, 0, null);

        Context inQuote() {
            return new Context(quoteDepth + 1, listDepth, null);
        }

        Context inListItem(String marker) {
            return new Context(quoteDepth, listDepth + 1, marker);
        }
    }

    private static final class Collector {
        final List<Draft> drafts = new ArrayList<>();

        void blocks(Node parent, Context context) {
            Context current = context;
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (block(node, current)) {
                    current = new Context(current.quoteDepth, current.listDepth, null);
                }
            }
        }

        /** Adds the drafts for one block node; true when it used the pending list marker. */
        private boolean block(Node node, Context context) {
            if (node instanceof Heading heading) {
                add(context, BlockKind.HEADING, heading.getLevel(), inline(heading), false);
            } else if (node instanceof Paragraph paragraph) {
                add(context, BlockKind.PARAGRAPH, 0, inline(paragraph), hasSoftBreak(paragraph));
            } else if (node instanceof FencedCodeBlock code) {
                add(context, BlockKind.CODE, 0, stripFinalNewline(code.getLiteral()), true);
            } else if (node instanceof IndentedCodeBlock code) {
                add(context, BlockKind.CODE, 0, stripFinalNewline(code.getLiteral()), true);
            } else if (node instanceof HtmlBlock html) {
                if (html.getLiteral().strip().startsWith("<!--")) {
                    return false;
                }
                add(context, BlockKind.CODE, 0, stripFinalNewline(html.getLiteral()), true);
            } else if (node instanceof BlockQuote) {
                blocks(node, context.inQuote());
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                list(node, context);
            } else if (node instanceof TableBlock) {
                table(node);
            } else if (node instanceof ThematicBreak) {
                return false;
            } else {
                blocks(node, context);
            }
            return true;
        }

        private void list(Node list, Context context) {
            int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String marker = list instanceof OrderedList ? (number++) + "." : "\u2022";
                    blocks(item, context.inListItem(marker));
                }
            }
        }

        /** A table, wherever it stands (in a list or a quote too), as one block of its rows' cells. */
        private void table(Node table) {
            List<List<String>> rows = new ArrayList<>();
            collectRows(table, rows);
            Block block = Block.table(0, rows);
            if (!block.text().isBlank()) {
                drafts.add(new Draft(BlockKind.TABLE, 0, "", block.text(), true, block.rows(), List.of()));
            }
        }

        private static void collectRows(Node parent, List<List<String>> rows) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(Sanitizer.line(inline(cell).text()));
                        }
                    }
                    rows.add(cells);
                } else {
                    collectRows(node, rows);
                }
            }
        }

        private void add(Context context, BlockKind kind, int level, String text, boolean multiLine) {
            add(context, kind, level, new InlineText(text, List.of()), multiLine);
        }

        private void add(Context context, BlockKind kind, int level, InlineText inline, boolean multiLine) {
            String text = inline.text();
            if (text.isBlank()) {
                return;
            }
            BlockKind shown = kind;
            int shownLevel = level;
            if (kind != BlockKind.CODE && context.quoteDepth > 0) {
                shown = BlockKind.QUOTE;
                shownLevel = context.quoteDepth;
            } else if (kind == BlockKind.PARAGRAPH && context.listDepth > 0) {
                shown = BlockKind.LIST_ITEM;
                shownLevel = context.listDepth;
            }
            String marker = shown == BlockKind.LIST_ITEM && context.pendingMarker != null ? context.pendingMarker : "";
            int from = 0;
            if (!marker.isEmpty() && Task.of(text) != null) {
                Task task = Task.of(text);
                marker = task.box();
                from = text.length() - task.rest().length(); // the text is stripped: the rest is its end
            }
            InlineText shownText = inline.sanitizedFrom(from);
            drafts.add(new Draft(shown, shownLevel, marker, shownText.text(), multiLine, List.of(), shownText.links()));
        }

        private static String stripFinalNewline(String literal) {
            return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        }

        private static boolean hasSoftBreak(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof SoftLineBreak || child instanceof HardLineBreak || hasSoftBreak(child)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The text of inline content, stripped: markup dropped, soft breaks as spaces, hard breaks
         * kept; a link's text stays in it, and the link is noted with its target.
         */
        private static InlineText inline(Node node) {
            StringBuilder out = new StringBuilder();
            List<Link> links = new ArrayList<>();
            appendInline(node, out, links);
            return InlineText.stripped(out.toString(), links);
        }

        private static void appendInline(Node node, StringBuilder out, List<Link> links) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Link link) {
                    int start = out.length();
                    appendInline(child, out, links);
                    links.add(new Link(start, out.length(), link.getDestination()));
                } else if (child instanceof Text text) {
                    out.append(text.getLiteral());
                } else if (child instanceof Code code) {
                    out.append(code.getLiteral());
                } else if (child instanceof SoftLineBreak) {
                    out.append(' ');
                } else if (child instanceof HardLineBreak) {
                    out.append('\n');
                } else if (child instanceof Strikethrough) {
                    // The cells have no struck-through style: the text stays readable as written.
                    out.append("~~");
                    appendInline(child, out, links);
                    out.append("~~");
                } else if (!(child instanceof HtmlInline)) {
                    appendInline(child, out, links);
                }
            }
        }
    }

    /**
     * A task list item's box, from the start of its text ({@code [ ] }, {@code [x] }), as GitHub
     * reads it: commonmark's task-list extension is not at hand.
     */
    record Task(String box, String rest) {
        static final String OPEN = "\u2610";
        static final String DONE = "\u2611";

        /** The task an item's text starts with, or null. */
        static Task of(String text) {
            if (text.length() < 4 || text.charAt(0) != '[' || text.charAt(2) != ']' || text.charAt(3) != ' ') {
                return null;
            }
            char mark = text.charAt(1);
            String rest = text.substring(4).strip();
            if (rest.isEmpty()) {
                return null;
            }
            return mark == ' ' ? new Task(OPEN, rest) : mark == 'x' || mark == 'X' ? new Task(DONE, rest) : null;
        }
    }

    /**
     * Inline content as commonmark's inline parser makes it, the short way when it holds no
     * character that can start inline markup: then each line is one text, its trailing spaces
     * dropped (spaces and tabs on the last line), and lines are joined by a soft break, or a hard
     * one after two spaces or more. Content with markup goes to commonmark's parser (from its
     * internal package: it is the parser commonmark itself would use). Most paragraphs of most
     * documents have no markup, and commonmark's parser, which sets itself up anew for every
     * paragraph, was most of the time spent parsing a Markdown document: 70% of it in a profile of
     * {@code pilcrow find} under C1. {@code MarkdownParserTest} checks the two give the same.
     */
    static final class PlainFirstInlineParser implements InlineParser {
        private final InlineParserContext context;
        /** commonmark's own, made for the first content with markup. */
        private InlineParser markupParser;

        PlainFirstInlineParser(InlineParserContext context) {
            this.context = context;
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            List<SourceLine> list = lines.getLines();
            if (hasMarkup(list)) {
                if (markupParser == null) {
                    markupParser = new InlineParserImpl(context);
                }
                markupParser.parse(lines, block);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                CharSequence content = list.get(i).getContent();
                boolean last = i == list.size() - 1;
                int end = content.length();
                while (end > 0 && (content.charAt(end - 1) == ' ' || last && content.charAt(end - 1) == '\t')) {
                    end--;
                }
                if (end > 0) {
                    block.appendChild(new Text(content.subSequence(0, end).toString()));
                }
                if (!last) {
                    block.appendChild(content.length() - end >= 2 ? new HardLineBreak() : new SoftLineBreak());
                }
            }
        }

        /**
         * Whether a character that starts inline markup is there: commonmark's "special
         * characters" but {@code !}, which is text unless the {@code [} of an image follows.
         */
        private static boolean hasMarkup(List<SourceLine> lines) {
            for (SourceLine line : lines) {
                // Bytes, as a loop of charAt cost several times more under C1 (the launcher's for
                // find). Past Latin-1 a character becomes '?', which is not markup either way.
                byte[] content = line.getContent().toString().getBytes(StandardCharsets.ISO_8859_1);
                for (int i = 0; i < content.length; i++) {
                    switch (content[i]) {
                        case '\\', '`', '&', '<', '*', '_', '[', ']', '~', '\n' -> {
                            return true;
                        }
                        default -> {
                        }
                    }
                }
            }
            return false;
        }
    }
}
