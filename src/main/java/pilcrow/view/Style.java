package pilcrow.view;

/**
 * How a cell is drawn. Colours are few and from the basic palette, so they read on dark and light
 * backgrounds; everything that matters (selection, the current paragraph) is also shown by reverse
 * video or a mark, so it survives {@code NO_COLOR} and monochrome terminals. {@code link} is the
 * URL a cell links to (an OSC 8 hyperlink, where the terminal takes them), or null.
 */
public record Style(Color color, boolean bold, boolean dim, boolean reverse, boolean underline, String link) {

    /** A style that is no hyperlink. */
    public Style(Color color, boolean bold, boolean dim, boolean reverse, boolean underline) {
        this(color, bold, dim, reverse, underline, null);
    }

    /** ANSI colours ({@link Theme} chooses them by role); DEFAULT is the terminal's own foreground. */
    public enum Color { DEFAULT, BLUE, CYAN, GREEN, MAGENTA, BRIGHT_MAGENTA, YELLOW, RED }

    public static final Style PLAIN = new Style(Color.DEFAULT, false, false, false, false);
    public static final Style BOLD = PLAIN.withBold();
    public static final Style DIM = new Style(Color.DEFAULT, false, true, false, false);
    public static final Style REVERSE = new Style(Color.DEFAULT, false, false, true, false);

    public Style withBold() {
        return new Style(color, true, dim, reverse, underline);
    }

    public Style withUnderline() {
        return new Style(color, bold, dim, reverse, true);
    }

    public Style withReverse() {
        return new Style(color, bold, dim, true, underline);
    }

    public Style withColor(Color value) {
        return new Style(value, bold, dim, reverse, underline, link);
    }

    /** The same look, linking to {@code uri} (null: to nothing). */
    public Style withLink(String uri) {
        return new Style(color, bold, dim, reverse, underline, uri);
    }

    public Style withoutColor() {
        return new Style(Color.DEFAULT, bold, dim, reverse, underline, link);
    }
}
