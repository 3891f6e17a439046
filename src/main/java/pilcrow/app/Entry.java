package pilcrow.app;

import pilcrow.core.doc.Document;

/**
 * One row of the document list: a readable document, or one that cannot be opened (a binary file)
 * with the reason.
 *
 * @param path     where it came from, as shown (unsanitized: the view sanitizes)
 * @param document the document, or null when it cannot be opened
 * @param problem  why it cannot be opened, or null
 */
public record Entry(String path, Document document, String problem) {

    public static Entry of(Document document) {
        return new Entry(document.name(), document, null);
    }

    public static Entry unreadable(String path, String problem) {
        return new Entry(path, null, problem);
    }

    public boolean readable() {
        return document != null;
    }

    public String title() {
        return readable() ? document.title() : fileName();
    }

    private String fileName() {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
