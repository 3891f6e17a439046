package pilcrow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Binding;
import pilcrow.app.KeyInput;
import pilcrow.app.KeyMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The man page and the completions a package installs, made from the model and the key tables. */
class InstallFilesTest {

    @TempDir
    Path dir;

    private final CommandLine cli = InstallFiles.commandLine();
    private final String page = ManPage.of(cli, KeyMap.ALL, "9.9");

    @Test
    void theManPageHasTheSectionsAUserLooksFor() {
        for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "KEYS", "FILES",
                "ENVIRONMENT", "EXIT STATUS", "SEE ALSO")) {
            assertThat(page).contains(".SH \"" + section + "\"\n");
        }
        assertThat(page).startsWith(".TH PILCROW 1 \"\" \"pilcrow 9.9\"");
        assertThat(page).contains("\\fBPILCROW_DATA_DIR\\fR", "bookmarks.json", "library-cache.tsv", "key.MODE.ACTION = keys");
    }

    @Test
    void theManPageListsEveryKeyOfEveryTable() {
        for (KeyMap table : KeyMap.ALL) {
            assertThat(page).contains(".SS \"" + table.title() + "\"\n");
            for (Binding binding : table.bindings()) {
                String keys = String.join(", ", binding.keys().stream().map(KeyInput::label).toList());
                assertThat(page).contains(".TP\n\\fB" + ManPage.escape(keys) + "\\fR\n" + binding.help() + "\n");
            }
        }
    }

    @Test
    void aKeyIsItsLabelsThenWhatItDoes() {
        assertThat(page).contains(".TP\n\\fBj, Down\\fR\na line down\n", ".TP\n\\fBCtrl-L\\fR\nrepaint the screen\n");
    }

    @Test
    void theManPageNamesEveryCommandAndOption() {
        for (CommandSpec command : commands(cli.getCommandSpec())) {
            if (command != cli.getCommandSpec()) {
                assertThat(page).contains(".SS \"" + command.qualifiedName() + "\"\n");
            }
            for (OptionSpec option : command.options()) {
                if (option.hidden()) {
                    continue;
                }
                assertThat(page).contains("\\fB" + option.longestName().replace("-", "\\-") + "\\fR");
            }
        }
    }

    @Test
    void textThatLooksLikeARoffRequestIsEscaped() {
        assertThat(ManPage.escape(".SH not a section")).isEqualTo("\\&.SH not a section");
        assertThat(ManPage.escape("'quoted")).isEqualTo("\\&'quoted");
        assertThat(ManPage.escape("a\\b")).isEqualTo("a\\eb");
        assertThat(ManPage.escape("plain text")).isEqualTo("plain text");
    }

    @Test
    void everyTextLineOfThePageIsEitherARequestWeWroteOrText() {
        for (String line : page.split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                assertThat(line).matches("\\.(TH|SH|SS|TP|PP|nf|fi)( .*)?");
            }
        }
    }

    @Test
    void bashCompletesASubcommandAndAnOption() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed");
        InstallFiles.writeAll(dir);
        Path script = dir.resolve(InstallFiles.BASH);
        assertThat(complete(script, "pilcrow fi")).contains("find");
        assertThat(complete(script, "pilcrow find --js")).contains("--json");
        assertThat(complete(script, "pilcrow bookmarks ex")).contains("export");
    }

    @Test
    void zshSourcesTheBashCompletionThroughBashcompinit() throws IOException {
        InstallFiles.writeAll(dir);
        String zsh = Files.readString(dir.resolve(InstallFiles.ZSH));
        assertThat(zsh).startsWith("#compdef pilcrow\n").contains("bashcompinit", "_complete_pilcrow()")
                .endsWith("_bash_complete -F _complete_pilcrow\n");
    }

    @Test
    void fishOffersEverySubcommandAndEachCommandsOptions() throws IOException {
        InstallFiles.writeAll(dir);
        String fish = Files.readString(dir.resolve(InstallFiles.FISH));
        for (CommandLine sub : cli.getSubcommands().values()) {
            assertThat(fish).contains("-n '__fish_use_subcommand' -a '" + sub.getCommandName() + "'");
        }
        assertThat(fish).contains("complete -c pilcrow -n '__fish_seen_subcommand_from find' -s E");
        assertThat(fish).contains("complete -c pilcrow -n '__fish_seen_subcommand_from bookmarks; and not "
                + "__fish_seen_subcommand_from list add remove export' -a 'add'");
        assertThat(fish).contains("-n '__fish_seen_subcommand_from bookmarks; and __fish_seen_subcommand_from add' -l note -r");
    }

    @Test
    void fishQuotesOnlyWhatItMust() {
        assertThat(FishCompletion.quoted("it's a \\ path")).isEqualTo("'it\\'s a \\\\ path'");
    }

    /** The candidates bash's completion function offers for {@code line}, the cursor at its end. */
    private List<String> complete(Path script, String line) throws Exception {
        String program = "source \"$1\"; read -ra COMP_WORDS <<< \"$2\"; [[ $2 == *' ' ]] && COMP_WORDS+=('');"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$2\"; COMP_POINT=${#2};"
                + " _complete_pilcrow; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("/bin/bash", "-c", program, "bash", script.toString(), line)
                .redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return List.of(out.strip().split("\\s+"));
    }

    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>(List.of(root));
        root.subcommands().values().stream().distinct().forEach(sub -> all.addAll(commands(sub.getCommandSpec())));
        return all;
    }
}
