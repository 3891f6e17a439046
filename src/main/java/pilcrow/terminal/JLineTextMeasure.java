package pilcrow.terminal;

import org.jline.utils.WCWidth;
import pilcrow.core.text.TextMeasure;

/**
 * Cell widths from JLine's tables, per grapheme cluster: an accent on a letter takes no cell, an
 * emoji with a skin tone or a family joined by ZWJ takes two. (Lanterna's own measure gets these
 * wrong, so the view never asks it.)
 */
public final class JLineTextMeasure implements TextMeasure {

    /**
     * The most chars JLine is shown of a text at once: more than any cluster a terminal draws as one
     * (a family emoji with skin tones is about 25); a longer run of combining marks is cut there.
     */
    static final int CLUSTER_WINDOW = 64;

    @Override
    public int graphemeLength(CharSequence text, int index) {
        return isLoneAscii(text, index) ? 1 : Math.max(1, WCWidth.charCountForGraphemeCluster(window(text, index), 0));
    }

    @Override
    public int graphemeWidth(CharSequence text, int index) {
        return isLoneAscii(text, index) ? 1 : Math.max(0, WCWidth.wcwidthForGraphemeCluster(window(text, index), 0));
    }

    /**
     * The text from {@code index}, at most {@link #CLUSTER_WINDOW} chars. On JDK 20 and later JLine
     * finds clusters with a {@code BreakIterator} set to the whole text it is given, at a cost that
     * grows with its length, for every cluster: a 20,000-character paragraph of Chinese took more
     * than 30 s to lay out (quadratic), where JDK 17's path took 0.1 s.
     */
    static CharSequence window(CharSequence text, int index) {
        return text.subSequence(index, Math.min(text.length(), index + CLUSTER_WINDOW));
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
