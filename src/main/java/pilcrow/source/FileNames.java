package pilcrow.source;

/**
 * What a file's name says of its content, by its ending in any case: gzip, Markdown, HTML. Whether it
 * is text at all its content says ({@link LibraryScanner}): names only choose the format. One
 * place for the rule, asked of every file of a library: endings are compared in place, without a
 * lower-case copy of the name. For these ASCII endings that is the same as lower-casing the name
 * (ROOT) and comparing, KELVIN SIGN as k included ({@code FileNamesTest}).
 */
public final class FileNames {

    private FileNames() {
    }

    /** Whether a file of this name is gzip-compressed: it ends in {@code .gz}. */
    public static boolean isGzip(String fileName) {
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

    /** Whether a file of this name (without {@code .gz}) is HTML: .html, .htm, .xhtml. */
    static boolean isHtml(String innerName) {
        return endsWith(innerName, ".html") || endsWith(innerName, ".htm") || endsWith(innerName, ".xhtml");
    }

    /** Whether a file of this name is an EPUB book: .epub (a book is known by its signature too). */
    public static boolean isEpub(String fileName) {
        return endsWith(fileName, ".epub");
    }

    /**
     * Whether the name ends as text documents usually do (.txt, .text, .md, .markdown, under a
     * .gz too): such a file is taken by a folder scan without looking at its first bytes, which
     * are looked at when it is read. Every other name is decided by content.
     */
    public static boolean saysText(String fileName) {
        String inner = inner(fileName);
        return endsWith(inner, ".txt") || endsWith(inner, ".text") || isMarkdown(inner);
    }

    /**
     * Whether a folder scan takes a file of this name without looking at its first bytes: text by
     * its name ({@link #saysText}) or HTML. Sniffing every page of a manual opened each file twice
     * in {@code pilcrow find} (100 ms of CPU across 10,000 pages, bench/html-find.sh).
     */
    static boolean takenUnopened(String fileName) {
        return saysText(fileName) || isHtml(inner(fileName));
    }

    private static boolean endsWith(String name, String lowerCaseEnding) {
        return name.regionMatches(true, name.length() - lowerCaseEnding.length(), lowerCaseEnding, 0,
                lowerCaseEnding.length());
    }
}
