package pilcrow.app;

/**
 * A bookmark as the reader shows it (the store's own record stays at the edge).
 *
 * @param documentPath the document's path as the entry has it
 */
public record Mark(String id, String documentPath, int paragraph, String note, long createdMillis) {
}
