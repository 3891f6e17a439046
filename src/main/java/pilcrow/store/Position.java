package pilcrow.store;

import java.util.Objects;

/**
 * Where the reader was in a document.
 *
 * @param documentKey what identifies the document across runs (the caller's choice, e.g. its
 *     content fingerprint or path)
 * @param offset a character offset inside the paragraph
 */
public record Position(String documentKey, String documentPath, int paragraph, int offset,
        long updatedMillis) {

    public Position {
        Objects.requireNonNull(documentKey, "documentKey");
        documentPath = documentPath == null ? "" : documentPath;
    }
}
