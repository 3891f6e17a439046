package pilcrow.app;

import java.util.List;
import pilcrow.core.large.LargeText;
import pilcrow.core.large.ParagraphIndex;

/**
 * The part of a large document that is laid out: a run of consecutive paragraphs around the place
 * being read, a few screens above and below it. The reader's lines are this window's lines.
 *
 * @param places      the paragraphs' places (byte offsets), in order
 * @param firstNumber the first paragraph's number: from the index, or estimated ({@code exact} false)
 * @param atStart     the window begins at the document's start (the title is in it)
 * @param atEnd       the window ends at the document's end (the source line is in it)
 * @param pending     a paragraph asked for ({@code :N}) beyond the indexed part, to go to once
 *                    known; 0 for none
 */
public record Window(LargeText text, ParagraphIndex index, List<Long> places, int firstNumber, boolean exact,
                     boolean atStart, boolean atEnd, int pending) {

    public Window {
        places = List.copyOf(places);
    }

    /** The place of paragraph {@code number} when it is in the window, else -1. */
    public long placeOf(int number) {
        int i = number - firstNumber;
        return i >= 0 && i < places.size() ? places.get(i) : -1;
    }

    /** The number the window gives the paragraph at {@code place}, or -1 when it is not in it. */
    public int numberOf(long place) {
        int i = places.indexOf(place);
        return i < 0 ? -1 : firstNumber + i;
    }

    /** Body paragraphs in the document: exact once indexed, else estimated. */
    public int total() {
        return Math.max(index.estimatedTotal(text.estimatedParagraphs()), lastNumber());
    }

    public int lastNumber() {
        return firstNumber + places.size() - 1;
    }

    /** Numbers are estimates while the index is being built (and the window is past its end). */
    public boolean estimated() {
        return !exact;
    }

    Window withPending(int number) {
        return new Window(text, index, places, firstNumber, exact, atStart, atEnd, number);
    }
}
