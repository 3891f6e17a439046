package pilcrow.core.doc;

/** What a block of a document is, so the view can style it and code keeps its line breaks. */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    CODE,
    /** A table: its rows and cells are the block's {@link Block#rows}, laid out as columns. */
    TABLE;

    /** Code keeps its spacing and line breaks; everything else is reflowed prose (a table, in its cells). */
    public boolean isPreformatted() {
        return this == CODE;
    }
}
