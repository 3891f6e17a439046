package pilcrow.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import pilcrow.app.KeyMap;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes what a package installs beside the program, all made from the command line's model and
 * the key tables: the man page and the completions for bash, zsh and fish, in a folder laid out
 * as {@code /usr/share} is. Run when the package is built (packaging/dist.sh):
 * {@code java -cp pilcrow.jar pilcrow.cli.InstallFiles OUT}.
 */
public final class InstallFiles {

    static final String MAN_PAGE = "man/man1/pilcrow.1";
    static final String BASH = "bash-completion/completions/pilcrow";
    static final String ZSH = "zsh/vendor-completions/_pilcrow";
    static final String FISH = "fish/vendor_completions.d/pilcrow.fish";

    private InstallFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp pilcrow.jar pilcrow.cli.InstallFiles OUTPUT-FOLDER");
            System.exit(ExitCode.TROUBLE);
        }
        writeAll(Path.of(args[0]));
    }

    static void writeAll(Path share) throws IOException {
        CommandLine cli = commandLine();
        write(share.resolve(MAN_PAGE), ManPage.of(cli, KeyMap.ALL, version()));
        String bash = AutoComplete.bash("pilcrow", cli);
        write(share.resolve(BASH), bash);
        write(share.resolve(ZSH), zsh(bash));
        write(share.resolve(FISH), FishCompletion.of(cli));
    }

    /** The command line as a user gets it; only its model is read, nothing runs. */
    static CommandLine commandLine() {
        ByteArrayOutputStream nowhere = new ByteArrayOutputStream();
        return Main.commandLine(Main.console(Map.of(), false, false,
                new ByteArrayInputStream(new byte[0]), nowhere, nowhere));
    }

    /**
     * zsh runs the bash completion through its bashcompinit, as picocli's script expects: the
     * file is autoloaded as {@code _pilcrow} on the first Tab, defines the bash functions, and
     * answers that first Tab itself.
     */
    static String zsh(String bash) {
        return "#compdef pilcrow\n"
                + "# zsh completion for pilcrow: its bash completion, through zsh's bashcompinit.\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + bash
                + "\n_bash_complete -F _complete_pilcrow\n";
    }

    private static String version() throws IOException {
        return new VersionProvider().getVersion()[0].replaceFirst("^pilcrow ", "");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
