package pilcrow.core.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of a file a paragraph starts on, for an editor's {@code +LINE}. Blocks keep no source
 * line (Markdown's inline markup, HTML's tags and front matter are gone from their text), so the
 * line is found again: the paragraph's first words, with anything but letters and digits between
 * them (markup, a line break), the same opening's n-th time in the file as it is the n-th time in
 * the document before it. Cheap: one pass over the text, done only when {@code v} is pressed.
 */
public final class SourceLines {

    /** How many of the paragraph's first words are looked for: enough to tell paragraphs apart. */
    static final int WORDS = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SourceLines() {
    }

    /**
     * The line (from 1) block {@code number} of {@code document} starts on in {@code source}, its
     * file's text; 1 when not found. Fewer words are tried when all of them are not found together
     * (a link's target, say, stands between two of them in the file).
     */
    public static int lineOf(String source, Document document, int number) {
        if (number < 1 || number > document.paragraphCount()) {
            return 1;
        }
        String text = document.blocks().get(number - 1).text();
        for (int words = WORDS; words >= 1; words--) {
            Pattern opening = opening(text, words);
            if (opening == null) {
                return 1;
            }
            int line = lineOf(source, document, number, opening);
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }

    /** The line of {@code opening}'s match that is the paragraph's, or 0 when the file has none. */
    private static int lineOf(String source, Document document, int number, Pattern opening) {
        int before = document.titleInText() ? count(opening, document.title()) : 0;
        for (int i = 0; i < number - 1; i++) {
            before += count(opening, document.blocks().get(i).text());
        }
        Matcher matcher = opening.matcher(source);
        int first = -1;
        for (int seen = 0; matcher.find(); seen++) {
            first = first < 0 ? matcher.start() : first;
            if (seen == before) {
                return lineAt(source, matcher.start());
            }
        }
        return first < 0 ? 0 : lineAt(source, first);
    }

    /** The first {@code most} words of {@code text} with anything but letters and digits between them, or null when it has none. */
    static Pattern opening(String text, int most) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (words.size() < most && word.find()) {
            words.add(Pattern.quote(word.group()));
        }
        return words.isEmpty() ? null : Pattern.compile(String.join("[^\\p{L}\\p{N}]+", words));
    }

    private static int count(Pattern opening, String text) {
        int count = 0;
        for (Matcher matcher = opening.matcher(text); matcher.find(); ) {
            count++;
        }
        return count;
    }

    /** The line (from 1) of {@code offset} in {@code text}. */
    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
