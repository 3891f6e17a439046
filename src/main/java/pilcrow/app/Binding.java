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
}
