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
        return FileNames.isGzip(fileName());
    }

    /** The file name without a {@code .gz} ending: what the decompressed bytes would be called. */
    default String innerFileName() {
        return FileNames.inner(fileName());
    }

    default boolean isMarkdown() {
        return FileNames.isMarkdown(innerFileName());
    }

    /** Whether the name says EPUB, a book read from its archive ({@link EpubBook}). */
    default boolean isEpub() {
        return FileNames.isEpub(fileName());
    }

    /** Whether the name says HTML; a text starting as HTML is HTML too ({@link HtmlParser#looksLikeHtml}). */
    default boolean isHtml() {
        return FileNames.isHtml(innerFileName());
    }
}
