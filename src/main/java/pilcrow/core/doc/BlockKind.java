package pilcrow.core.doc;

/** What a block of a document is, so the view can style it and code keeps its line breaks. */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    CODE;

    /** Code keeps its spacing and line breaks; everything else is reflowed prose. */
    public boolean isPreformatted() {
        return this == CODE;
    }
}
