package pilcrow.core.layout;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Document;
import pilcrow.core.text.LineSpan;
import pilcrow.core.text.TextMeasure;
import pilcrow.core.text.Wrapper;

/**
 * Lays a document out as lines for a given width: the title, each paragraph wrapped with a blank
 * line between, then the source. Used by the command line's plain output and by the screen, so
 * both wrap the same way. Document text arrives sanitized (see {@code DocumentReader}).
 */
public final class DocumentLayout {

    public static final String QUOTE_BAR = "\u2502 ";
    public static final String CODE_INDENT = "    ";
    public static final String SOURCE_DASH = "\u2014 ";

    private final Wrapper wrapper;
    private final TextMeasure measure;
    private final TableLayout tables;

    public DocumentLayout(TextMeasure measure) {
        this.measure = measure;
        this.wrapper = new Wrapper(measure);
        this.tables = new TableLayout(measure, wrapper);
    }

    /** All lines of {@code document} at {@code width} cells; {@code title} false leaves it out. */
    public List<LayoutLine> layout(Document document, int width, boolean title) {
        return layout(title ? document.title() : null, document.blocks(), document.source().orElse(null), width);
    }

    /**
     * The lines of a run of blocks: the title before them (null: none), the source after them
     * (null: none), a blank line between each. A window onto a large document is laid out so.
     */
    public List<LayoutLine> layout(String title, List<Block> blocks, String source, int width) {
        List<LayoutLine> lines = new ArrayList<>();
        if (title != null) {
            for (LineSpan span : wrapper.wrapWords(title, width)) {
                lines.add(new LayoutLine(LineKind.TITLE, 0, BlockKind.PARAGRAPH, "", span.of(title),
                        span.start(), span.end(), span.start() == 0));
            }
        }
        for (Block block : blocks) {
            if (!lines.isEmpty()) {
                lines.add(LayoutLine.BLANK);
            }
            lines.addAll(block(block, width));
        }
        if (source != null) {
            lines.add(LayoutLine.BLANK);
            String text = SOURCE_DASH + source;
            for (LineSpan span : wrapper.wrapWords(text, width)) {
                lines.add(new LayoutLine(LineKind.SOURCE, 0, BlockKind.PARAGRAPH, "", span.of(text),
                        span.start(), span.end(), span.start() == 0));
            }
        }
        return lines;
    }

    /** The lines of one block, its prefix taken off the width. */
    public List<LayoutLine> block(Block block, int width) {
        if (block.kind() == BlockKind.TABLE && !block.rows().isEmpty()) {
            return tables.lines(block, width);
        }
        String firstPrefix = firstPrefix(block);
        String nextPrefix = " ".repeat(measure.width(firstPrefix));
        if (block.kind() == BlockKind.QUOTE) {
            nextPrefix = firstPrefix;
        }
        int textWidth = Math.max(1, width - measure.width(firstPrefix));
        List<LineSpan> spans = block.kind().isPreformatted()
                ? wrapper.wrapCells(block.text(), textWidth)
                : wrapper.wrapWords(block.text(), textWidth);
        List<LayoutLine> lines = new ArrayList<>(spans.size());
        for (LineSpan span : spans) {
            boolean first = lines.isEmpty();
            lines.add(new LayoutLine(LineKind.BODY, block.number(), block.kind(), first ? firstPrefix : nextPrefix,
                    span.of(block.text()), span.start(), span.end(), first));
        }
        return lines;
    }

    static String firstPrefix(Block block) {
        return switch (block.kind()) {
            case HEADING -> "#".repeat(Math.max(1, block.level())) + " ";
            case LIST_ITEM -> "  ".repeat(Math.max(0, block.level() - 1)) + (block.marker().isEmpty()
                    ? "  " : block.marker() + " ");
            case QUOTE -> QUOTE_BAR.repeat(Math.max(1, block.level()));
            case CODE -> CODE_INDENT;
            case PARAGRAPH, TABLE -> "";
        };
    }
}
