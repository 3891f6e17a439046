package pilcrow.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The user's settings in force, each with where it came from, and the one-line warnings about
 * what was not taken (an unknown name, a value out of range). Every value here is valid: an
 * invalid one is a warning and leaves the value before it.
 */
public final class Settings {

    /** Where a setting's value came from, weakest first. */
    public enum Origin { DEFAULT, FILE, FLAG }

    /** A setting's value and its origin. */
    public record Entry(String value, Origin origin) {
    }

    /** The narrowest and widest text width, as the reader's {@code <} and {@code >} allow. */
    public static final int LEAST_WIDTH = 20;
    public static final int MOST_WIDTH = 200;

    /** What key settings' names begin with; each is checked by the key tables, not here. */
    public static final String KEY_PREFIX = "key.";

    private static final List<String> SWITCH = List.of("on", "off");
    private static final List<String> THEMES = List.of("dark", "light", "monochrome");
    private static final List<String> HYPERLINKS = List.of("auto", "on", "off");

    /** Each setting's name, default and check (empty when valid, else what it should be), in the order shown. */
    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("width", new Rule("80", Settings::widthProblem));
        RULES.put("numbers", new Rule("on", oneOf(SWITCH)));
        RULES.put("theme", new Rule("dark", oneOf(THEMES)));
        RULES.put("mouse", new Rule("off", oneOf(SWITCH)));
        RULES.put("hyperlinks", new Rule("auto", oneOf(HYPERLINKS)));
    }

    private record Rule(String fallback, Function<String, Optional<String>> problem) {
    }

    private final Map<String, Entry> entries;
    /** The key settings ({@code key.MODE.ACTION}) as written, by name: the app judges them, knowing the actions. */
    private final Map<String, Entry> keys;
    private final List<String> warnings;
    /** The file these came from and changes are written to, or null (the defaults alone: tests). */
    private final Path file;

    private Settings(Map<String, Entry> entries, Map<String, Entry> keys, List<String> warnings, Path file) {
        this.entries = Collections.unmodifiableMap(entries);
        this.keys = Collections.unmodifiableMap(new TreeMap<>(keys));
        this.warnings = List.copyOf(warnings);
        this.file = file;
    }

    /** Every setting at its default. */
    public static Settings defaults() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        RULES.forEach((name, rule) -> entries.put(name, new Entry(rule.fallback(), Origin.DEFAULT)));
        return new Settings(entries, Map.of(), List.of(), null);
    }

    /** The names of the settings, in the order {@code pilcrow config} shows them. */
    public static List<String> names() {
        return List.copyOf(RULES.keySet());
    }

    /** As this, with {@code name} set to {@code value} from {@code origin}, or a warning when it cannot be. */
    Settings with(String name, String value, Origin origin, String where) {
        if (name.startsWith(KEY_PREFIX)) {
            Map<String, Entry> keyed = new TreeMap<>(keys);
            keyed.put(name, new Entry(unquoted(value), origin));
            return new Settings(new LinkedHashMap<>(entries), keyed, warnings, file);
        }
        List<String> warned = new ArrayList<>(warnings);
        Rule rule = RULES.get(name);
        if (rule == null) {
            warned.add(where + ": unknown setting " + quoted(name) + " (ignored; known: " + String.join(", ", names()) + ")");
            return new Settings(new LinkedHashMap<>(entries), keys, warned, file);
        }
        String given = normalised(value);
        Optional<String> problem = problem(name, value);
        if (problem.isPresent()) {
            warned.add(where + ": " + name + " = " + quoted(value) + " is not " + problem.get()
                    + " (kept " + entries.get(name).value() + ")");
            return new Settings(new LinkedHashMap<>(entries), keys, warned, file);
        }
        Map<String, Entry> changed = new LinkedHashMap<>(entries);
        changed.put(name, new Entry(given, origin));
        return new Settings(changed, keys, warned, file);
    }

    /** What {@code value} should be for setting {@code name} ("one of dark, light, monochrome"), or empty when it is fine. */
    public static Optional<String> problem(String name, String value) {
        return RULES.get(name).problem().apply(normalised(value));
    }

    /** As this, with a command-line option's value, which wins over the file's. */
    public Settings withFlag(String name, String value) {
        return with(name, value, Origin.FLAG, "--" + name);
    }

    /** As this, with one more warning (the file could not be read, say). */
    Settings warning(String warning) {
        List<String> warned = new ArrayList<>(warnings);
        warned.add(oneLine(warning));
        return new Settings(new LinkedHashMap<>(entries), keys, warned, file);
    }

    /** As this, kept in {@code value}: where changes made in the reader are written. */
    Settings in(Path value) {
        return new Settings(new LinkedHashMap<>(entries), keys, warnings, value);
    }

    /** The settings file these are kept in, when there is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /** The key settings as written, by name ({@code key.reader.line_down} to {@code "x, Ctrl-E"}), sorted. */
    public Map<String, String> keyValues() {
        Map<String, String> values = new TreeMap<>();
        keys.forEach((name, entry) -> values.put(name, entry.value()));
        return Collections.unmodifiableMap(values);
    }

    public List<String> warnings() {
        return warnings;
    }

    public Origin origin(String name) {
        return entries.get(name).origin();
    }

    public int width() {
        return Integer.parseInt(value("width"));
    }

    public boolean numbers() {
        return "on".equals(value("numbers"));
    }

    public String theme() {
        return value("theme");
    }

    public boolean mouse() {
        return "on".equals(value("mouse"));
    }

    public String hyperlinks() {
        return value("hyperlinks");
    }

    /** How {@code on}/{@code off} is written in the file. */
    public static String onOff(boolean value) {
        return value ? "on" : "off";
    }

    private String value(String name) {
        return entries.get(name).value();
    }

    /** Quotes are allowed around a value, as TOML writes strings; on/off may be spelled as true/false or yes/no. */
    private static String normalised(String value) {
        String bare = unquoted(value);
        return switch (bare.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> "on";
            case "false", "no" -> "off";
            default -> bare.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String unquoted(String value) {
        String bare = value.strip();
        if (bare.length() >= 2 && (bare.startsWith("\"") && bare.endsWith("\"") || bare.startsWith("'") && bare.endsWith("'"))) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare;
    }

    private static Optional<String> widthProblem(String value) {
        String wanted = "a number from " + LEAST_WIDTH + " to " + MOST_WIDTH;
        if (!value.matches("[0-9]{1,4}")) {
            return Optional.of(wanted);
        }
        int width = Integer.parseInt(value);
        return width < LEAST_WIDTH || width > MOST_WIDTH ? Optional.of(wanted) : Optional.empty();
    }

    private static Function<String, Optional<String>> oneOf(List<String> allowed) {
        return value -> allowed.contains(value) ? Optional.empty() : Optional.of("one of " + String.join(", ", allowed));
    }

    /** A warning is one line: a value may hold a line break (written {@code \n} in the file). */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    /** A name or value quoted in a warning: one line, and cut short (a file may hold anything). */
    private static String quoted(String text) {
        String flat = oneLine(text);
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
