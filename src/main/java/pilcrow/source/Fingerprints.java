package pilcrow.source;

import java.io.IOException;
import java.util.Optional;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.DocumentSummary;

/**
 * A document's fingerprint by one rule, wherever it was read: a file that opens as a large document
 * (plain UTF-8 text of {@link MappedSearch#THRESHOLD} or more) has the cheap one, its size and ends
 * ({@link EndsFingerprint}), as the reader's {@link LargeFile} has, even when it was read whole
 * (hashing a GiB's text takes seconds, and a bookmark made in the reader would not match it); any
 * other document has its whole text's ({@link Anchors#fingerprint}).
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprint of {@code document}, read from {@code source}; empty when a large file cannot be read now. */
    public static String of(DocumentSource source, Document document) {
        if (MappedSearch.suits(source)) {
            FileSource file = (FileSource) source;
            try {
                Optional<TextFile> opened = TextFile.open(file.path(), file.opener());
                if (opened.isPresent()) {
                    try (TextFile text = opened.get()) {
                        return EndsFingerprint.of(text.channel(), text.size());
                    }
                }
            } catch (IOException e) {
                return ""; // as LargeFile says it: no fingerprint, so no bookmark is matched by one
            }
        }
        return Anchors.fingerprint(document);
    }

    /** What a library's list keeps of a document: its title, counts and fingerprint ({@link #of}). */
    public static DocumentSummary summary(DocumentSource source, Document document) {
        return new DocumentSummary(document.title(), document.paragraphCount(), document.wordCount(),
                of(source, document));
    }
}
