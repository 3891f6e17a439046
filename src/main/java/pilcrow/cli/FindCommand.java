package pilcrow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import pilcrow.core.doc.Document;
import pilcrow.core.find.CaseMode;
import pilcrow.core.find.Finder;
import pilcrow.core.find.InvalidPatternException;
import pilcrow.core.find.Match;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.find.Snippet;
import pilcrow.core.text.Sanitizer;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pilcrow find PATTERN}: every match in the library, as {@code title ¶N: …snippet…}. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Find a word or phrase in every document.",
            "Smart case: a capital letter in PATTERN makes the search case-sensitive.",
            "Exit status: 0 if something matched, 1 if nothing did, 2 on errors."})
final class FindCommand implements Callable<Integer> {

    static final int SNIPPET_CONTEXT = 30;

    @ParentCommand
    private PilcrowCommand root;

    @Parameters(index = "0", paramLabel = "PATTERN", description = "What to find (a phrase, or a regular expression with --regex).")
    private String pattern;

    @Parameters(index = "1..*", paramLabel = "PATH", description = LibraryOptions.PATHS_HELP)
    private List<String> paths = new ArrayList<>();

    @Option(names = {"-E", "--regex"}, description = "PATTERN is a Java regular expression.")
    private boolean regex;

    @ArgGroup(exclusive = true)
    private CaseOption caseOption = new CaseOption();

    static final class CaseOption {
        @Option(names = {"-s", "--case-sensitive"}, description = "Match case exactly.")
        boolean sensitive;

        @Option(names = {"-i", "--ignore-case"}, description = "Ignore case, even with capitals in PATTERN.")
        boolean insensitive;

        CaseMode mode() {
            return sensitive ? CaseMode.SENSITIVE : insensitive ? CaseMode.INSENSITIVE : CaseMode.SMART;
        }
    }

    @Override
    public Integer call() {
        Console console = root.console();
        Pattern compiled;
        try {
            compiled = new SearchQuery(pattern, regex, caseOption.mode()).compile();
        } catch (InvalidPatternException e) {
            console.error(e.getMessage());
            return ExitCode.TROUBLE;
        }
        Library loaded = LibraryOptions.load(paths, console);
        Styles styles = new Styles(console.color());
        int found = 0;
        boolean skipped = false;
        for (LoadResult entry : loaded.entries()) {
            if (entry instanceof LoadResult.Loaded doc) {
                found += print(doc.document(), Finder.find(doc.document(), compiled), console, styles);
            } else if (entry instanceof LoadResult.Failed failed && !paths.isEmpty()) {
                console.error("not searched: " + failed.source().name() + ": " + failed.reason());
                skipped = true;
            }
        }
        console.out().flush();
        if (loaded.hasErrors() || skipped) {
            return ExitCode.TROUBLE;
        }
        return found > 0 ? ExitCode.OK : ExitCode.NO_MATCH;
    }

    private static int print(Document document, List<Match> matches, Console console, Styles styles) {
        String title = Sanitizer.line(document.title());
        for (Match match : matches) {
            String text = match.inTitle() ? document.title() : document.paragraph(match.paragraph()).text();
            Snippet snippet = Snippet.around(text, match.start(), match.end(), SNIPPET_CONTEXT);
            String where = match.inTitle() ? "(title)" : "\u00b6" + match.paragraph();
            console.out().println(title + " " + where + ": " + oneLine(snippet.before())
                    + styles.highlight(oneLine(snippet.match())) + oneLine(snippet.after()));
        }
        return matches.size();
    }

    /** Code keeps its line breaks; in a one-line snippet they read as spaces. */
    private static String oneLine(String text) {
        return Sanitizer.line(text.replace('\n', ' '));
    }
}
