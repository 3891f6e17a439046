package pilcrow.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The key tables in force for one session: the defaults ({@link KeyMap}) with the user's
 * rebindings ({@link KeySettings}). They dispatch the session's keys and draw its help screen;
 * each session has its own, so one user's settings never reach another's reader.
 *
 * @param all the tables in the order the help screen shows them, as {@link KeyMap#ALL}
 */
public record KeyTables(List<KeyMap> all) {

    /** The tables as pilcrow ships them. */
    public static final KeyTables DEFAULTS = new KeyTables(KeyMap.ALL);

    public KeyTables {
        all = List.copyOf(all);
    }

    /** The table named {@code name} ({@code reader}, {@code global}), when there is one. */
    public Optional<KeyMap> named(String name) {
        return all.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The table of the keys {@code screen} takes before the global ones. */
    public KeyMap of(AppState.Screen screen) {
        return named(screen.name().toLowerCase(Locale.ROOT)).orElseThrow();
    }

    /** The keys every screen takes after its own. */
    public KeyMap global() {
        return named(KeyMap.GLOBAL.name()).orElseThrow();
    }

    /** The keys a prompt takes before typing. */
    public KeyMap prompt() {
        return named(KeyMap.PROMPT.name()).orElseThrow();
    }

    /** These tables with {@code action}'s keys in table {@code name} replaced by {@code keys}. */
    KeyTables with(String name, Action action, List<KeyInput> keys) {
        return new KeyTables(all.stream().map(t -> t.name().equals(name) ? t.withKeys(action, keys) : t).toList());
    }

    /**
     * The tables a key in table {@code name} shares a screen with: a mode's table is tried before
     * the global one, so each with the global; the global with every mode.
     */
    List<KeyMap> sharing(String name) {
        return name.equals(KeyMap.GLOBAL.name()) ? all : List.of(named(name).orElseThrow(), global());
    }
}
