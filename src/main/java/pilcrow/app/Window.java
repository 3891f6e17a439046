package pilcrow.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.Numbering;
import pilcrow.core.model.TextSnapshot;

/**
 * The part of a large document that is laid out: a run of consecutive paragraphs (or pieces of a
 * paragraph too long to lay out whole) around the place being read, a few screens above and below
 * it. The reader's lines are this window's lines.
 *
 * @param snapshot   the text and its numbering as far as known when the window was laid out
 * @param places     the paragraphs' (and pieces') places, in order
 * @param numbers    the number of each place's paragraph: from the index, or estimated ({@code exact}
 *                   false); the pieces of one paragraph share its number
 * @param firstLines the line where each place's text begins
 * @param atStart    the window begins at the document's start (the title is in it)
 * @param atEnd      the window ends at the document's end (the source line is in it)
 * @param pending    a paragraph asked for ({@code :N}) beyond the indexed part, to go to once
 *                   known; 0 for none
 */
public record Window(TextSnapshot snapshot, List<Long> places, List<Integer> numbers,
                     List<Integer> firstLines, boolean exact, boolean atStart, boolean atEnd, int pending) {

    public Window {
        places = List.copyOf(places);
        numbers = List.copyOf(numbers);
        firstLines = List.copyOf(firstLines);
    }

    /**
     * The window of a text laid out whole in {@code lines} (a document in memory): its places are
     * its paragraph numbers, each beginning at its first line.
     */
    static Window whole(TextSnapshot snapshot, List<LayoutLine> lines) {
        int count = snapshot.numbering().count();
        List<Long> places = new ArrayList<>(count);
        List<Integer> numbers = new ArrayList<>(count);
        List<Integer> firstLines = new ArrayList<>(count);
        int line = 0;
        for (int number = 1; number <= count; number++) {
            while (line < lines.size() && (lines.get(line).paragraph() == 0 || lines.get(line).paragraph() < number)) {
                line++;
            }
            places.add((long) number);
            numbers.add(number);
            firstLines.add(line);
        }
        return new Window(snapshot, places, numbers, firstLines, true, true, true, 0);
    }

    /** Whether the window holds its whole text, laid out as a document in memory is. */
    public boolean laidOutWhole() {
        return text().laysOutWhole();
    }

    /** A window of a document without paragraphs. */
    static Window empty(TextSnapshot snapshot) {
        return new Window(snapshot, List.of(), List.of(), List.of(), true, true, true, 0);
    }

    public DocumentText text() {
        return snapshot.text();
    }

    public Numbering numbering() {
        return snapshot.numbering();
    }

    public int firstNumber() {
        return numbers.isEmpty() ? 1 : numbers.get(0);
    }

    /** The place of paragraph {@code number}'s first piece in the window, else -1. */
    public long placeOf(int number) {
        int i = numbers.indexOf(number);
        return i < 0 ? -1 : places.get(i);
    }

    /** Where paragraph {@code number} starts, when its start is in the window (not only a later piece), else -1. */
    public long startOf(int number) {
        long place = placeOf(number);
        return place < 0 || (place == places.get(0) && text().continues(place)) ? -1 : place;
    }

    /** The number the window gives the paragraph at {@code place}, or -1 when it is not in it. */
    public int numberOf(long place) {
        int i = places.indexOf(place);
        return i < 0 ? -1 : numbers.get(i);
    }

    /** The place whose text line {@code line} is in (or the last before it), or -1 above the first. */
    public long placeAt(int line) {
        int i = Collections.binarySearch(firstLines, line);
        i = i >= 0 ? i : -i - 2;
        return i < 0 ? -1 : places.get(i);
    }

    /** Body paragraphs in the document: exact once indexed, else estimated. */
    public int total() {
        return Math.max(numbering().estimatedTotal(text().estimatedParagraphs()), lastNumber());
    }

    public int lastNumber() {
        return numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
    }

    /** Numbers are estimates while the index is being built (and the window is past its end). */
    public boolean estimated() {
        return !exact;
    }

    Window withPending(int number) {
        return new Window(snapshot, places, numbers, firstLines, exact, atStart, atEnd, number);
    }
}
