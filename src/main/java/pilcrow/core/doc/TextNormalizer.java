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
        String unixLines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        String expanded = unixLines.indexOf('\t') < 0 ? unixLines : expandTabs(unixLines);
        return Normalizer.isNormalized(expanded, Normalizer.Form.NFC)
                ? expanded
                : Normalizer.normalize(expanded, Normalizer.Form.NFC);
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
