package pilcrow.shell;

import pilcrow.core.doc.Document;

/**
 * One document of the shell's library.
 *
 * @param key      what bookmarks and positions know it by: its path as the full-screen reader lists
 *                 it (absolute for a file)
 * @param document the document, or null when it cannot be opened
 * @param problem  why it cannot be opened, or null
 */
public record ShellDocument(String key, Document document, String problem) {

    public boolean readable() {
        return document != null;
    }

    /** The title, or the file name of a document that cannot be opened. */
    public String title() {
        return readable() ? document.title() : key.substring(key.lastIndexOf('/') + 1);
    }
}
