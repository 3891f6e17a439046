package pilcrow.core.doc;

/** Counts words as runs of non-space characters, as {@code wc -w} does. */
public final class Words {

    private Words() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordChar = !Character.isWhitespace(text.charAt(i));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
