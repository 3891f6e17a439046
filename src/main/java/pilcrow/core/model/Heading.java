package pilcrow.core.model;

/**
 * A heading of a document: where it is and what it says.
 *
 * @param number its paragraph number
 * @param place  its place in the text ({@link DocumentText}): the number itself in memory
 * @param level  1 for a top heading, down to 6
 * @param text   its text as shown (sanitized on entry)
 */
public record Heading(int number, long place, int level, String text) {
}
