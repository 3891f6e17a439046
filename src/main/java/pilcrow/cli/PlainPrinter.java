package pilcrow.cli;

import java.io.PrintWriter;
import java.util.List;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.layout.DocumentLayout;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.layout.LineKind;
import pilcrow.core.text.TextMeasure;

/**
 * Documents as plain wrapped text, for pipes, dumb terminals and {@code pilcrow show}. With
 * numbers, each paragraph starts with {@code ¶N} in a gutter and its lines hang beside it.
 */
final class PlainPrinter {

    private final PrintWriter out;
    private final TextMeasure measure;
    private final DocumentLayout layout;

    PlainPrinter(PrintWriter out, TextMeasure measure) {
        this.out = out;
        this.measure = measure;
        this.layout = new DocumentLayout(measure);
    }

    /** The title, then every paragraph, then the source. */
    void printDocument(Document document, int width, boolean numbers) {
        int gutter = numbers ? gutterWidth(document.paragraphCount()) : 0;
        for (LayoutLine line : layout.layout(document, Math.max(1, width - gutter), true)) {
            boolean indent = numbers && line.kind() != LineKind.TITLE && line.kind() != LineKind.BLANK;
            printLine(line, indent ? gutter : 0);
        }
    }

    /** Only the paragraphs numbered {@code from} to {@code to}, each with its number. */
    void printParagraphs(Document document, int from, int to, int width) {
        int gutter = gutterWidth(to);
        for (int number = from; number <= to; number++) {
            if (number > from) {
                out.println();
            }
            Block block = document.paragraph(number);
            for (LayoutLine line : layout.block(block, Math.max(1, width - gutter))) {
                printLine(line, gutter);
            }
        }
    }

    private void printLine(LayoutLine line, int gutter) {
        String margin = "";
        if (gutter > 0) {
            String number = line.first() && line.paragraph() > 0 ? "\u00b6" + line.paragraph() : "";
            margin = number + " ".repeat(gutter - measure.width(number));
        }
        out.println((margin + line.plain()).stripTrailing());
    }

    /** Room for "¶" and the widest number, and two spaces. */
    static int gutterWidth(int largestNumber) {
        return 1 + String.valueOf(Math.max(1, largestNumber)).length() + 2;
    }

    void printAll(List<Document> documents, int width, boolean numbers) {
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                out.println();
                out.println();
            }
            printDocument(documents.get(i), width, numbers);
        }
    }
}
