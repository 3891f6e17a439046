package pilcrow.shell;

import java.util.List;
import pilcrow.core.doc.Block;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.text.LineSpan;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.TextMeasure;
import pilcrow.core.text.Wrapper;

/**
 * The shell's output as a screen reader and a braille display take it best: plain lines, each
 * paragraph one block that starts with {@code ¶N}, wrapped to a width (0: not wrapped at all),
 * with the same layout as the screen and {@code pilcrow show} (list markers, quote bars, code).
 */
final class Text {

    /** Wide enough that nothing wraps: a paragraph stays one line. */
    private static final int UNWRAPPED = Integer.MAX_VALUE / 4;

    private final TextMeasure measure;
    private final DocumentLayout layout;
    private final Wrapper wrapper;

    Text(TextMeasure measure) {
        this.measure = measure;
        this.layout = new DocumentLayout(measure);
        this.wrapper = new Wrapper(measure);
    }

    /**
     * A paragraph: {@code ¶N} and its first line, the next lines hanging under the text, then a
     * blank line, so blocks stay apart in a transcript (screen readers pass over the blank).
     */
    String paragraph(Block block, int width) {
        String number = "\u00b6" + block.number() + " ";
        int gutter = measure.width(number);
        int textWidth = width <= 0 ? UNWRAPPED : Math.max(1, width - gutter);
        StringBuilder out = new StringBuilder();
        List<LayoutLine> lines = layout.block(block, textWidth);
        for (LayoutLine line : lines) {
            String margin = out.length() == 0 ? number : " ".repeat(gutter);
            out.append((margin + line.plain()).stripTrailing()).append('\n');
        }
        if (lines.isEmpty()) {
            out.append(number.strip()).append('\n');
        }
        return Sanitizer.text(out.append('\n'));
    }

    /** A message, sanitized as one line each, and word-wrapped. */
    String line(String message, int width) {
        String clean = Sanitizer.line(message);
        if (width <= 0) {
            return clean + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (LineSpan span : wrapper.wrapWords(clean, width)) {
            out.append(span.of(clean).stripTrailing()).append('\n');
        }
        return out.length() == 0 ? "\n" : out.toString();
    }

    /**
     * Rows of (what to type, what it does) as a two-column table: the second column wrapped to
     * {@code width} with its lines hanging under it, so no line is broken by the terminal.
     */
    String table(List<String[]> rows, int width) {
        int left = rows.stream().mapToInt(r -> measure.width(r[0])).max().orElse(0) + 2;
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            String head = Sanitizer.line(row[0]);
            String body = Sanitizer.line(row[1]);
            String pad = " ".repeat(Math.max(0, left - measure.width(head)));
            if (width <= 0 || width - left < 20) {
                out.append(head).append(pad).append(body).append('\n');
                continue;
            }
            boolean first = true;
            for (LineSpan span : wrapper.wrapWords(body, width - left)) {
                out.append(first ? head + pad : " ".repeat(left)).append(span.of(body).stripTrailing()).append('\n');
                first = false;
            }
        }
        return out.toString();
    }
}
