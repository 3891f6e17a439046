package pilcrow.core.model;

import java.util.Objects;

/**
 * A document's text with its numbering as far as known: what a window lays out, what a find
 * searches, and what indexing hands the app as it goes ({@code Msg.Indexed}).
 */
public record TextSnapshot(DocumentText text, Numbering numbering) {

    public TextSnapshot {
        Objects.requireNonNull(text);
        Objects.requireNonNull(numbering);
    }

    /** The text as opened, before any indexing. */
    public static TextSnapshot of(DocumentText text) {
        return new TextSnapshot(text, text.emptyNumbering());
    }

    /** The text's headings, numbered by this numbering ({@link DocumentText#outline}). */
    public Outline outline() {
        return text.outline(numbering);
    }
}
