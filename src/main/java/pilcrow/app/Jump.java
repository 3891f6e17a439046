package pilcrow.app;

/**
 * A place a jump left: the document, by its path as the list has it, and the place in it as
 * reading positions keep it (paragraph and offset, the same at any width).
 */
public record Jump(String path, Place place) {

    /** The same spot for the history's purposes: one entry a paragraph, as vim keeps one a line. */
    boolean sameSpot(Jump other) {
        return path.equals(other.path) && place.paragraph() == other.place.paragraph();
    }
}
