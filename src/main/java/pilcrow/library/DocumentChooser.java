package pilcrow.library;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import pilcrow.source.FileNames;

/**
 * Which document of a library an argument names: a number as listed (1 to the size), else the one
 * title that contains it, ignoring case, else the one title that is it exactly. The shell's
 * {@code open} and the command line's {@code DOC} ask this; each words the outcome its own way.
 */
public final class DocumentChooser {

    /** What the argument named. */
    public sealed interface Choice permits Chosen, NoSuchNumber, NoMatch, Ambiguous {
    }

    /** The document at {@code index} (from 0). */
    public record Chosen(int index) implements Choice {
    }

    /** A number outside 1 to {@code size}. */
    public record NoSuchNumber(int number, int size) implements Choice {
    }

    /** No title holds the argument. */
    public record NoMatch() implements Choice {
    }

    /** {@code count} titles hold it and none, or more than one, is it exactly. */
    public record Ambiguous(int count) implements Choice {
    }

    private DocumentChooser() {
    }

    /**
     * Chooses among {@code titles}. A number counts every document; a title is looked for only in
     * the {@code eligible} ones (the command line leaves out those it could not read).
     */
    public static Choice choose(String argument, List<String> titles, IntPredicate eligible) {
        if (argument.matches("\\d{1,9}")) {
            int number = Integer.parseInt(argument);
            return number < 1 || number > titles.size() ? new NoSuchNumber(number, titles.size())
                    : new Chosen(number - 1);
        }
        String wanted = argument.toLowerCase(Locale.ROOT);
        int found = 0;
        int firstFound = -1;
        int exact = 0;
        int firstExact = -1;
        for (int i = 0; i < titles.size(); i++) {
            if (!eligible.test(i)) {
                continue;
            }
            String title = titles.get(i);
            if (title.toLowerCase(Locale.ROOT).contains(wanted) && found++ == 0) {
                firstFound = i;
            }
            if (title.equalsIgnoreCase(argument) && exact++ == 0) {
                firstExact = i;
            }
        }
        if (found == 1) {
            return new Chosen(firstFound);
        }
        if (exact == 1) {
            return new Chosen(firstExact);
        }
        return found == 0 ? new NoMatch() : new Ambiguous(found);
    }

    /**
     * Whether an argument names a file rather than a title: it has a slash, or ends as a document
     * does ({@code .txt}, {@code .md}, ..., {@code .gz} or {@code .epub}), by the rule the library's scan uses.
     */
    public static boolean looksLikePath(String argument) {
        return argument.contains("/") || FileNames.isGzip(argument) || FileNames.saysText(argument)
                || FileNames.isEpub(argument);
    }
}
