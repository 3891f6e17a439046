package pilcrow.core.doc;

import java.util.Objects;

/**
 * One numbered unit of a document's body: a paragraph, heading, list item, quote or code block.
 *
 * @param number the paragraph number shown everywhere (command line, screens, bookmarks), from 1
 * @param level  heading level (1-6) for headings, nesting depth for list items and quotes, else 0
 * @param marker the list marker ("•", "3.") for list items, else empty
 * @param text   the block's text: prose joined into one line, code with its line breaks
 */
public record Block(int number, BlockKind kind, int level, String marker, String text) {

    public Block {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(marker);
        Objects.requireNonNull(text);
    }

    public static Block paragraph(int number, String text) {
        return new Block(number, BlockKind.PARAGRAPH, 0, "", text);
    }

    public int wordCount() {
        return Words.count(text);
    }
}
