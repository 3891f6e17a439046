package pilcrow.app;

import java.util.List;

/** Keys that do one action, with the words the help screen shows for it. */
public record Binding(List<KeyInput> keys, Action action, String help) {

    public Binding {
        keys = List.copyOf(keys);
    }

    public boolean matches(KeyInput key) {
        return keys.contains(key);
    }

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** The keys as the help screen shows them: each by name, the ten digits as 0-9. */
    public String label() {
        List<String> labels = keys.stream().map(KeyInput::label).toList();
        return labels.equals(DIGITS) ? "0-9" : String.join(", ", labels);
    }
}
