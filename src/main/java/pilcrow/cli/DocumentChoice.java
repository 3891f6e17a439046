package pilcrow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;
import pilcrow.library.DocumentChooser;
import pilcrow.library.DocumentChooser.Choice;
import pilcrow.source.DocumentReader;
import pilcrow.source.DocumentSource;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;

/**
 * Which document a {@code DOC} argument names: a path that exists, a number from
 * {@code pilcrow list}, or a part of one title. Problems are reported to the console here.
 *
 * A large plain-text file is opened to be read on demand, as the reader opens it, not read whole.
 *
 * @param text   the chosen document's text (a {@link WholeText}, or a large file read on demand),
 *               or null when there is none (the error was printed)
 * @param source where it was read from (its real name, for JSON), or null with the text
 */
record DocumentChoice(DocumentText text, DocumentSource source) {

    static DocumentChoice resolve(String doc, List<String> paths, Console console) {
        // "-" is standard input, as for every PATH (and as a file named "-" is reached with ./-).
        boolean standardInput = doc.equals("-");
        if (paths.isEmpty() && !doc.isBlank() && (standardInput || Files.exists(Path.of(doc)))) {
            Library single = Library.load(doc, List.of(doc), console.in(), count -> { }, true);
            single.errors().forEach(console::error);
            return single.entries().isEmpty() ? none() : open(single.entries().get(0), console);
        }
        if (paths.isEmpty() && DocumentChooser.looksLikePath(doc)) {
            console.error("cannot open " + doc + ": no such file or directory");
            return none();
        }
        Library library = LibraryOptions.load(paths, console, true);
        List<LoadResult> entries = library.entries();
        // Titles only of the documents read; a number counts every one.
        List<String> titles = entries.stream().map(e -> e.text() == null ? "" : e.text().title()).toList();
        Choice choice = DocumentChooser.choose(doc, titles, i -> entries.get(i).text() != null);
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

    /**
     * The chosen text with every paragraph numbered (a large file indexed first, never read whole),
     * or null when it cannot be read: then the console was told why.
     */
    TextSnapshot numbered(Console console) {
        try {
            return text.numberedWhole();
        } catch (IOException e) {
            console.error("cannot read " + source.name() + ": " + DocumentReader.reasonFor(e));
            return null;
        }
    }

    private static DocumentChoice open(LoadResult entry, Console console) {
        if (entry.text() != null) {
            return new DocumentChoice(entry.text(), entry.source());
        }
        console.error(((LoadResult.Failed) entry).message());
        return none();
    }

    private static DocumentChoice none() {
        return new DocumentChoice(null, null);
    }
}
