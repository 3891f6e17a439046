package pilcrow.core.doc;

import java.text.Normalizer;

/**
 * Puts decoded text into the one shape the rest of the core expects: {@code \n} line ends (CRLF and
 * CR-only converted), tabs expanded to stops of eight, and Unicode NFC, so that a decomposed
 * "e + accent" and a precomposed "é" look, wrap and match the same.
 */
public final class TextNormalizer {

    public static final int TAB_STOP = 8;

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        String expanded = lineEndsAndTabs(text);
        return belowCombiningMarks(expanded) || Normalizer.isNormalized(expanded, Normalizer.Form.NFC)
                ? expanded
                : Normalizer.normalize(expanded, Normalizer.Form.NFC);
    }

    /** Line ends to {@code \n} and tabs expanded: all of {@link #normalize} that ASCII text needs. */
    public static String lineEndsAndTabs(String text) {
        String unixLines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return unixLines.indexOf('\t') < 0 ? unixLines : expandTabs(unixLines);
    }

    /**
     * Whether every character comes before U+0300, where the combining marks start: no character
     * there changes under NFC, nor combines with what precedes it, so such text is NFC already.
     * A plain loop, where the JDK's check (the same test, first) costs far more in a short-lived
     * process reading thousands of documents.
     */
    public static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }

    static String expandTabs(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
