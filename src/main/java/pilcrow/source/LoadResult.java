package pilcrow.source;

import pilcrow.core.doc.Document;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.WholeText;

/** The outcome of reading one document: the document, or a one-line reason it cannot be read. */
public sealed interface LoadResult {

    DocumentSource source();

    /**
     * The text read, whatever holds it (a document in memory, or a large file read on demand), or
     * null when it could not be read: callers read every document one way.
     */
    default DocumentText text() {
        return null;
    }

    /** Lets go of what the text holds open (a large file's mapping); nothing for the others. */
    default void release() {
    }

    record Loaded(DocumentSource source, Document document) implements LoadResult {

        @Override
        public DocumentText text() {
            return new WholeText(document);
        }
    }

    /** A large plain-text file, to be read on demand. */
    record Large(DocumentSource source, LargeFile file) implements LoadResult {

        @Override
        public DocumentText text() {
            return file;
        }

        @Override
        public void release() {
            try {
                file.close();
            } catch (java.io.IOException e) {
                // closing a read-only mapping: nothing was written, nothing is lost
            }
        }
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
