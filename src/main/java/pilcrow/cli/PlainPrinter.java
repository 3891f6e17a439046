package pilcrow.cli;

import java.io.PrintWriter;
import java.util.List;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.ParagraphWalk;
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

    /**
     * As {@link #printDocument} with numbers (all of it: {@code from} 1 and {@code to} the count)
     * or {@link #printParagraphs} (some, the reference the tests hold this to), for a text read
     * paragraph by paragraph, a large file's:
     * the same lines, without holding more than one paragraph at a time.
     */
    void printText(TextSnapshot snapshot, int from, int to, int width, boolean whole) {
        DocumentText text = snapshot.text();
        int gutter = gutterWidth(whole ? snapshot.numbering().count() : to);
        long place = from > to ? -1 : from == 1 ? text.first() : snapshot.numbering().placeOf(from);
        print(text, from, to, place, width, gutter, whole);
    }

    /**
     * As {@link #printDocument} without numbers, for a text read paragraph by paragraph: no
     * numbering is needed, so a large file is printed as it is read, without indexing it first.
     */
    void printText(DocumentText text, int width) {
        print(text, 1, Integer.MAX_VALUE, text.first(), width, 0, true);
    }

    /** Paragraphs {@code from} to {@code to} (or the text's end) from {@code place}, in a gutter. */
    private void print(DocumentText text, int from, int to, long place, int width, int gutter, boolean whole) {
        int wrap = Math.max(1, width - gutter);
        boolean any = false;
        if (whole) {
            for (LayoutLine line : layout.layout(text.title(), List.of(), null, wrap)) {
                printLine(line, 0);
                any = true;
            }
        }
        for (int number = from; number <= to && place >= 0; number++, place = ParagraphWalk.after(text, place)) {
            if (any) {
                out.println();
            }
            for (LayoutLine line : layout.block(ParagraphWalk.block(text, number, place), wrap)) {
                printLine(line, gutter);
            }
            any = true;
        }
        if (whole && text.source().isPresent()) {
            for (LayoutLine line : layout.layout(null, List.of(), text.source().get(), wrap)) {
                printLine(line, line.kind() == LineKind.BLANK ? 0 : gutter);
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
