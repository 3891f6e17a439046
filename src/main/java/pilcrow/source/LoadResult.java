package pilcrow.source;

import pilcrow.core.doc.Document;

/** The outcome of reading one document: the document, or a one-line reason it cannot be read. */
public sealed interface LoadResult {

    DocumentSource source();

    record Loaded(DocumentSource source, Document document) implements LoadResult {
    }

    /** A large plain-text file, to be read on demand (only for the full-screen reader). */
    record Large(DocumentSource source, LargeFile file) implements LoadResult {
    }

    /**
     * @param reason a short lower-case reason ("permission denied", "binary file")
     * @param binary the bytes were read but are not text: listed with a warning, refused on open
     */
    record Failed(DocumentSource source, String reason, boolean binary) implements LoadResult {

        /** The one line a user sees, e.g. {@code cannot open notes.txt: permission denied}. */
        public String message() {
            return "cannot open " + source.name() + ": " + reason;
        }
    }
}
