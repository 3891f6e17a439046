package pilcrow.core.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One numbered unit of a document's body: a paragraph, heading, list item, quote, code block or table.
 *
 * @param number the paragraph number shown everywhere (command line, screens, bookmarks), from 1
 * @param level  heading level (1-6) for headings, nesting depth for list items and quotes, else 0
 * @param marker the list marker ("•", "3.", "☐") for list items, else empty
 * @param text   the block's text: prose joined into one line, code with its line breaks, a table's
 *               rows one a line with {@link #CELL_SEPARATOR} between cells (what find and quotes see)
 * @param rows   a table's rows of cells, the header row first; empty for every other kind
 * @param links  the links in the text, in order (Markdown's; none in plain text)
 * @param spans  the colour and emphasis its text was written with (SGR in plain text and piped
 *               input; none elsewhere), in order and not overlapping
 */
public record Block(int number, BlockKind kind, int level, String marker, String text, List<List<String>> rows,
                    List<Link> links, List<StyledSpan> spans) {

    /** Between a table's cells in its text. */
    public static final String CELL_SEPARATOR = " | ";

    public Block {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(marker);
        Objects.requireNonNull(text);
        // Most blocks are no table: no stream for them, as plain-text parsing makes one a paragraph.
        rows = rows.isEmpty() ? List.of() : rows.stream().map(List::copyOf).toList();
        links = List.copyOf(links);
        for (Link link : links) {
            if (link.end() > text.length()) {
                throw new IllegalArgumentException("a link ends past the text: " + link);
            }
        }
        spans = List.copyOf(spans);
        int previousEnd = 0;
        for (StyledSpan span : spans) {
            if (span.start() < previousEnd || span.end() > text.length()) {
                throw new IllegalArgumentException("a span overlaps another or ends past the text: " + span);
            }
            previousEnd = span.end();
        }
    }

    public Block(int number, BlockKind kind, int level, String marker, String text, List<List<String>> rows,
                 List<Link> links) {
        this(number, kind, level, marker, text, rows, links, List.of());
    }

    public Block(int number, BlockKind kind, int level, String marker, String text) {
        this(number, kind, level, marker, text, List.of(), List.of());
    }

    public static Block paragraph(int number, String text) {
        return new Block(number, BlockKind.PARAGRAPH, 0, "", text);
    }

    /** A table of {@code rows} (the header row first), its text the rows one a line. */
    public static Block table(int number, List<List<String>> rows) {
        List<String> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            lines.add(String.join(CELL_SEPARATOR, row));
        }
        return new Block(number, BlockKind.TABLE, 0, "", String.join("\n", lines), rows, List.of());
    }

    /** This block with {@code text} in place of its own, drawn in {@code spans}. */
    public Block withStyledText(String text, List<StyledSpan> spans) {
        return new Block(number, kind, level, marker, text, rows, links, spans);
    }

    /** Words of the text, a table's counted in its cells (the separators are no words). */
    public int wordCount() {
        if (kind != BlockKind.TABLE) {
            return Words.count(text);
        }
        int words = 0;
        for (List<String> row : rows) {
            for (String cell : row) {
                words += Words.count(cell);
            }
        }
        return words;
    }
}
