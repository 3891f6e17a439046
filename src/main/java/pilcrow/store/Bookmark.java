package pilcrow.store;

import java.util.Objects;

/**
 * A bookmark on one paragraph. The path, the document's content fingerprint and a short quote of
 * the paragraph together let the reader find the place again after the document is edited or moved.
 *
 * @param id random and stable; two instances never have to agree on a counter
 * @param deleted a tombstone: kept in the file so that another instance's older copy cannot bring
 *     the bookmark back when files are merged
 */
public record Bookmark(
        String id,
        String documentPath,
        String fingerprint,
        int paragraph,
        String quote,
        String note,
        long createdMillis,
        long updatedMillis,
        boolean deleted) {

    public Bookmark {
        Objects.requireNonNull(id, "id");
        documentPath = orEmpty(documentPath);
        fingerprint = orEmpty(fingerprint);
        quote = orEmpty(quote);
        note = orEmpty(note);
    }

    /** The same bookmark with another note; {@link Store#update} stamps the time. */
    public Bookmark withNote(String newNote) {
        return new Bookmark(id, documentPath, fingerprint, paragraph, quote, newNote,
                createdMillis, updatedMillis, deleted);
    }

    /** The same bookmark elsewhere, e.g. re-anchored after the document was edited or moved. */
    public Bookmark withPlace(String newPath, int newParagraph) {
        return new Bookmark(id, newPath, fingerprint, newParagraph, quote, note,
                createdMillis, updatedMillis, deleted);
    }

    Bookmark stamped(long millis, boolean tombstone) {
        if (tombstone) {
            // A deleted bookmark's text goes: the user asked for it to be gone. Only what the merge
            // needs stays.
            return new Bookmark(id, "", "", 0, "", "", createdMillis, millis, true);
        }
        return new Bookmark(id, documentPath, fingerprint, paragraph, quote, note,
                createdMillis, millis, false);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
