package pilcrow.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import pilcrow.core.doc.Anchors;
import pilcrow.core.doc.Document;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.text.Sanitizer;
import pilcrow.library.BookmarkPlacer;
import pilcrow.library.TextCandidate;
import pilcrow.runtime.FullScreen;
import pilcrow.source.FileSource;
import pilcrow.source.Library;
import pilcrow.source.LoadResult;
import pilcrow.store.Bookmark;
import pilcrow.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pilcrow bookmarks}: the bookmarks in the data folder, from the command line. */
@Command(name = "bookmarks", mixinStandardHelpOptions = true,
        description = "List, add, remove and export bookmarks (kept in the data folder).",
        subcommands = {BookmarksCommand.ListBookmarks.class, BookmarksCommand.Add.class,
            BookmarksCommand.Remove.class, BookmarksCommand.Export.class})
final class BookmarksCommand {

    @ParentCommand
    private PilcrowCommand root;

    /**
     * Opens the store, reporting its one-line warning if it has one; a folder that cannot be
     * written is left for the change to report (one line, as {@link #notSaved}).
     */
    Store open(Console console) {
        Store store = Store.open(root.dataDir(), Clock.systemUTC());
        if (!store.cannotWrite()) {
            store.warning().ifPresent(console::error);
        }
        return store;
    }

    /** Whether the change did not reach the file (closing the store made the last try): said in one line. */
    static boolean notSaved(Store store, Console console) {
        store.saveFailure().ifPresent(failure -> console.error("not saved: " + failure));
        return store.saveFailure().isPresent();
    }

    /**
     * Where a bookmark is now. The document is found by its path, else in the library by its
     * content fingerprint (it was moved or renamed); the paragraph by the quote (paragraphs were
     * inserted or removed before it).
     *
     * @param status "" when all is as saved, else a short note ("moved", "now ¶9", "missing")
     */
    record Place(Bookmark bookmark, Document document, int paragraph, String status) {
    }

    /** Every bookmark and where it is now, the library read from {@code paths} (or the seeds). */
    List<Place> places(List<String> paths, Console console) {
        try (Store store = open(console)) {
            return places(store.bookmarks(), LibraryOptions.load(paths, console, true));
        }
    }

    static List<Place> places(List<Bookmark> bookmarks, Library library) {
        List<TextCandidate> rows = new ArrayList<>();
        for (LoadResult entry : library.entries()) {
            TextCandidate row = rowOf(entry);
            if (row != null) {
                rows.add(row);
            }
        }
        // Unlike the reader, the command line looks at the bookmark's own file too: the library
        // given to it may be other folders (or none but the seeds).
        BookmarkPlacer<TextCandidate> placer = new BookmarkPlacer<>(rows, BookmarksCommand::readFile);
        List<Place> places = new ArrayList<>();
        for (Bookmark bookmark : bookmarks) {
            BookmarkPlacer.Placed<TextCandidate> placed = placer.place(new BookmarkPlacer.Saved(bookmark.documentPath(),
                    bookmark.fingerprint(), bookmark.paragraph(), bookmark.quote()));
            if (!placed.found()) {
                places.add(new Place(bookmark, null, bookmark.paragraph(), "missing"));
                continue;
            }
            Document document = placed.document().text().standIn(); // its name and title
            String moved = placed.moved() ? "moved to " + document.name() : "";
            String changed = switch (placed.change()) {
                case REWRITTEN -> "paragraph changed";
                case RENUMBERED -> "now \u00b6" + placed.paragraph();
                case SAME -> "";
            };
            String status = String.join("; ", List.of(moved, changed).stream().filter(s -> !s.isEmpty()).toList());
            places.add(new Place(bookmark, document, placed.paragraph(), status));
        }
        return places;
    }

    /**
     * A document read, as the placer sees it (a large file read on demand: its cheap fingerprint,
     * no quote looked for in it), or null for one that could not be read.
     */
    private static TextCandidate rowOf(LoadResult read) {
        return read.text() == null ? null : new TextCandidate(read.text().name(), read.text());
    }

    /** The bookmark's file read from its path; a large one opened lazily. Null when there is none. */
    private static TextCandidate readFile(String path) {
        if (path.isEmpty() || !Files.isRegularFile(Path.of(path))) {
            return null;
        }
        return rowOf(Library.readLazily(FileSource.of(Path.of(path))));
    }

    static String title(Place place) {
        return place.document() == null ? place.bookmark().documentPath() : place.document().title();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the bookmarks, newest first.")
    static final class ListBookmarks implements Callable<Integer> {
        @ParentCommand
        private BookmarksCommand parent;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "The library to find moved documents in.")
        private List<String> paths = new ArrayList<>();

        @Option(names = "--json", description = "Print JSON.")
        private boolean json;

        @Override
        public Integer call() {
            Console console = parent.root.console();
            List<Place> places = parent.places(paths, console);
            if (json) {
                console.out().println(Json.pretty(Export.toJson(places)));
            } else if (places.isEmpty()) {
                // Said on stderr: standard output stays the list (empty) for a script reading it.
                console.error("no bookmarks yet (m in the reader, or pilcrow bookmarks add DOC N, makes one)");
            } else {
                for (Place place : places) {
                    Bookmark b = place.bookmark();
                    String status = place.status().isEmpty() ? "" : "  (" + place.status() + ")";
                    console.out().println(Sanitizer.line(b.id() + "  \u00b6" + place.paragraph() + "  " + title(place)
                            + (b.note().isEmpty() ? "" : "  \u2014 " + b.note()) + status));
                }
            }
            console.out().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Bookmark paragraph N of a document.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        private BookmarksCommand parent;

        @Parameters(index = "0", paramLabel = "DOC", description = "A number from 'pilcrow list', a path, or part of a title.")
        private String doc;

        @Parameters(index = "1", paramLabel = "N", description = "The paragraph.")
        private int paragraph;

        @Parameters(index = "2..*", paramLabel = "PATH", description = LibraryOptions.PATHS_HELP)
        private List<String> paths = new ArrayList<>();

        @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with it.")
        private String note = "";

        @Override
        public Integer call() {
            Console console = parent.root.console();
            DocumentChoice choice = DocumentChoice.resolve(doc, paths, console);
            // A large file's bookmark has the fingerprint the reader's m gives it (size and ends),
            // and the quote of its paragraph.
            TextSnapshot numbered = choice.text() == null ? null : choice.numbered(console);
            if (numbered == null) {
                return ExitCode.TROUBLE;
            }
            int count = numbered.numbering().count();
            if (paragraph < 1 || paragraph > count) {
                console.error("no paragraph " + paragraph + ": the document has " + count);
                return ExitCode.TROUBLE;
            }
            DocumentText text = numbered.text();
            Store store = parent.open(console);
            Bookmark added;
            try (store) {
                added = store.add(FullScreen.absolute(text.name()), text.fingerprint(), paragraph,
                        Anchors.quote(text.text(numbered.numbering().placeOf(paragraph))), note);
            }
            if (notSaved(store, console)) {
                return ExitCode.TROUBLE;
            }
            console.out().println(added.id());
            console.out().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a bookmark by its id.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        private BookmarksCommand parent;

        @Parameters(index = "0", paramLabel = "ID", description = "The id shown by 'pilcrow bookmarks list'.")
        private String id;

        @Override
        public Integer call() {
            Console console = parent.root.console();
            Store store = parent.open(console);
            try (store) {
                if (!store.delete(id)) {
                    console.error("no bookmark " + id);
                    return ExitCode.TROUBLE;
                }
            }
            return notSaved(store, console) ? ExitCode.TROUBLE : ExitCode.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print every bookmark as JSON or as Markdown (title, \u00b6N, quote, note).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        private BookmarksCommand parent;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "The library to find moved documents in.")
        private List<String> paths = new ArrayList<>();

        @Option(names = "--format", paramLabel = "json|markdown", description = "Default: markdown.")
        private String format = "markdown";

        @Override
        public Integer call() {
            Console console = parent.root.console();
            if (!format.equals("json") && !format.equals("markdown")) {
                console.error("unknown format '" + format + "': use json or markdown");
                return ExitCode.TROUBLE;
            }
            List<Place> places = parent.places(paths, console);
            console.out().print(format.equals("json") ? Json.pretty(toJson(places)) + "\n" : markdown(places));
            console.out().flush();
            return ExitCode.OK;
        }

        static JsonArray toJson(List<Place> places) {
            JsonArray rows = new JsonArray();
            for (Place place : places) {
                Bookmark b = place.bookmark();
                JsonObject row = new JsonObject();
                row.addProperty("id", b.id());
                row.addProperty("title", Sanitizer.line(title(place)));
                // The real name: Json escapes what a terminal would act on, losslessly.
                row.addProperty("path", place.document() == null ? b.documentPath() : place.document().name());
                row.addProperty("paragraph", place.paragraph());
                row.addProperty("quote", Sanitizer.line(b.quote()));
                row.addProperty("note", Sanitizer.text(b.note()));
                row.addProperty("created", Instant.ofEpochMilli(b.createdMillis()).toString());
                if (!place.status().isEmpty()) {
                    row.addProperty("status", Sanitizer.line(place.status()));
                }
                rows.add(row);
            }
            return rows;
        }

        static String markdown(List<Place> places) {
            StringBuilder out = new StringBuilder("# Bookmarks\n");
            for (Place place : places) {
                Bookmark b = place.bookmark();
                out.append("\n## ").append(Sanitizer.line(title(place))).append(", \u00b6").append(place.paragraph())
                        .append(place.status().isEmpty() ? "" : " (" + Sanitizer.line(place.status()) + ")").append("\n\n")
                        .append("> ").append(Sanitizer.line(b.quote())).append("\u2026\n");
                if (!b.note().isEmpty()) {
                    out.append("\n").append(Sanitizer.text(b.note())).append("\n");
                }
            }
            return out.toString();
        }
    }
}
