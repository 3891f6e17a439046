package pilcrow.source;

import java.util.List;

/**
 * What a file's name says of its content, by its ending in any case: gzip, Markdown, text. One
 * place for the rule, asked of every file of a library: endings are compared in place, without a
 * lower-case copy of the name. For these ASCII endings that is the same as lower-casing the name
 * (ROOT) and comparing, KELVIN SIGN as k included ({@code FileNamesTest}).
 */
final class FileNames {

    /** The endings of text documents, Markdown among them. */
    private static final List<String> TEXT_ENDINGS = List.of(".txt", ".text", ".md", ".markdown");

    private FileNames() {
    }

    /** Whether a file of this name is gzip-compressed: it ends in {@code .gz}. */
    static boolean isGzip(String fileName) {
        return endsWith(fileName, ".gz");
    }

    /** A file name without its {@code .gz} ending, if it has one. */
    static String inner(String fileName) {
        return isGzip(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /** Whether a file of this name (without {@code .gz}) is Markdown. */
    static boolean isMarkdown(String innerName) {
        return endsWith(innerName, ".md") || endsWith(innerName, ".markdown");
    }

    /**
     * Whether the name's ending (under a {@code .gz}) says text (true) or something else (false);
     * null for a name without an ending, whose content decides.
     */
    static Boolean isText(String fileName) {
        String inner = inner(fileName);
        if (inner.lastIndexOf('.') <= 0) {
            return null;
        }
        for (String ending : TEXT_ENDINGS) {
            if (endsWith(inner, ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String name, String lowerCaseEnding) {
        return name.regionMatches(true, name.length() - lowerCaseEnding.length(), lowerCaseEnding, 0,
                lowerCaseEnding.length());
    }
}
