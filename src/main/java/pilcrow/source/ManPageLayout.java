package pilcrow.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;

/**
 * A formatted man page (a formatter's plain output, sanitized) as blocks. Lines at column 0 are
 * section headings (NAME, SYNOPSIS, ...), lines indented less than the body are subsection
 * headings. A paragraph the formatter filled (every line broken because the next word would not
 * fit) is prose and is reflowed at any width: a PARAGRAPH at the body's indent, a LIST_ITEM when
 * deeper or hanging from a tag ({@code .TP}, {@code .IP}: the tag its first line). Everything else
 * (the synopsis, examples, tables, option lists set by hand) kept its line breaks and columns on
 * purpose and is CODE, so the wrapper never runs its lines together.
 */
final class ManPageLayout {

    /** How far one nesting level (.RS, a .TP body) indents in formatted pages. */
    private static final int LEVEL_STEP = 7;

    private final List<String> lines;
    private final int fillWidth;
    private final int bodyIndent;
    private final List<Block> blocks = new ArrayList<>();

    private ManPageLayout(List<String> lines, int headerWidth) {
        this.lines = lines;
        // The header spans the line length the page was filled to; without one, the longest line.
        this.fillWidth = headerWidth > 0 ? headerWidth
                : lines.stream().mapToInt(String::length).max().orElse(ManFormatter.WIDTH);
        this.bodyIndent = commonIndent(lines);
    }

    /** The blocks of {@code formatted}, its running header and footer left out. */
    static List<Block> blocks(String formatted) {
        List<String> lines = new ArrayList<>();
        for (String line : formatted.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        int headerWidth = dropRunningLine(lines, true);
        dropRunningLine(lines, false);
        ManPageLayout layout = new ManPageLayout(lines, headerWidth);
        layout.build();
        return layout.blocks;
    }

    /** Drops the first (or last) line when it is the running header (footer), {@code LS(1) ... LS(1)}; its width, or -1. */
    private static int dropRunningLine(List<String> lines, boolean first) {
        for (int k = 0; k < lines.size(); k++) {
            int i = first ? k : lines.size() - 1 - k;
            if (lines.get(i).isBlank()) {
                continue;
            }
            String line = lines.get(i);
            String trimmed = line.trim();
            boolean alone = indent(line) > 0 && trimmed.indexOf(' ') < 0; // groff's footer of one "X(1)"
            if (trimmed.endsWith(")") && trimmed.contains("(") && (trimmed.contains("   ") || alone)) {
                lines.remove(i);
                return line.length();
            }
            return -1;
        }
        return -1;
    }

    /**
     * The body's indent (7 for both groff and mandoc): that of the first line under a section
     * heading (NAME's), else the most common one.
     */
    private static int commonIndent(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).isBlank() && indent(lines.get(i)) == 0 && indent(lines.get(i + 1)) > 0
                    && !lines.get(i + 1).isBlank()) {
                return indent(lines.get(i + 1));
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : lines) {
            int indent = indent(line);
            if (!line.isBlank() && indent > 0) {
                counts.merge(indent, 1, Integer::sum);
            }
        }
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            // The most common indent; of two as common, the smaller.
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private void build() {
        List<String> chunk = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                chunk(chunk);
                chunk.clear();
            } else if (indent(line) < bodyIndent && (indent(line) == 0 || chunk.isEmpty())) {
                // A heading, also when the body follows it without a blank line (NAME, then its line).
                chunk(chunk);
                chunk.clear();
                add(BlockKind.HEADING, indent(line) == 0 ? 1 : 2, "", line.trim());
            } else {
                chunk.add(line);
            }
        }
        chunk(chunk);
    }

    private void chunk(List<String> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        if (isProse(chunk, 0)) {
            int indent = indent(chunk.get(0));
            if (indent <= bodyIndent) {
                add(BlockKind.PARAGRAPH, 0, "", joined(chunk, 0));
            } else {
                add(BlockKind.LIST_ITEM, level(indent) + 1, "", joined(chunk, 0));
            }
            return;
        }
        List<List<String>> items = hangingItems(chunk);
        if (items != null) {
            items.forEach(this::hangingItem);
            return;
        }
        if (keepsLinesAsProse(chunk)) {
            // Lines broken on purpose (.br, an address, a copyright) but set as words: each line
            // is kept and wrapped on its own, rather than cut at cells as code is.
            String text = String.join("\n", chunk.stream().map(l -> l.trim().replaceAll(" {2,}", " ")).toList());
            int indent = indent(chunk.get(0));
            if (indent <= bodyIndent) {
                add(BlockKind.PARAGRAPH, 0, "", text);
            } else {
                add(BlockKind.LIST_ITEM, level(indent) + 1, "", text);
            }
            return;
        }
        add(BlockKind.CODE, 0, "", dedented(chunk));
    }

    /** One indent, and no line sets words in columns. */
    private static boolean keepsLinesAsProse(List<String> chunk) {
        int indent = indent(chunk.get(0));
        return chunk.stream().allMatch(l -> indent(l) == indent && !alignsColumns(l.trim()));
    }

    /** The chunk cut where each tag starts, when every part hangs from a tag; else null. */
    private List<List<String>> hangingItems(List<String> chunk) {
        int tagIndent = indent(chunk.get(0));
        List<List<String>> items = new ArrayList<>();
        for (String line : chunk) {
            if (indent(line) == tagIndent) {
                items.add(new ArrayList<>());
            } else if (indent(line) < tagIndent) {
                return null;
            }
            items.get(items.size() - 1).add(line);
        }
        for (List<String> item : items) {
            if (bodyOf(item) == null) {
                return null;
            }
        }
        return items;
    }

    /**
     * An item's tag and body lines (the body's first line cut from the tag's line when they share
     * it), when the body is one indent deeper than the tag and filled; else null.
     */
    private String[] bodyOf(List<String> item) {
        String first = item.get(0);
        int tagIndent = indent(first);
        int bodyIndent = item.size() > 1 ? indent(item.get(1)) : -1;
        String tag;
        List<String> body = new ArrayList<>();
        int gap = first.indexOf("  ", tagIndent);
        if (gap > 0 && (bodyIndent < 0 || firstNonSpace(first, gap) == bodyIndent)) {
            tag = first.substring(tagIndent, gap);
            body.add(" ".repeat(firstNonSpace(first, gap)) + first.substring(firstNonSpace(first, gap)));
        } else if (item.size() > 1) {
            tag = first.trim();
        } else {
            return null;
        }
        body.addAll(item.subList(1, item.size()));
        int indent = indent(body.get(0));
        if (indent <= tagIndent || body.stream().anyMatch(l -> indent(l) != indent) || !isProse(body, 0)) {
            return null;
        }
        return new String[] {tag, joined(body, 0), Integer.toString(tagIndent)};
    }

    private void hangingItem(List<String> item) {
        String[] parts = bodyOf(item);
        String tag = parts[0];
        int level = level(Integer.parseInt(parts[2])) + 1;
        // The tag is text, not a marker: find, quotes and the line mode see only a block's text, and
        // an option's name is what a reader of a man page searches for.
        add(BlockKind.LIST_ITEM, level, "", tag + "\n" + parts[1]);
    }

    private static int firstNonSpace(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** How many levels {@code indent} is past the body's. */
    private int level(int indent) {
        return Math.max(0, (indent - bodyIndent + LEVEL_STEP / 2) / LEVEL_STEP);
    }

    /**
     * Whether the lines are filled prose at one indent: each line but the last was ended because
     * the next word would not fit, and none lines words up in columns (runs of spaces that are not
     * a justified line's or a sentence's end).
     */
    private boolean isProse(List<String> chunk, int from) {
        int indent = indent(chunk.get(from));
        for (int i = from; i < chunk.size(); i++) {
            String line = chunk.get(i);
            if (indent(line) != indent) {
                return false;
            }
            boolean last = i == chunk.size() - 1;
            if (!last) {
                String next = chunk.get(i + 1).trim();
                int nextWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
                if (line.length() + 2 + nextWord <= fillWidth) {
                    return false; // broken early: the formatter was told where lines end
                }
            } else if (alignsColumns(line.trim())) {
                return false;
            }
        }
        return true;
    }

    /** A run of three spaces, or two not after a sentence's end: columns, not prose. */
    private static boolean alignsColumns(String text) {
        for (int i = text.indexOf("  "); i > 0; i = text.indexOf("  ", i + 2)) {
            char before = text.charAt(i - 1);
            boolean sentence = before == '.' || before == '?' || before == '!' || before == ':';
            if (!sentence || (i + 2 < text.length() && text.charAt(i + 2) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Prose lines as one line: runs of spaces (justification) made one, hyphenation undone. */
    private static String joined(List<String> chunk, int from) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < chunk.size(); i++) {
            String line = chunk.get(i).trim().replaceAll(" {2,}", " ");
            if (text.length() > 0) {
                int last = text.length() - 1;
                boolean hyphenated = text.charAt(last) == '\u2010' && last > 0 && Character.isLetter(text.charAt(last - 1));
                if (hyphenated) {
                    text.setLength(last);
                } else {
                    text.append(' ');
                }
            }
            text.append(line);
        }
        return text.toString();
    }

    /** Lines kept as they are, less the body's indent (never less than the chunk's own). */
    private String dedented(List<String> chunk) {
        int cut = Math.min(bodyIndent, chunk.stream().mapToInt(ManPageLayout::indent).min().orElse(0));
        StringBuilder text = new StringBuilder();
        for (String line : chunk) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line.substring(Math.min(cut, line.length())));
        }
        return text.toString();
    }

    private void add(BlockKind kind, int level, String marker, String text) {
        blocks.add(new Block(blocks.size() + 1, kind, level, marker, text));
    }
}
