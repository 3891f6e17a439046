package pilcrow.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keys as a settings file names them: as the help screen labels them ({@code j}, {@code Enter},
 * {@code PgDn}, {@code Ctrl-E}), named keys and Ctrl in any case, a single character as itself
 * ({@code G} is not {@code g}); {@code Comma} for the comma that separates keys.
 */
public final class KeyNames {

    private static final Map<String, KeyInput.Name> NAMED = Map.ofEntries(
            Map.entry("enter", KeyInput.Name.ENTER), Map.entry("esc", KeyInput.Name.ESCAPE),
            Map.entry("escape", KeyInput.Name.ESCAPE), Map.entry("tab", KeyInput.Name.TAB),
            Map.entry("backspace", KeyInput.Name.BACKSPACE), Map.entry("delete", KeyInput.Name.DELETE),
            Map.entry("up", KeyInput.Name.UP), Map.entry("down", KeyInput.Name.DOWN),
            Map.entry("left", KeyInput.Name.LEFT), Map.entry("right", KeyInput.Name.RIGHT),
            Map.entry("pgup", KeyInput.Name.PAGE_UP), Map.entry("pgdn", KeyInput.Name.PAGE_DOWN),
            Map.entry("home", KeyInput.Name.HOME), Map.entry("end", KeyInput.Name.END));

    private KeyNames() {
    }

    /** The key {@code written} names, or empty when it names none a terminal sends. */
    public static Optional<KeyInput> parse(String written) {
        String name = written.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(lower)) {
            return Optional.of(KeyInput.of(NAMED.get(lower)));
        }
        if (lower.equals("space")) {
            return Optional.of(KeyInput.of(' '));
        }
        if (lower.equals("comma")) {
            return Optional.of(KeyInput.of(','));
        }
        if (lower.length() == 6 && lower.startsWith("ctrl-") && lower.charAt(5) >= 'a' && lower.charAt(5) <= 'z') {
            return Optional.of(canonical(KeyInput.ctrl(lower.charAt(5))));
        }
        if (name.length() == 1 && KeyInput.of(name.charAt(0)).isPrintable()) {
            return Optional.of(KeyInput.of(name.charAt(0)));
        }
        return Optional.empty();
    }

    /**
     * The key as it arrives: Ctrl-I is the byte Tab sends, Ctrl-M and Ctrl-J are Enter's, Ctrl-H is
     * Backspace's, so a terminal never sends them apart from those keys.
     */
    public static KeyInput canonical(KeyInput key) {
        if (key.name() != KeyInput.Name.CHAR || !key.ctrl()) {
            return key;
        }
        return switch (key.ch()) {
            case 'i' -> KeyInput.of(KeyInput.Name.TAB);
            case 'm', 'j' -> KeyInput.of(KeyInput.Name.ENTER);
            case 'h' -> KeyInput.of(KeyInput.Name.BACKSPACE);
            default -> key;
        };
    }

    /** The key as a settings file writes it: its label, but {@code Comma} and a backslash escaped as properties want. */
    public static String written(KeyInput key) {
        if (key.isPrintable() && key.ch() == ',') {
            return "Comma";
        }
        if (key.isPrintable() && key.ch() == '\\') {
            return "\\\\";
        }
        return key.label();
    }
}
