package pilcrow.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completion for fish, written from the picocli model (picocli itself writes bash only): the
 * subcommands where one may follow, and each command's options once it has been typed.
 */
final class FishCompletion {

    private FishCompletion() {
    }

    static String of(CommandLine cli) {
        StringBuilder fish = new StringBuilder("# fish completion for pilcrow, made from its command line.\n");
        commands(cli.getCommandSpec(), List.of(), fish);
        return fish.toString();
    }

    /** One command's subcommands and options; {@code path} is the subcommands typed to reach it. */
    private static void commands(CommandSpec command, List<String> path, StringBuilder fish) {
        List<CommandSpec> subs = command.subcommands().values().stream().distinct().map(CommandLine::getCommandSpec).toList();
        String here = condition(path, subs);
        for (CommandSpec sub : subs) {
            fish.append("complete -c pilcrow -n ").append(quoted(here))
                    .append(" -a ").append(quoted(sub.name()))
                    .append(" -d ").append(quoted(summary(sub.usageMessage().description()))).append('\n');
        }
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                fish.append(option(option, here)).append('\n');
            }
        }
        for (CommandSpec sub : subs) {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub.name());
            commands(sub, deeper, fish);
        }
    }

    /**
     * Where a command's completions apply: its path typed, and none of its subcommands yet. The
     * top level is fish's own test for "no subcommand yet".
     */
    private static String condition(List<String> path, List<CommandSpec> subs) {
        if (path.isEmpty()) {
            return "__fish_use_subcommand";
        }
        List<String> tests = new ArrayList<>();
        path.forEach(name -> tests.add("__fish_seen_subcommand_from " + name));
        if (!subs.isEmpty()) {
            tests.add("not __fish_seen_subcommand_from " + String.join(" ", subs.stream().map(CommandSpec::name).toList()));
        }
        return String.join("; and ", tests);
    }

    private static String option(OptionSpec option, String condition) {
        StringBuilder line = new StringBuilder("complete -c pilcrow -n ").append(quoted(condition));
        for (String name : option.names()) {
            line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (option.arity().max() > 0) {
            line.append(" -r");
        }
        return line.append(" -d ").append(quoted(summary(option.description()))).toString();
    }

    /** The first sentence of a description: fish shows it beside the candidate. */
    private static String summary(String[] description) {
        String first = description.length == 0 ? "" : description[0];
        int stop = first.indexOf(". ");
        return stop < 0 ? first : first.substring(0, stop + 1);
    }

    /** A fish single-quoted string: only a backslash and a quote need escaping in it. */
    static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
