package pilcrow.core.doc;

import java.util.Objects;

/**
 * What the document list shows of a document, and what finds it again, without its text: kept for
 * every document of a large library (and cached on disk) while the text is read only on demand.
 *
 * @param fingerprint {@link Anchors#fingerprint}, so a bookmark finds a moved document
 */
public record DocumentSummary(String title, int paragraphs, int words, String fingerprint) {

    public DocumentSummary {
        Objects.requireNonNull(title);
        Objects.requireNonNull(fingerprint);
    }

    public static DocumentSummary of(Document document) {
        return new DocumentSummary(document.title(), document.paragraphCount(), document.wordCount(),
                Anchors.fingerprint(document));
    }
}
