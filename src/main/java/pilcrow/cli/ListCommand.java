package pilcrow.cli;

import java.util.ArrayList;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import pilcrow.core.model.DocumentText;
import pilcrow.core.text.Clip;
import pilcrow.core.text.Sanitizer;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pilcrow list}: one row per document. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the documents: number, title, paragraphs, words, path.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private PilcrowCommand root;

    @Parameters(index = "0..*", paramLabel = "PATH", description = LibraryOptions.PATHS_HELP)
    private List<String> paths = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Option(names = "--verbose", description = LibraryOptions.VERBOSE_HELP)
    private boolean verbose;

    @Override
    public Integer call() {
        Console console = root.console();
        Library loaded = LibraryOptions.load(paths, console, true);
        LibraryOptions.reportSkipped(loaded.skipped(), verbose, console);
        if (json) {
            console.out().println(Json.pretty(toJson(loaded.entries())));
        } else {
            printTable(loaded.entries(), console, new Styles(console.color()));
        }
        console.out().flush();
        return loaded.hasErrors() ? ExitCode.TROUBLE : ExitCode.OK;
    }

    /** Room the other columns take: number, paragraphs, words, spaces, and some of the path. */
    static final int OTHER_COLUMNS = 3 + 2 + 1 + 6 + 1 + 7 + 2 + 20;
    static final int MIN_TITLE_COLUMN = 20;

    private static void printTable(List<LoadResult> entries, Console console, Styles styles) {
        List<String> titles = entries.stream().map(ListCommand::titleOf).toList();
        int titleColumn = titleColumnWidth(titles, console);
        console.out().println(String.format("%3s  %s %6s %7s  %s", "#",
                Columns.fit("TITLE", titleColumn, console.measure()), "PARAS", "WORDS", "PATH").stripTrailing());
        for (int i = 0; i < entries.size(); i++) {
            LoadResult entry = entries.get(i);
            String title = Columns.fit(titles.get(i), titleColumn, console.measure());
            String path = styles.dim(pathColumn(Sanitizer.line(entry.source().name()), titleColumn, console));
            DocumentText text = entry.text();
            if (text != null) {
                console.out().printf("%3d  %s %6s %7s  %s%n", i + 1, title, paragraphsOf(text), wordsOf(text), path);
            } else {
                console.out().printf("%3d  %s %6s %7s  %s%n", i + 1, title, "-", "-", path);
            }
        }
    }

    private static String titleOf(LoadResult entry) {
        return entry.text() != null ? Sanitizer.line(entry.text().title())
                : "(" + Sanitizer.line(((LoadResult.Failed) entry).reason()) + ")";
    }

    /**
     * The paragraphs: a large file's counted by indexing it (on every core, about a second a GiB),
     * or "?" when it cannot be read to the end.
     */
    private static String paragraphsOf(DocumentText text) {
        try {
            return String.valueOf(text.numberedWhole().numbering().count());
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** The words, or "-" for a large file (counting them decodes every byte; the reader's list shows "-" too). */
    private static String wordsOf(DocumentText text) {
        return text.wordCount() < 0 ? "-" : String.valueOf(text.wordCount());
    }

    /**
     * The path, on a terminal cut in its middle at folders to what is left of its width, the file
     * name whole: {@code /usr/…/bash/CHANGES.gz}.
     */
    private static String pathColumn(String path, int titleColumn, Console console) {
        int room = console.width() - (3 + 2 + titleColumn + 1 + 6 + 1 + 7 + 2);
        return console.outIsTerminal() ? Clip.middle(path, Math.max(8, room), console.measure()) : path;
    }

    /** The longest title; on a terminal no more than leaves room for the other columns. */
    private static int titleColumnWidth(List<String> titles, Console console) {
        int longest = titles.stream().mapToInt(t -> console.measure().width(t)).max().orElse(0);
        int width = Math.max(longest, "TITLE".length());
        return console.outIsTerminal()
                ? Math.min(width, Math.max(MIN_TITLE_COLUMN, console.width() - OTHER_COLUMNS))
                : width;
    }

    static JsonArray toJson(List<LoadResult> entries) {
        JsonArray rows = new JsonArray();
        for (int i = 0; i < entries.size(); i++) {
            LoadResult entry = entries.get(i);
            JsonObject row = new JsonObject();
            row.addProperty("number", i + 1);
            // The real name, which Json keeps safe for a terminal by escaping; a reason is a message.
            Json.addPath(row, entry.source());
            DocumentText text = entry.text();
            if (text != null) {
                row.addProperty("title", text.title());
                String paragraphs = paragraphsOf(text);
                if (!paragraphs.equals("?")) {
                    row.addProperty("paragraphs", Integer.parseInt(paragraphs));
                }
                if (text.wordCount() >= 0) { // a large file's are left out (see wordsOf)
                    row.addProperty("words", text.wordCount());
                }
                row.addProperty("bytes", text.size());
                text.source().ifPresent(source -> row.addProperty("source", source));
            } else if (entry instanceof LoadResult.Failed failed) {
                row.addProperty("warning", Sanitizer.line(failed.reason()));
            }
            rows.add(row);
        }
        return rows;
    }
}
