package pilcrow.core.layout;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.text.LineSpan;
import pilcrow.core.text.TextMeasure;
import pilcrow.core.text.Wrapper;

/**
 * A table block laid out as columns: each column as wide as its widest cell when they all fit,
 * else narrowed towards its longest word (long cells wrap inside their column), a rule under the
 * header. Too narrow for even that, each body row becomes one {@code header: value} line a cell,
 * rows a blank line apart, as a phone shows a table. A line's text is composed of cells, so its
 * span in the block's text is empty at the start of its row: the row is where find and a resize
 * put the view, and matches are not underlined inside a table.
 */
final class TableLayout {

    static final String COLUMN_GAP = " \u2502 ";
    static final String RULE = "\u2500";
    static final String RULE_CROSSING = "\u2500\u253c\u2500";
    /** A column is not narrowed below its longest word, nor kept wider than this for one. */
    static final int MIN_COLUMN = 16;

    private final TextMeasure measure;
    private final Wrapper wrapper;

    TableLayout(TextMeasure measure, Wrapper wrapper) {
        this.measure = measure;
        this.wrapper = wrapper;
    }

    List<LayoutLine> lines(Block table, int width) {
        List<List<String>> rows = table.rows();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return List.of();
        }
        int[] natural = new int[columns];
        int[] least = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], measure.width(row.get(c)));
                least[c] = Math.max(least[c], Math.min(MIN_COLUMN, longestWord(row.get(c))));
            }
        }
        for (int c = 0; c < columns; c++) {
            least[c] = Math.max(1, least[c]);
        }
        int room = width - measure.width(COLUMN_GAP) * (columns - 1);
        if (sum(least) > room) {
            return headerValueLines(table, width);
        }
        int[] widths = sum(natural) <= room ? natural : shared(natural, least, room);
        return columnLines(table, widths);
    }

    /** Widths from {@code least} up, the room left shared in proportion to what each column lacks. */
    private static int[] shared(int[] natural, int[] least, int room) {
        int[] widths = least.clone();
        long lacking = 0;
        for (int c = 0; c < natural.length; c++) {
            lacking += Math.max(0, natural[c] - least[c]);
        }
        int spare = room - sum(least);
        for (int c = 0; c < natural.length && lacking > 0; c++) {
            widths[c] += (int) (spare * Math.max(0, natural[c] - least[c]) / lacking);
        }
        // What the rounding down left goes to the first columns still short of their width.
        for (int c = 0; c < natural.length && sum(widths) < room; c++) {
            widths[c] += Math.min(room - sum(widths), Math.max(0, natural[c] - widths[c]));
        }
        return widths;
    }

    private List<LayoutLine> columnLines(Block table, int[] widths) {
        List<LayoutLine> lines = new ArrayList<>();
        int rowStart = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < widths.length; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                List<String> parts = new ArrayList<>();
                for (LineSpan span : wrapper.wrapWords(cell, widths[c])) {
                    parts.add(span.of(cell));
                }
                wrapped.add(parts);
                height = Math.max(height, parts.size());
            }
            for (int i = 0; i < height; i++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    String part = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : "";
                    line.append(c == 0 ? "" : COLUMN_GAP).append(part).append(" ".repeat(Math.max(0, widths[c] - measure.width(part))));
                }
                lines.add(line(table, line.toString().stripTrailing(), rowStart, lines.isEmpty()));
            }
            if (r == 0) {
                lines.add(line(table, rule(widths), rowStart, false));
            }
            rowStart += String.join(Block.CELL_SEPARATOR, row).length() + 1;
        }
        return lines;
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : RULE_CROSSING).append(RULE.repeat(widths[c]));
        }
        return rule.toString();
    }

    /** Each body row as {@code header: value} lines, one a cell, wrapped; rows a blank line apart. */
    private List<LayoutLine> headerValueLines(Block table, int width) {
        List<LayoutLine> lines = new ArrayList<>();
        boolean headerOnly = table.rows().size() == 1;
        List<String> header = headerOnly ? List.of() : table.rows().get(0);
        int rowStart = headerOnly ? 0 : String.join(Block.CELL_SEPARATOR, header).length() + 1;
        for (List<String> row : table.rows().subList(headerOnly ? 0 : 1, table.rows().size())) {
            if (!lines.isEmpty()) {
                lines.add(line(table, "", rowStart, false));
            }
            for (int c = 0; c < row.size(); c++) {
                String label = c < header.size() && !header.get(c).isEmpty() ? header.get(c) + ": " : "";
                String text = label + row.get(c);
                for (LineSpan span : wrapper.wrapWords(text, width)) {
                    lines.add(line(table, span.of(text), rowStart, lines.isEmpty()));
                }
            }
            rowStart += String.join(Block.CELL_SEPARATOR, row).length() + 1;
        }
        return lines;
    }

    private static LayoutLine line(Block table, String text, int rowStart, boolean first) {
        return new LayoutLine(LineKind.BODY, table.number(), BlockKind.TABLE, "", text, rowStart, rowStart, first);
    }

    private int longestWord(String cell) {
        int longest = 0;
        for (String word : cell.split("\\s+")) {
            longest = Math.max(longest, measure.width(word));
        }
        return longest;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
