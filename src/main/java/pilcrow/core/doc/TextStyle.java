package pilcrow.core.doc;

/**
 * How a stretch of a plain-text document was coloured by the program that wrote it (SGR sequences
 * in a log or piped output), in terms the view can draw: one of the 16 basic colours or none for
 * the foreground and the background, and emphasis.
 *
 * @param foreground 0-15 (the ANSI colours, 8-15 the bright ones), or {@link #NONE}
 * @param background 0-15, or {@link #NONE}
 */
public record TextStyle(int foreground, int background, boolean bold, boolean dim, boolean italic,
                        boolean underline, boolean reverse) {

    /** No colour: the reader's own. */
    public static final int NONE = -1;

    public static final TextStyle PLAIN = new TextStyle(NONE, NONE, false, false, false, false, false);

    public TextStyle {
        if (foreground < NONE || foreground > 15 || background < NONE || background > 15) {
            throw new IllegalArgumentException("colours are 0-15 or NONE: " + foreground + ", " + background);
        }
    }

    public boolean isPlain() {
        return equals(PLAIN);
    }

    TextStyle withForeground(int colour) {
        return new TextStyle(colour, background, bold, dim, italic, underline, reverse);
    }

    TextStyle withBackground(int colour) {
        return new TextStyle(foreground, colour, bold, dim, italic, underline, reverse);
    }

    TextStyle withEmphasis(boolean bold, boolean dim, boolean italic, boolean underline, boolean reverse) {
        return new TextStyle(foreground, background, bold, dim, italic, underline, reverse);
    }
}
