package pilcrow.source;

/**
 * Takes the overstrike out of a formatter's output: {@code x\bx} (bold) and {@code _\bx}
 * (underline) are {@code x}. pilcrow's blocks hold no inline styles, so the emphasis is dropped
 * rather than shown as {@code ^H}; any other backspace is left for the sanitizer to show.
 */
final class Overstrike {

    private Overstrike() {
    }

    static String plain(String text) {
        if (text.indexOf('\b') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp != '\b' || out.length() == 0 || next >= text.length() || text.charAt(next) == '\n'
                    || out.charAt(out.length() - 1) == '\n') {
                out.appendCodePoint(cp);
                i = next;
                continue;
            }
            int struck = out.codePointBefore(out.length());
            int over = text.codePointAt(next);
            // "_\bx" is x underlined and "x\b_" too; "x\bx" is x in bold: the letter stays, once.
            if (over != '_' || struck == '_') {
                out.setLength(out.length() - Character.charCount(struck));
                out.appendCodePoint(over);
            }
            i = next + Character.charCount(over);
        }
        return out.toString();
    }
}
