package pilcrow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pilcrow.core.doc.Document;
import pilcrow.library.DocumentChooser;
import pilcrow.library.DocumentChooser.Choice;
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
        if (paths.isEmpty() && DocumentChooser.looksLikePath(doc)) {
            console.error("cannot open " + doc + ": no such file or directory");
            return none();
        }
        Library library = LibraryOptions.load(paths, console);
        List<LoadResult> entries = library.entries();
        // Titles only of the documents read; a number counts every one.
        List<String> titles = entries.stream()
                .map(e -> e instanceof LoadResult.Loaded l ? l.document().title() : "").toList();
        Choice choice = DocumentChooser.choose(doc, titles, i -> entries.get(i) instanceof LoadResult.Loaded);
        if (choice instanceof DocumentChooser.Chosen chosen) {
            return open(entries.get(chosen.index()), console);
        }
        if (choice instanceof DocumentChooser.NoSuchNumber outside) {
            console.error("no document " + outside.number() + ": the library has " + outside.size());
        } else if (choice instanceof DocumentChooser.Ambiguous ambiguous) {
            console.error("'" + doc + "' matches " + ambiguous.count() + " documents: give more of the title, or its number");
        } else {
            console.error("no document matches '" + doc + "' (give a number from 'pilcrow list', a path, or part of a title)");
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

    private static DocumentChoice none() {
        return new DocumentChoice(null, null);
    }
}
