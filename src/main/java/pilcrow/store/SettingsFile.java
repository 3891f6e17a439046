package pilcrow.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The settings file, {@code config.properties}: Java properties ({@code width = 72}, {@code #}
 * comments), read by the JDK's own parser. Writing back replaces only the lines that set what
 * changed, so the user's comments and other lines stay as written.
 */
public final class SettingsFile {

    /** The settings file's name in its folder. */
    public static final String NAME = "config.properties";

    private SettingsFile() {}

    /** {@code $XDG_CONFIG_HOME/pilcrow/config.properties}, else {@code ~/.config/pilcrow/config.properties}. */
    public static Path resolve(Map<String, String> env) {
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pilcrow", NAME);
        }
        String home = env.get("HOME");
        Path base = home != null && !home.isEmpty() ? Path.of(home) : Path.of(System.getProperty("user.home"));
        return base.resolve(".config").resolve("pilcrow").resolve(NAME);
    }

    /** The settings in {@code file} over the defaults; a missing file is the defaults, an unreadable one a warning. */
    public static Settings read(Path file) {
        Settings settings = Settings.defaults().in(file);
        if (!Files.exists(file)) {
            return settings;
        }
        Properties properties = new Properties();
        try (Reader reader = lenientUtf8(file)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\uXXXX escape.
            return settings.warning(file + ": cannot read (" + e.getMessage() + "); using the defaults");
        }
        String where = file.getFileName().toString();
        // Sorted, so warnings come in the same order every run.
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            settings = settings.with(name, properties.getProperty(name), Settings.Origin.FILE, where);
        }
        return settings;
    }

    /**
     * Sets {@code changed} in {@code file}, keeping every other line as it is; a setting not in the
     * file yet is added at its end. Made anew beside it and moved over it, so a failure leaves the
     * old file whole.
     *
     * @return why it could not be written, in a line, or empty when it was
     */
    public static Optional<String> write(Path file, Map<String, String> changed) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new ArrayList<>();
            for (String name : new TreeSet<>(changed.keySet())) {
                set(lines, name, changed.get(name));
            }
            Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), NAME, ".new");
            try {
                Files.write(fresh, lines, StandardCharsets.UTF_8);
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(fresh);
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(why.replaceAll("\\p{Cntrl}", "?"));
        }
    }

    /** Replaces each line that sets {@code name} (the last one wins when read), else adds one. */
    private static void set(List<String> lines, String name, String value) {
        Pattern setting = Pattern.compile("\\s*" + Pattern.quote(name) + "\\s*[=:\\s].*");
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i)).matches()) {
                lines.set(i, name + " = " + value);
                found = true;
            }
        }
        if (!found) {
            lines.add(name + " = " + value);
        }
    }

    /** UTF-8, with bytes that are not UTF-8 read as U+FFFD rather than failing the whole file. */
    private static Reader lenientUtf8(Path file) throws IOException {
        return new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
