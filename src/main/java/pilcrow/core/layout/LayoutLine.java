package pilcrow.core.layout;

import pilcrow.core.doc.BlockKind;

/**
 * One screen line of a laid-out document.
 *
 * @param paragraph the paragraph it belongs to (from 1), or 0 for the title, blanks and the source
 * @param blockKind the kind of that paragraph's block (PARAGRAPH for lines outside the body)
 * @param prefix    what goes before the text: a list marker, a quote bar, code indent
 * @param text      the line's text, cut from the paragraph's text at chars [start, end)
 * @param first     the paragraph's first line
 */
public record LayoutLine(LineKind kind, int paragraph, BlockKind blockKind, String prefix, String text,
                         int start, int end, boolean first) {

    static final LayoutLine BLANK = new LayoutLine(LineKind.BLANK, 0, BlockKind.PARAGRAPH, "", "", 0, 0, false);

    /** The whole line as plain text. */
    public String plain() {
        return prefix + text;
    }
}
