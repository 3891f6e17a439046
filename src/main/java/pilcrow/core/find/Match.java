package pilcrow.core.find;

/**
 * Where a match is: in paragraph {@code paragraph} (numbered from 1; {@link #TITLE} for the title),
 * chars {@code start} to {@code end} of that paragraph's text; or, in a paragraph of a large
 * document shown in pieces, of the text of the piece at byte offset {@code piece} (-1 otherwise).
 */
public record Match(int paragraph, int start, int end, long piece) {

    public static final int TITLE = 0;

    /** A match in a paragraph's (or the title's) whole text. */
    public Match(int paragraph, int start, int end) {
        this(paragraph, start, end, -1);
    }

    public boolean inTitle() {
        return paragraph == TITLE;
    }

    /** Whether the offsets count from a piece of the paragraph. */
    public boolean inPiece() {
        return piece >= 0;
    }
}
