package pilcrow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import pilcrow.core.doc.Document;
import pilcrow.source.DocumentSource;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;

/**
 * Which document a {@code DOC} argument names: a path that exists, a number from
 * {@code pilcrow list}, or a part of one title. Problems are reported to the console here.
 *
 * @param document the chosen document, or null when there is none (the error was printed)
 * @param source   where it was read from (its real name, for JSON), or null with the document
 */
record DocumentChoice(Document document, DocumentSource source) {

    static DocumentChoice resolve(String doc, List<String> paths, Console console) {
        // "-" is standard input, as for every PATH (and as a file named "-" is reached with ./-).
        boolean standardInput = doc.equals("-");
        if (paths.isEmpty() && !doc.isBlank() && (standardInput || Files.exists(Path.of(doc)))) {
            Library single = Library.load(doc, List.of(doc), console.in());
            single.errors().forEach(console::error);
            return single.entries().isEmpty() ? none() : open(single.entries().get(0), console);
        }
        if (paths.isEmpty() && looksLikePath(doc)) {
            console.error("cannot open " + doc + ": no such file or directory");
            return none();
        }
        Library library = LibraryOptions.load(paths, console);
        List<LoadResult> entries = library.entries();
        Integer number = parseNumber(doc);
        if (number != null) {
            if (number < 1 || number > entries.size()) {
                console.error("no document " + number + ": the library has " + entries.size());
                return none();
            }
            return open(entries.get(number - 1), console);
        }
        return byTitle(doc, entries, console);
    }

    private static DocumentChoice byTitle(String doc, List<LoadResult> entries, Console console) {
        String wanted = doc.toLowerCase(Locale.ROOT);
        List<LoadResult> found = entries.stream()
                .filter(e -> e instanceof LoadResult.Loaded l
                        && l.document().title().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        List<LoadResult> exact = found.stream()
                .filter(e -> ((LoadResult.Loaded) e).document().title().equalsIgnoreCase(doc))
                .toList();
        if (found.size() == 1 || exact.size() == 1) {
            return open(found.size() == 1 ? found.get(0) : exact.get(0), console);
        }
        if (found.isEmpty()) {
            console.error("no document matches '" + doc + "' (give a number from 'pilcrow list', a path, or part of a title)");
        } else {
            console.error("'" + doc + "' matches " + found.size() + " documents: give more of the title, or its number");
        }
        return none();
    }

    private static DocumentChoice open(LoadResult entry, Console console) {
        if (entry instanceof LoadResult.Loaded loaded) {
            return new DocumentChoice(loaded.document(), loaded.source());
        }
        console.error(((LoadResult.Failed) entry).message());
        return none();
    }

    /** A DOC that names a file rather than a title: it has a slash or a document's ending. */
    private static boolean looksLikePath(String doc) {
        return doc.contains("/") || doc.matches("(?i).*\\.(txt|text|md|markdown|gz)");
    }

    private static Integer parseNumber(String doc) {
        if (!doc.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(doc);
    }

    private static DocumentChoice none() {
        return new DocumentChoice(null, null);
    }
}
