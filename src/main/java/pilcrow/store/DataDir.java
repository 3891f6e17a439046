package pilcrow.store;

import java.nio.file.Path;
import java.util.Map;

/** Where pilcrow keeps its data: bookmarks, reading positions and search history. */
public final class DataDir {

    private DataDir() {}

    /**
     * The data folder, first match wins: {@code --data-dir}, {@code PILCROW_DATA_DIR},
     * {@code $XDG_DATA_HOME/pilcrow}, {@code $HOME/.local/share/pilcrow}. The environment is passed
     * in (not read here) so a server can resolve a folder per user and tests need no real HOME.
     *
     * @param dataDirOption the {@code --data-dir} value, or null when not given
     */
    public static Path resolve(String dataDirOption, Map<String, String> env) {
        if (present(dataDirOption)) {
            return Path.of(dataDirOption);
        }
        String own = env.get("PILCROW_DATA_DIR");
        if (present(own)) {
            return Path.of(own);
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        if (present(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pilcrow");
        }
        String home = env.get("HOME");
        Path base = present(home) ? Path.of(home) : Path.of(System.getProperty("user.home"));
        return base.resolve(".local").resolve("share").resolve("pilcrow");
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
