package pilcrow.view;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import pilcrow.core.doc.TextStyle;

/**
 * The colours of the reader, by role: the view asks the theme for a role's colour and never names
 * one itself. Each theme's colours are readable on its background with the xterm palette (WCAG's
 * 4.5:1, checked by a test); monochrome has none, so bold, dim, reverse and marks carry it all.
 */
public enum Theme {
    /** Light text on a dark background (a black terminal). */
    DARK(Map.of(Role.ACCENT, Style.Color.CYAN, Role.MARK, Style.Color.YELLOW,
            Role.HEADING, Style.Color.BRIGHT_MAGENTA, Role.CODE, Style.Color.GREEN)),
    /** Dark text on a light background (xterm's own default, black on white). */
    LIGHT(Map.of(Role.ACCENT, Style.Color.BLUE, Role.MARK, Style.Color.RED,
            Role.HEADING, Style.Color.MAGENTA, Role.CODE, Style.Color.BLUE)),
    /** No colour: today's NO_COLOR look. */
    MONOCHROME(Map.of());

    /** What a colour says, rather than which colour it is. */
    public enum Role {
        /** Where you are: the current paragraph's bar, list items' bullets, paragraph numbers in lists. */
        ACCENT,
        /** What you asked for: bookmarks and find's matches. */
        MARK,
        /** Titles and headings. */
        HEADING,
        /** Code blocks. */
        CODE
    }

    private final Map<Role, Style.Color> colors;

    Theme(Map<Role, Style.Color> colors) {
        this.colors = colors.isEmpty() ? Map.of() : new EnumMap<>(colors);
    }

    /** {@code style} in the role's colour, or as it is when the theme has none. */
    public Style paint(Style style, Role role) {
        Style.Color color = colors.get(role);
        return color == null ? style : style.withColor(color);
    }

    /**
     * {@code style} with a document's own colour and emphasis over it (SGR in a log): emphasis
     * always, colours only when the theme has colours (monochrome, NO_COLOR: none).
     */
    public Style paintDocument(Style style, TextStyle own) {
        Style emphasized = style.withEmphasis(own.bold(), own.dim(), own.italic(), own.underline(), own.reverse());
        if (colors.isEmpty()) {
            return emphasized;
        }
        Style coloured = own.foreground() < 0 ? emphasized : emphasized.withColor(Style.Color.ofIndex(own.foreground()));
        return own.background() < 0 ? coloured : coloured.withBackground(Style.Color.ofIndex(own.background()));
    }

    /** The role's colour, DEFAULT (the terminal's foreground) when the theme has none. */
    public Style.Color color(Role role) {
        return colors.getOrDefault(role, Style.Color.DEFAULT);
    }

    /** The theme a setting names ({@code dark}, {@code light}, {@code monochrome}); dark for anything else. */
    public static Theme named(String name) {
        for (Theme theme : values()) {
            if (theme.name().toLowerCase(Locale.ROOT).equals(name)) {
                return theme;
            }
        }
        return DARK;
    }
}
