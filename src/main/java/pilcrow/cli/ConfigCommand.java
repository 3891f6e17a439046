package pilcrow.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import pilcrow.store.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pilcrow config}: the settings in force and where each came from (default, file, flag),
 * written as the settings file is, so a line can be copied into it.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the settings in force and where each came from (default, file, flag).",
            "The settings file is $XDG_CONFIG_HOME/pilcrow/config.properties, else ~/.config/pilcrow/config.properties."})
final class ConfigCommand implements Callable<Integer> {

    /** Values are padded to this many columns before their origin, so the origins line up. */
    private static final int VALUE_COLUMNS = 20;

    @ParentCommand
    private PilcrowCommand root;

    @Override
    public Integer call() {
        Console console = root.console();
        Settings settings = root.settings();
        settings.warnings().forEach(console::error);
        console.out().println("# settings file: " + pilcrow.core.text.Sanitizer.line(root.settingsFile().toString()));
        for (Map.Entry<String, Settings.Entry> entry : settings.entries().entrySet()) {
            String setting = entry.getKey() + " = " + entry.getValue().value();
            console.out().println(String.format("%-" + VALUE_COLUMNS + "s # %s", setting,
                    entry.getValue().origin().name().toLowerCase(java.util.Locale.ROOT)));
        }
        console.out().flush();
        return ExitCode.OK;
    }
}
