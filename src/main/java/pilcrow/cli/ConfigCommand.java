package pilcrow.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import pilcrow.app.Action;
import pilcrow.app.Binding;
import pilcrow.app.KeyMap;
import pilcrow.app.KeyNames;
import pilcrow.app.KeySettings;
import pilcrow.core.text.Sanitizer;
import pilcrow.runtime.FullScreen;
import pilcrow.store.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pilcrow config}: the settings in force and where each came from (default, file, flag),
 * written as the settings file is, so a line can be copied into it.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the settings in force, the keys too, and where each came from (default, file, flag).",
            "The settings file is $XDG_CONFIG_HOME/pilcrow/config.properties, else ~/.config/pilcrow/config.properties."})
final class ConfigCommand implements Callable<Integer> {

    /** Values are padded to this many columns before their origin, so the origins line up. */
    private static final int VALUE_COLUMNS = 20;

    @ParentCommand
    private PilcrowCommand root;

    /** Keys are padded to this many columns before their origin. */
    private static final int KEY_COLUMNS = 40;

    @Override
    public Integer call() {
        Console console = root.console();
        Settings settings = root.settings();
        KeySettings.Rebound keys = FullScreen.keys(settings);
        FullScreen.warnings(settings, keys).forEach(warning -> console.error(Sanitizer.line(warning)));
        console.out().println("# settings file: " + Sanitizer.line(root.settingsFile().toString()));
        for (Map.Entry<String, Settings.Entry> entry : settings.entries().entrySet()) {
            String setting = entry.getKey() + " = " + entry.getValue().value();
            console.out().println(String.format("%-" + VALUE_COLUMNS + "s # %s", setting,
                    entry.getValue().origin().name().toLowerCase(java.util.Locale.ROOT)));
        }
        printKeys(console, keys);
        console.out().flush();
        return ExitCode.OK;
    }

    /**
     * Every action's keys in force, a setting a line as the file takes it ({@code key.reader.line_down
     * = j, Down}), with {@code default} or {@code file}; the digits that begin a number are left out,
     * as they cannot be rebound.
     */
    private static void printKeys(Console console, KeySettings.Rebound keys) {
        console.out().println("# keys: key.MODE.ACTION = keys (key.all.ACTION for every mode that has it)");
        for (KeyMap table : keys.tables().all()) {
            for (Binding binding : table.bindings()) {
                if (binding.action() == Action.GOTO_TYPED) {
                    continue;
                }
                String written = binding.keys().stream().map(KeyNames::written)
                        .collect(java.util.stream.Collectors.joining(", "));
                String setting = KeySettings.settingName(table, binding.action()) + " = " + written;
                String origin = keys.fromFile(table.name(), binding.action()) ? "file" : "default";
                console.out().println(String.format("%-" + KEY_COLUMNS + "s # %s", setting, origin));
            }
        }
    }
}
