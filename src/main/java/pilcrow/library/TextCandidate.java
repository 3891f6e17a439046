package pilcrow.library;

import pilcrow.core.doc.Document;
import pilcrow.core.model.DocumentText;

/**
 * A document whose text is at hand, as the {@link BookmarkPlacer} sees it: the line mode's and the
 * command line's documents are read already, so each answers from its text.
 *
 * @param path what bookmarks know it by
 */
public record TextCandidate(String path, DocumentText text) implements BookmarkPlacer.Candidate {

    @Override
    public String fingerprint() {
        return text.fingerprint();
    }

    @Override
    public boolean locatesQuotes() {
        return text.locatesQuotes();
    }

    @Override
    public Document document() {
        return text.held();
    }
}
