package pilcrow.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.commonmark.parser.Parser;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.text.Sanitizer;

/**
 * Markdown to a {@link Document} with commonmark-java. Headings, paragraphs, list items, quotes and
 * code become blocks that keep their kind; inline markup is reduced to its text. The first heading
 * is the title (and leaves the body when it opens the document).
 *
 * <p>Parsing makes characters: an entity such as {@code &#27;} becomes a real ESC. So every text
 * that comes out of the parser is sanitized again here.
 */
public final class MarkdownParser {

    private MarkdownParser() {
    }

    public static Document parse(String name, String text, String fallbackTitle, long byteSize) {
        Node root = Parser.builder().build().parse(text);
        Collector collector = new Collector();
        collector.blocks(root, Context.TOP);
        List<Draft> drafts = collector.drafts;

        String title = fallbackTitle;
        boolean titleInText = true;
        Optional<Draft> heading = drafts.stream().filter(d -> d.kind == BlockKind.HEADING).findFirst();
        if (heading.isPresent()) {
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
            blocks.add(new Block(blocks.size() + 1, draft.kind, draft.level, draft.marker, draft.text));
        }
        return new Document(name, title, blocks, source, byteSize, titleInText);
    }

    /** A block before numbering. */
    private record Draft(BlockKind kind, int level, String marker, String text, boolean multiLine) {
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

        private void add(Context context, BlockKind kind, int level, String text, boolean multiLine) {
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
            drafts.add(new Draft(shown, shownLevel, marker, Sanitizer.text(text), multiLine));
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

        /** The text of inline content: markup dropped, soft breaks as spaces, hard breaks kept. */
        private static String inline(Node node) {
            StringBuilder out = new StringBuilder();
            appendInline(node, out);
            return out.toString().strip();
        }

        private static void appendInline(Node node, StringBuilder out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    out.append(text.getLiteral());
                } else if (child instanceof Code code) {
                    out.append(code.getLiteral());
                } else if (child instanceof SoftLineBreak) {
                    out.append(' ');
                } else if (child instanceof HardLineBreak) {
                    out.append('\n');
                } else if (!(child instanceof HtmlInline)) {
                    appendInline(child, out);
                }
            }
        }
    }
}
