package pilcrow.app;

/**
 * A key as the app sees it, whatever terminal it came from. Characters carry {@code ch}; named keys
 * carry {@code name}; Ctrl-letter arrives as the letter with {@code ctrl} set.
 */
public record KeyInput(Name name, char ch, boolean ctrl) {

    public enum Name {
        CHAR, ENTER, ESCAPE, BACKSPACE, TAB, UP, DOWN, LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END, DELETE
    }

    public static KeyInput of(char ch) {
        return new KeyInput(Name.CHAR, ch, false);
    }

    public static KeyInput ctrl(char letter) {
        return new KeyInput(Name.CHAR, Character.toLowerCase(letter), true);
    }

    public static KeyInput of(Name name) {
        return new KeyInput(name, '\0', false);
    }

    public boolean isPrintable() {
        return name == Name.CHAR && !ctrl && !Character.isISOControl(ch);
    }

    /** How the help screen writes the key: {@code j}, {@code Down}, {@code Ctrl-L}, {@code Space}. */
    public String label() {
        if (name != Name.CHAR) {
            return switch (name) {
                case PAGE_UP -> "PgUp";
                case PAGE_DOWN -> "PgDn";
                case ESCAPE -> "Esc";
                case BACKSPACE -> "Backspace";
                default -> name.name().charAt(0) + name.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            };
        }
        if (ctrl) {
            return "Ctrl-" + Character.toUpperCase(ch);
        }
        return ch == ' ' ? "Space" : String.valueOf(ch);
    }
}
