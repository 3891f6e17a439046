package pilcrow.app;

import pilcrow.core.layout.LayoutLine;

/**
 * The reader's place, independent of the width: the first paragraph line at or below the top,
 * as (paragraph, char offset), and how many rows below the top it was; and the place of the
 * paragraph or piece the offset counts in (-1 when not known).
 */
public record Anchor(int paragraph, int offset, int rowsBelowTop, long place) {

    public Anchor(int paragraph, int offset, int rowsBelowTop) {
        this(paragraph, offset, rowsBelowTop, -1);
    }

    static Anchor of(ReaderState reader) {
        for (int i = reader.top(); i < reader.lines().size(); i++) {
            LayoutLine line = reader.lines().get(i);
            if (line.paragraph() > 0) {
                return new Anchor(line.paragraph(), line.start(), i - reader.top(), reader.window().placeAt(i));
            }
        }
        return new Anchor(0, 0, 0);
    }

    int lineIn(ReaderState reader) {
        if (paragraph == 0) {
            return reader.lines().size();
        }
        int found = reader.firstLineOf(paragraph);
        for (int i = found; i < reader.lines().size() && reader.lines().get(i).paragraph() == paragraph; i++) {
            if (reader.lines().get(i).start() <= offset) {
                found = i;
            }
        }
        return found - rowsBelowTop;
    }
}
