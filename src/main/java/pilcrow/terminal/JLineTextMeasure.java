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
        return Math.max(1, WCWidth.charCountForGraphemeCluster(text, index));
    }

    @Override
    public int graphemeWidth(CharSequence text, int index) {
        return Math.max(0, WCWidth.wcwidthForGraphemeCluster(text, index));
    }
}
