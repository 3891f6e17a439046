package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;

/**
 * Somewhere a document's bytes come from: a file, a document bundled in the jar, standard input.
 * The reader and the library see only this, so each kind is read, decompressed and named the same.
 */
public interface DocumentSource {

    /** How the document is named to the user: a path as given, or a description. */
    String name();

    /** The last part of the name, used for the format and as the title of last resort. */
    String fileName();

    /** The raw bytes, before any decompression. */
    InputStream openRaw() throws IOException;

    /** The size of the raw bytes, or -1 when not known before reading. */
    long size();

    /** Whether the bytes are gzip-compressed, by the name. */
    default boolean isGzip() {
        return isGzipName(fileName());
    }

    /** The file name without a {@code .gz} ending: what the decompressed bytes would be called. */
    default String innerFileName() {
        return innerName(fileName());
    }

    default boolean isMarkdown() {
        return isMarkdownName(innerFileName());
    }

    /** Whether a file of this name is gzip-compressed: it ends in {@code .gz}, in any case. */
    static boolean isGzipName(String fileName) {
        return endsWithIgnoringCase(fileName, ".gz");
    }

    /** A file name without its {@code .gz} ending, if it has one. */
    static String innerName(String fileName) {
        return isGzipName(fileName) ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /** Whether a file of this name (without {@code .gz}) is Markdown. */
    static boolean isMarkdownName(String fileName) {
        return endsWithIgnoringCase(fileName, ".md") || endsWithIgnoringCase(fileName, ".markdown");
    }

    /**
     * Whether {@code name} ends with the lower-case ASCII {@code ending} in any case, without a
     * lower-case copy (this is asked of every file of a library). As {@code toLowerCase(ROOT)}
     * then {@code endsWith} for these endings, KELVIN SIGN as k included.
     */
    private static boolean endsWithIgnoringCase(String name, String ending) {
        return name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length());
    }
}
