package pilcrow.terminal;

import org.jline.utils.WCWidth;
import pilcrow.core.text.TextMeasure;

/**
 * Cell widths from JLine's tables, per grapheme cluster: an accent on a letter takes no cell, an
 * emoji with a skin tone or a family joined by ZWJ takes two. (Lanterna's own measure gets these
 * wrong, so the view never asks it.)
 */
public final class JLineTextMeasure implements TextMeasure {

    @Override
    public int graphemeLength(CharSequence text, int index) {
        return isLoneAscii(text, index) ? 1 : Math.max(1, WCWidth.charCountForGraphemeCluster(text, index));
    }

    @Override
    public int graphemeWidth(CharSequence text, int index) {
        return isLoneAscii(text, index) ? 1 : Math.max(0, WCWidth.wcwidthForGraphemeCluster(text, index));
    }

    @Override
    public int width(String text, int from, int to) {
        int i = from;
        while (i < to && isPrintableAscii(text.charAt(i))) {
            i++;
        }
        return i == to ? to - from : TextMeasure.super.width(text, from, to);
    }

    /**
     * Whether the grapheme at {@code index} is one printable ASCII character: one char, one cell.
     * Nothing below U+0300 extends a grapheme (the combining marks, joiners and selectors that do
     * all come later), so the next char need only be below it. JLine's cluster functions cost
     * about 140 ns a character under C1, which made wrapping a screen of prose take milliseconds.
     */
    private static boolean isLoneAscii(CharSequence text, int index) {
        return isPrintableAscii(text.charAt(index)) && (index + 1 == text.length() || text.charAt(index + 1) < 0x300);
    }

    private static boolean isPrintableAscii(char c) {
        return c >= 0x20 && c < 0x7F;
    }
}
