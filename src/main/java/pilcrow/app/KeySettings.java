package pilcrow.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Key settings read into the tables in force: {@code key.MODE.ACTION = keys} replaces the
 * action's keys in that mode's table ({@code key.all.ACTION} in every table that has the action,
 * a mode's own setting winning). What cannot be taken is a one-line warning and leaves the
 * default: a name that is no mode or action, a key no terminal sends, a printable key in a prompt
 * (it would stop typing it), and a key another action has in the same mode or everywhere (never
 * two actions on one key).
 */
public final class KeySettings {

    /** What key settings are named by: {@code key.reader.line_down}. */
    public static final String PREFIX = "key.";
    /** The mode name that means every table having the action. */
    public static final String EVERY_MODE = "all";

    /**
     * The tables in force and what was not taken.
     *
     * @param fromFile {@code table.action} for each binding a setting changed
     */
    public record Rebound(KeyTables tables, List<String> warnings, Set<String> fromFile) {

        public Rebound {
            warnings = List.copyOf(warnings);
            fromFile = Set.copyOf(fromFile);
        }

        /** Whether {@code action}'s keys in table {@code table} are the settings file's. */
        public boolean fromFile(String table, Action action) {
            return fromFile.contains(table + "." + action);
        }
    }

    /** One action's new keys in one table, and the setting that asked. */
    private record Request(String setting, String value, String table, Action action, List<KeyInput> keys) {

        String id() {
            return table + "." + action;
        }
    }

    /** A key of a request that another binding in its mode has too. */
    private record Clash(Request request, KeyInput key, String table, Action owner) {
    }

    private KeySettings() {
    }

    /** The setting name of {@code action}'s keys in {@code table}, as {@code pilcrow config} writes it. */
    public static String settingName(KeyMap table, Action action) {
        return PREFIX + table.name() + "." + action.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The default tables with {@code settings} ({@code key.…} name to value) applied, each refusal
     * a warning that starts with {@code where} (the file's name) and the setting.
     */
    public static Rebound apply(Map<String, String> settings, String where) {
        List<String> warnings = new ArrayList<>();
        Map<String, Request> requests = new LinkedHashMap<>();
        // key.all.* first, so a mode's own setting replaces what it asked for that mode.
        for (boolean every : new boolean[] {true, false}) {
            for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
                if (isEveryMode(setting.getKey()) == every) {
                    requests(setting.getKey(), setting.getValue(), where, warnings)
                            .forEach(r -> requests.put(r.id(), r));
                }
            }
        }
        List<Request> accepted = new ArrayList<>(requests.values());
        KeyTables tables = applied(accepted);
        for (Optional<Clash> clash = clash(tables, accepted); clash.isPresent(); clash = clash(tables, accepted)) {
            Request refused = clash.get().request();
            accepted.remove(refused);
            warnings.add(warning(where, refused, clash.get().key().label() + " is already "
                    + PREFIX + clash.get().table() + "." + clash.get().owner().name().toLowerCase(Locale.ROOT)
                    + (isEveryMode(refused.setting()) ? " (in " + refused.table() + ")" : "")
                    + kept(refused)));
            tables = applied(accepted);
        }
        return new Rebound(tables, warnings, accepted.stream().map(Request::id).collect(Collectors.toSet()));
    }

    private static boolean isEveryMode(String setting) {
        return setting.toLowerCase(Locale.ROOT).startsWith(PREFIX + EVERY_MODE + ".");
    }

    /** The requests one setting makes (one per table it names), or none and a warning. */
    private static List<Request> requests(String setting, String value, String where, List<String> warnings) {
        String[] parts = setting.toLowerCase(Locale.ROOT).split("\\.", -1);
        Request shape = new Request(setting, value, "", null, List.of());
        if (parts.length != 3 || !parts[0].equals("key")) {
            warnings.add(warning(where, shape, "not a key setting (key.MODE.ACTION = keys)"));
            return List.of();
        }
        boolean every = parts[1].equals(EVERY_MODE);
        if (!every && KeyTables.DEFAULTS.named(parts[1]).isEmpty()) {
            warnings.add(warning(where, shape, "no mode " + quoted(parts[1]) + " (modes: " + EVERY_MODE + ", "
                    + KeyMap.ALL.stream().map(KeyMap::name).collect(Collectors.joining(", ")) + ")"));
            return List.of();
        }
        Optional<Action> action = action(parts[2]);
        if (action.isEmpty()) {
            warnings.add(warning(where, shape, "no action " + quoted(parts[2]) + " (the help screen's rows;"
                    + " pilcrow config lists them)"));
            return List.of();
        }
        List<KeyMap> tables = KeyMap.ALL.stream().filter(t -> every || t.name().equals(parts[1]))
                .filter(t -> t.binding(action.get()).isPresent()).toList();
        if (tables.isEmpty()) {
            warnings.add(warning(where, shape, (every ? "no mode" : parts[1]) + " has the action " + parts[2]));
            return List.of();
        }
        if (action.get() == Action.GOTO_TYPED) {
            warnings.add(warning(where, shape, "the digits begin the number typed, and stay the digits"));
            return List.of();
        }
        Optional<List<KeyInput>> keys = keys(value, setting, where, warnings);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Request> requests = new ArrayList<>();
        for (KeyMap table : tables) {
            Request request = new Request(setting, value, table.name(), action.get(), keys.get());
            if (table.name().equals(KeyMap.PROMPT.name()) && keys.get().stream().anyMatch(KeyInput::isPrintable)) {
                warnings.add(warning(where, request, "a printable key is typed as text in a prompt: only Ctrl- and named"
                        + " keys (Enter, Esc, Up...) can be bound there" + kept(request)));
            } else {
                requests.add(request);
            }
        }
        return requests;
    }

    private static Optional<Action> action(String name) {
        for (Action action : Action.values()) {
            if (action.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** The keys a value names, comma-separated, each once; or empty and a warning. */
    private static Optional<List<KeyInput>> keys(String value, String setting, String where, List<String> warnings) {
        Request shape = new Request(setting, value, "", null, List.of());
        if (unquoted(value).isBlank()) {
            warnings.add(warning(where, shape, "no keys given"));
            return Optional.empty();
        }
        List<KeyInput> keys = new ArrayList<>();
        for (String written : unquoted(value).split(",", -1)) {
            Optional<KeyInput> key = KeyNames.parse(written);
            if (key.isEmpty()) {
                warnings.add(warning(where, shape, quoted(written.strip()) + " is not a key (name keys as the help"
                        + " screen does: j, Enter, PgDn, Ctrl-E; Space, Comma)"));
                return Optional.empty();
            }
            if (!keys.contains(key.get())) {
                keys.add(key.get());
            }
        }
        return Optional.of(keys);
    }

    /** Quotes are allowed around a value, as for the other settings. */
    private static String unquoted(String value) {
        String bare = value.strip();
        boolean quoted = bare.length() >= 2 && (bare.startsWith("\"") && bare.endsWith("\"")
                || bare.startsWith("'") && bare.endsWith("'"));
        return quoted ? bare.substring(1, bare.length() - 1) : bare;
    }

    private static KeyTables applied(List<Request> requests) {
        KeyTables tables = KeyTables.DEFAULTS;
        for (Request request : requests) {
            tables = tables.with(request.table(), request.action(), request.keys());
        }
        return tables;
    }

    /**
     * The clash to settle next, or empty when no key does two things in a mode. A request that
     * takes a key a default binding keeps goes first, as it can never be taken; between two
     * requests the later one gives way. Each settlement refuses one request, whose defaults come
     * back and may refuse another in the next round.
     */
    private static Optional<Clash> clash(KeyTables tables, List<Request> accepted) {
        Set<String> rebound = accepted.stream().map(Request::id).collect(Collectors.toSet());
        for (Request request : accepted) {
            Optional<Clash> clash = clashOf(tables, request).filter(c -> !rebound.contains(c.table() + "." + c.owner()));
            if (clash.isPresent()) {
                return clash;
            }
        }
        for (int i = accepted.size() - 1; i >= 0; i--) {
            Optional<Clash> clash = clashOf(tables, accepted.get(i));
            if (clash.isPresent()) {
                return clash;
            }
        }
        return Optional.empty();
    }

    /** The first of {@code request}'s keys another binding sharing a screen with it has. */
    private static Optional<Clash> clashOf(KeyTables tables, Request request) {
        for (KeyInput key : request.keys()) {
            for (KeyMap table : tables.sharing(request.table())) {
                for (Binding binding : table.bindings()) {
                    boolean itself = table.name().equals(request.table()) && binding.action() == request.action();
                    if (!itself && binding.keys().stream().map(KeyNames::canonical).anyMatch(key::equals)) {
                        return Optional.of(new Clash(request, key, table.name(), binding.action()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What stays instead: the default keys. */
    private static String kept(Request request) {
        return " (kept " + KeyTables.DEFAULTS.named(request.table()).orElseThrow().binding(request.action())
                .orElseThrow().label() + ")";
    }

    private static String warning(String where, Request request, String why) {
        return where + ": " + quoted(request.setting()) + " = " + quoted(unquoted(request.value())) + ": " + why;
    }

    /** A name or value quoted in a warning: one line, and cut short (a file may hold anything). */
    private static String quoted(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
