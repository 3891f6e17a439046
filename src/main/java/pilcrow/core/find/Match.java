package pilcrow.core.find;

import pilcrow.core.doc.Document;

/**
 * Where a match is: in paragraph {@code paragraph} (numbered from 1; {@link #TITLE} for the title,
 * {@link #SOURCE} for the source line), chars {@code start} to {@code end} of that paragraph's
 * text; or, in a paragraph of a large document shown in pieces, of the text of the piece at byte
 * offset {@code piece} (-1 otherwise).
 *
 * <p>{@code place}: in a large document, where the match's paragraph starts (a byte offset, the
 * reader's place for it), else -1. The search counts paragraphs itself, so a match can be shown
 * at once, numbered, before the background index has reached it. It says where to find the
 * match, not which match it is: equality leaves it out, so a match found in a large file equals
 * the same match found in the text read whole.
 */
public record Match(int paragraph, int start, int end, long piece, long place) {

    public static final int TITLE = 0;
    /**
     * The source line ("CHINA MEDIA GROUP", shown after a dash below the last paragraph): numbered
     * after every paragraph, so matches in document order stay ordered by number.
     */
    public static final int SOURCE = Integer.MAX_VALUE;

    /** A match in a paragraph's (or the title's) whole text. */
    public Match(int paragraph, int start, int end) {
        this(paragraph, start, end, -1);
    }

    /** A match, in a piece at {@code piece} or (-1) in the whole paragraph, its paragraph's place not known. */
    public Match(int paragraph, int start, int end, long piece) {
        this(paragraph, start, end, piece, -1);
    }

    /** This match, its paragraph starting at {@code at} (a large document's byte offset). */
    public Match at(long at) {
        return new Match(paragraph, start, end, piece, at);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Match match && match.paragraph == paragraph && match.start == start
                && match.end == end && match.piece == piece;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(paragraph, start, end, piece);
    }

    public boolean inTitle() {
        return paragraph == TITLE;
    }

    public boolean inSource() {
        return paragraph == SOURCE;
    }

    /** In a numbered paragraph: neither the title nor the source line. */
    public boolean inParagraph() {
        return !inTitle() && !inSource();
    }

    /** The text the offsets count in: the title's, the source's or the paragraph's. */
    public String textIn(Document document) {
        return inTitle() ? document.title()
                : inSource() ? document.source().orElseThrow()
                : document.paragraph(paragraph).text();
    }

    /** Whether the offsets count from a piece of the paragraph. */
    public boolean inPiece() {
        return piece >= 0;
    }
}
