package pilcrow.cli;

import java.util.List;
import java.util.stream.Collectors;
import pilcrow.app.Binding;
import pilcrow.app.KeyInput;
import pilcrow.app.KeyMap;
import pilcrow.source.LibraryCache;
import pilcrow.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code pilcrow.1}: the man page, written as roff from the command line's picocli model and the
 * reader's key tables, so the page names every command, option and key there is and never drifts
 * from them. Made when the package is built ({@link InstallFiles}).
 */
final class ManPage {

    private final StringBuilder roff = new StringBuilder();

    private ManPage() {
    }

    /** The page for {@code cli}, with the reader's keys from {@code keys}. */
    static String of(CommandLine cli, List<KeyMap> keys, String version) {
        ManPage page = new ManPage();
        page.write(cli.getCommandSpec(), keys, version);
        return page.roff.toString();
    }

    private void write(CommandSpec root, List<KeyMap> keys, String version) {
        request(".TH PILCROW 1 \"\" " + quoted("pilcrow " + version) + " \"User Commands\"");
        section("NAME");
        request("pilcrow \\- a terminal reader for documents: a library, a paragraph view, find and bookmarks");
        section("SYNOPSIS");
        synopsis(root);
        root.subcommands().values().stream().distinct().forEach(sub -> synopsis(sub.getCommandSpec()));
        section("DESCRIPTION");
        description(root);
        options(root);
        section("COMMANDS");
        for (CommandLine sub : root.subcommands().values().stream().distinct().toList()) {
            command(sub.getCommandSpec());
        }
        keys(keys);
        files();
        environment();
        exitStatus();
        section("SEE ALSO");
        text("less(1), grep(1)");
    }

    private void synopsis(CommandSpec command) {
        request(".PP");
        usage(command);
    }

    /** picocli's synopsis, as it lays it out (its continuation lines indented). */
    private void usage(CommandSpec command) {
        request(".nf");
        text(new CommandLine.Help(command, plain()).synopsis(0).stripTrailing());
        request(".fi");
    }

    private void command(CommandSpec command) {
        request(".SS " + quoted(command.qualifiedName()));
        usage(command);
        description(command);
        options(command);
        for (CommandLine sub : command.subcommands().values().stream().distinct().toList()) {
            command(sub.getCommandSpec());
        }
    }

    private void description(CommandSpec command) {
        request(".PP");
        text(lines(command.usageMessage().description()));
    }

    /** The positional parameters and options of one command, each a tagged paragraph. */
    private void options(CommandSpec command) {
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            if (!parameter.hidden()) {
                item("\\fI" + escape(parameter.paramLabel()) + "\\fR", parameter);
            }
        }
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                item(optionTag(option), option);
            }
        }
    }

    private void item(String tag, ArgSpec arg) {
        request(".TP");
        request(tag);
        text(lines(arg.description()));
    }

    private static String optionTag(OptionSpec option) {
        String names = java.util.Arrays.stream(option.names())
                .map(name -> "\\fB" + escape(name).replace("-", "\\-") + "\\fR")
                .collect(Collectors.joining(", "));
        return option.arity().max() > 0 ? names + " \\fI" + escape(option.paramLabel()) + "\\fR" : names;
    }

    /** The reader's keys, a subsection per table, in the help screen's order and words. */
    private void keys(List<KeyMap> tables) {
        section("KEYS");
        text("In the full-screen reader; ? shows the same list.");
        for (KeyMap table : tables) {
            request(".SS " + quoted(table.title()));
            for (Binding binding : table.bindings()) {
                request(".TP");
                request("\\fB" + escape(binding.keys().stream().map(KeyInput::label)
                        .collect(Collectors.joining(", "))) + "\\fR");
                text(binding.help());
            }
        }
    }

    private void files() {
        section("FILES");
        tagged("\\fI~/.local/share/pilcrow/\\fR",
                "The data folder (see ENVIRONMENT for where else it can be), private to its user (0700).");
        tagged("\\fI" + Store.FILE + "\\fR",
                "Bookmarks, reading positions and search history, in the data folder.");
        tagged("\\fI" + LibraryCache.FILE + "\\fR",
                "Counts of the documents in big libraries, by path, size and modification time, in the data folder.");
        tagged("\\fI~/.config/pilcrow/" + pilcrow.store.SettingsFile.NAME + "\\fR",
                "The settings (width, numbers, theme, mouse, hyperlinks) as name = value lines, and keys rebound as"
                + " key.MODE.ACTION = keys (key.reader.line_down = j, Down); pilcrow config prints them all.");
        tagged("\\fI/usr/lib/pilcrow/\\fR",
                "The installed program: its launcher, its own Java runtime and its class-data archive.");
    }

    private void environment() {
        section("ENVIRONMENT");
        tagged("\\fBPILCROW_DATA_DIR\\fR", "The data folder, unless --data-dir is given.");
        tagged("\\fBXDG_DATA_HOME\\fR", "When set to an absolute path, the data folder is XDG_DATA_HOME/pilcrow.");
        tagged("\\fBHOME\\fR", "Else the data folder is ~/.local/share/pilcrow.");
        tagged("\\fBXDG_CONFIG_HOME\\fR", "When set to an absolute path, the settings file is in XDG_CONFIG_HOME/pilcrow.");
        tagged("\\fBNO_COLOR\\fR", "When set, no colour or highlighting, as --no-color.");
        tagged("\\fBTERM\\fR", "The terminal's type; dumb (or a terminal that cannot do full screen) gets the line mode.");
        tagged("\\fBTMPDIR\\fR", "Where a compressed document too big for memory is inflated (else /tmp).");
    }

    private void exitStatus() {
        section("EXIT STATUS");
        tagged("\\fB" + ExitCode.OK + "\\fR", "Success.");
        tagged("\\fB" + ExitCode.NO_MATCH + "\\fR", "Nothing matched (find).");
        tagged("\\fB" + ExitCode.TROUBLE + "\\fR",
                "Bad usage or unreadable input; every error is one line on standard error, and the other documents are still processed.");
    }

    private void tagged(String tag, String body) {
        request(".TP");
        request(tag);
        text(body);
    }

    private void section(String name) {
        request(".SH " + quoted(name));
    }

    /** A line written as a request or a tag: already escaped by its caller. */
    private void request(String line) {
        roff.append(line).append('\n');
    }

    /** Text from the model: escaped, one roff line per line. */
    private void text(String text) {
        for (String line : text.split("\n", -1)) {
            roff.append(escape(line)).append('\n');
        }
    }

    /**
     * A line as roff reads it as text: a backslash is {@code \e}, and a line that starts with a
     * dot or an apostrophe (which roff would take as a request) starts with {@code \&}.
     */
    static String escape(String line) {
        String escaped = line.replace("\\", "\\e");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }

    private static String quoted(String argument) {
        return '"' + escape(argument).replace("\"", "\\(dq") + '"';
    }

    /** Description lines, picocli's {@code %n} as line breaks. */
    private static String lines(String[] description) {
        return String.join("\n", description).replace("%n", "\n");
    }

    private static CommandLine.Help.ColorScheme plain() {
        return new CommandLine.Help.ColorScheme.Builder(CommandLine.Help.Ansi.OFF).build();
    }
}
