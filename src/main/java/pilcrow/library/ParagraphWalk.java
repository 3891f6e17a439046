package pilcrow.library;

import pilcrow.core.doc.Block;
import pilcrow.core.model.DocumentText;

/**
 * Whole paragraphs of a {@link DocumentText}, walked by place, for the front ends that print them
 * (the line mode, {@code pilcrow show}): a document in memory has its blocks; a large text's
 * paragraph is a plain one, a long one put together from its pieces.
 */
public final class ParagraphWalk {

    private ParagraphWalk() {
    }

    /** Paragraph {@code number}, which starts at {@code place}. */
    public static Block block(DocumentText text, int number, long place) {
        Block block = text.block(place);
        if (block.number() == number) {
            return block;
        }
        StringBuilder whole = new StringBuilder(block.text());
        for (long piece = text.next(place); piece >= 0 && text.continues(piece); piece = text.next(piece)) {
            whole.append(text.text(piece));
        }
        return new Block(number, block.kind(), block.level(), block.marker(), whole.toString());
    }

    /** The paragraph after the one at {@code place} (past a long one's pieces), or -1. */
    public static long after(DocumentText text, long place) {
        long next = text.next(place);
        while (next >= 0 && text.continues(next)) {
            next = text.next(next);
        }
        return next;
    }

    /** The start of the paragraph {@code place} is in: its first piece. */
    public static long startOf(DocumentText text, long place) {
        long start = place;
        while (start >= 0 && text.continues(start)) {
            start = text.previous(start);
        }
        return start;
    }

    /** The paragraph before the one at {@code place} (at its first piece), or -1. */
    public static long before(DocumentText text, long place) {
        long previous = text.previous(startOf(text, place));
        return previous < 0 ? -1 : startOf(text, previous);
    }
}
