package pilcrow.app;

import java.util.List;
import java.util.Objects;
import pilcrow.core.doc.Document;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;

/**
 * An open document: its lines laid out at the current width, the first line shown, and the
 * paragraph the reader is in (marked on screen, shown as ¶current/total).
 *
 * @param entry   its index in the document list
 * @param lines   the layout, derived from the document and {@code textWidth}
 * @param top     the first line shown
 * @param current the current paragraph, from 1 (0 for a document without paragraphs)
 * @param anchor  the place kept across resizes, or null when it is simply the top line (after any
 *                move by the reader)
 * @param window  the laid-out part of the text, with its places and numbers: all of a document in
 *                memory, a run of paragraphs around the place in a large one
 * @param link    the link selected with {@code l} or {@code L}, or null; kept while scrolling
 */
public record ReaderState(int entry, Document document, List<LayoutLine> lines, int textWidth, int top, int current,
                          Anchor anchor, Window window, LinkSpot link) {

    public ReaderState {
        lines = List.copyOf(lines);
        Objects.requireNonNull(window);
    }

    /** No link selected (a new layout). */
    public ReaderState(int entry, Document document, List<LayoutLine> lines, int textWidth, int top, int current,
                       Anchor anchor, Window window) {
        this(entry, document, lines, textWidth, top, current, anchor, window, null);
    }

    /** A document held whole, laid out whole in {@code lines}. */
    public ReaderState(int entry, Document document, List<LayoutLine> lines, int textWidth, int top, int current,
                       Anchor anchor) {
        this(entry, document, lines, textWidth, top, current, anchor,
                Window.whole(TextSnapshot.of(new WholeText(document)), lines));
    }

    /** Body paragraphs: as many as known or estimated (all of them in a document in memory). */
    public int paragraphCount() {
        return window.total();
    }

    /** The numbers shown are estimates (a large document still being indexed). */
    public boolean estimated() {
        return window.estimated();
    }

    public ReaderState scrolledTo(int newTop, int bodyRows) {
        int clamped = ListState.clamp(newTop, 0, maxTop(bodyRows));
        return new ReaderState(entry, document, lines, textWidth, clamped, paragraphAt(clamped), null, window, link);
    }

    /** Puts paragraph {@code number}'s first line at the top, or as near as the end allows. */
    public ReaderState atParagraph(int number, int bodyRows) {
        int line = firstLineOf(number);
        int clamped = ListState.clamp(line, 0, maxTop(bodyRows));
        return new ReaderState(entry, document, lines, textWidth, clamped, number, null, window, link);
    }

    public ReaderState withTop(int newTop) {
        return new ReaderState(entry, document, lines, textWidth, newTop, current, null, window, link);
    }

    /** Sets the current paragraph without moving (a match found lower on the same screen). */
    public ReaderState withCurrent(int number) {
        return new ReaderState(entry, document, lines, textWidth, top, number, anchor, window, link);
    }

    ReaderState withAnchor(Anchor value) {
        return new ReaderState(entry, document, lines, textWidth, top, current, value, window, link);
    }

    public int lastLineOf(int number) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).paragraph() == number) {
                return i;
            }
        }
        return 0;
    }

    /** The same place with {@code value} selected (null: none). */
    ReaderState withLink(LinkSpot value) {
        return new ReaderState(entry, document, lines, textWidth, top, current, anchor, window, value);
    }

    ReaderState withWindow(Window value) {
        return new ReaderState(entry, document, lines, textWidth, top, current, anchor, value, link);
    }

    /**
     * The last top that still fills the screen; less lets the end rise no further. In a window that
     * does not reach the document's end, any line of it (the window moves on before the end shows).
     */
    public int maxTop(int bodyRows) {
        if (!window.atEnd()) {
            return Math.max(0, lines.size() - 1);
        }
        return Math.max(0, lines.size() - Math.max(1, bodyRows));
    }

    public int firstLineOf(int number) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).paragraph() == number) {
                return i;
            }
        }
        return 0;
    }

    /** The paragraph a reader at line {@code line} is in: that line's, or the next one's. */
    public int paragraphAt(int line) {
        for (int i = line; i < lines.size(); i++) {
            if (lines.get(i).paragraph() > 0) {
                return lines.get(i).paragraph();
            }
        }
        return paragraphCount();
    }

    /**
     * How far the reader is, 0-100: its place (the one kept as its reading position) through the
     * document's paragraphs, as the list's READ column says it ({@link Place#percentOf}).
     */
    public int percent() {
        return ReadingPositions.placeOf(this).percentOf(paragraphCount());
    }
}
