package pilcrow.app;

import pilcrow.core.doc.DocumentSummary;

/** Row {@code entry} of the list measured in the background: its summary, or why it cannot be opened. */
public record Measurement(int entry, DocumentSummary summary, String problem) {
}
