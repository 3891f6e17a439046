package pilcrow.app;

/**
 * A bookmark as the reader shows it (the store's own record stays at the edge).
 *
 * @param documentPath the document's path as the entry has it
 * @param quote        the start of the paragraph, as it was when the bookmark was made
 */
public record Mark(String id, String documentPath, String fingerprint, int paragraph, String quote, String note,
                   long createdMillis) {
}
