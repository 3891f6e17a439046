package pilcrow.view;

/**
 * How a cell is drawn. Colours are few and from the basic palette, so they read on dark and light
 * backgrounds; everything that matters (selection, the current paragraph) is also shown by reverse
 * video or a mark, so it survives {@code NO_COLOR} and monochrome terminals. {@code link} is the
 * URL a cell links to (an OSC 8 hyperlink, where the terminal takes them), or null. A background
 * and italics are only ever a document's own colour (SGR in a log), never the reader's.
 */
public record Style(Color color, boolean bold, boolean dim, boolean reverse, boolean underline, String link,
                    Color background, boolean italic) {

    /** A style that is no hyperlink. */
    public Style(Color color, boolean bold, boolean dim, boolean reverse, boolean underline) {
        this(color, bold, dim, reverse, underline, null);
    }

    /** A style on the terminal's own background, not italic. */
    public Style(Color color, boolean bold, boolean dim, boolean reverse, boolean underline, String link) {
        this(color, bold, dim, reverse, underline, link, Color.DEFAULT, false);
    }

    /**
     * The 16 ANSI colours ({@link Theme} chooses among them by role) in their SGR order after
     * DEFAULT, the terminal's own colour.
     */
    public enum Color {
        DEFAULT, BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE,
        BRIGHT_BLACK, BRIGHT_RED, BRIGHT_GREEN, BRIGHT_YELLOW, BRIGHT_BLUE, BRIGHT_MAGENTA, BRIGHT_CYAN, BRIGHT_WHITE;

        /** ANSI colour {@code index} (0-15), or DEFAULT for a negative one. */
        public static Color ofIndex(int index) {
            return index < 0 ? DEFAULT : values()[index + 1];
        }
    }

    public static final Style PLAIN = new Style(Color.DEFAULT, false, false, false, false);
    public static final Style BOLD = PLAIN.withBold();
    public static final Style DIM = new Style(Color.DEFAULT, false, true, false, false);
    public static final Style REVERSE = new Style(Color.DEFAULT, false, false, true, false);

    public Style withBold() {
        return new Style(color, true, dim, reverse, underline, link, background, italic);
    }

    public Style withUnderline() {
        return new Style(color, bold, dim, reverse, true, link, background, italic);
    }

    public Style withReverse() {
        return new Style(color, bold, dim, true, underline, link, background, italic);
    }

    public Style withColor(Color value) {
        return new Style(value, bold, dim, reverse, underline, link, background, italic);
    }

    /** The same look on {@code value}. */
    public Style withBackground(Color value) {
        return new Style(color, bold, dim, reverse, underline, link, value, italic);
    }

    /** The same look with these emphases added. */
    public Style withEmphasis(boolean addBold, boolean addDim, boolean addItalic, boolean addUnderline,
                              boolean addReverse) {
        return new Style(color, bold || addBold, dim || addDim, reverse || addReverse, underline || addUnderline,
                link, background, italic || addItalic);
    }

    /** The same look, linking to {@code uri} (null: to nothing). */
    public Style withLink(String uri) {
        return new Style(color, bold, dim, reverse, underline, uri, background, italic);
    }

    public Style withoutColor() {
        return new Style(Color.DEFAULT, bold, dim, reverse, underline, link, Color.DEFAULT, italic);
    }

    /**
     * Written out rather than the record's, which is bootstrapped through invokedynamic: the first
     * call spun eight method-handle classes in the first frame's draw, before the first paint
     * (-Xlog:class+load+cause), which the AOT cache does not keep; and the frame's cell compares
     * run it for every cell.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Style that && color == that.color && bold == that.bold
                && dim == that.dim && reverse == that.reverse && underline == that.underline
                && background == that.background && italic == that.italic
                && java.util.Objects.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        int flags = (bold ? 1 : 0) | (dim ? 2 : 0) | (reverse ? 4 : 0) | (underline ? 8 : 0) | (italic ? 16 : 0);
        return java.util.Objects.hash(color, background, flags, link);
    }
}
