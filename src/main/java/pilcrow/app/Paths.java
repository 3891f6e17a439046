package pilcrow.app;

import java.util.List;
import java.util.function.Function;
import pilcrow.library.LibraryDocument;

/**
 * The file system as the reader reaches it from inside ({@code :e PATH}, a link to a file outside
 * the library, {@code v}'s re-read): the edge implements it (the local reader, or a served session
 * confined to its roots), and {@link Reads} asks it when it carries out a read effect, never
 * {@link App#update}. A typed path is taken as the user typed it: {@code ~}, absolute, or relative
 * to {@code beside}'s folder (a document's path, or null: the working folder).
 */
public interface Paths {

    /** What is at {@code typed}: a document (read as the library reads one), a folder as a library, or why not. */
    Opened open(String typed, String beside);

    /** The names in {@code typed}'s folder that begin with its last part (folders end in {@code /}). */
    Completion complete(String typed, String beside);

    /** The document at {@code path} (a library row's key) read again, or why it cannot be. */
    LibraryDocument reread(String path);

    /** No file system beyond the library (a test that opens nothing): every path is refused. */
    Paths NONE = refusing(typed -> "Not in the library: " + typed, "cannot be read again here");

    /**
     * Refuses every path: {@code why} says why for a typed one, {@code rereadWhy} for a document
     * read again; nothing is completed.
     */
    static Paths refusing(Function<String, String> why, String rereadWhy) {
        return new Paths() {
            @Override
            public Opened open(String typed, String beside) {
                return new Opened.Refused(why.apply(typed));
            }

            @Override
            public Completion complete(String typed, String beside) {
                return new Completion("", List.of());
            }

            @Override
            public LibraryDocument reread(String path) {
                return new LibraryDocument.Unreadable(path, rereadWhy);
            }
        };
    }

    /** What a path opened to. */
    sealed interface Opened {

        /** A file, read: {@code row} is its document (or why it cannot be opened), keyed by its absolute path. */
        record File(LibraryDocument row) implements Opened {
        }

        /** A folder: its documents, as a library called {@code name}, and a note (what could not be read). */
        record Folder(String name, List<LibraryDocument> entries, String notice) implements Opened {
            public Folder {
                entries = List.copyOf(entries);
            }
        }

        /** Nothing to open: one line why ({@code no such file}, outside the served folders). */
        record Refused(String why) implements Opened {
        }
    }

    /**
     * Completions of a typed path.
     *
     * @param folder what was typed up to and including its last {@code /} ("" for none): kept as typed
     * @param names  the entries of that folder that begin with the last part, sorted; folders end in {@code /}
     */
    record Completion(String folder, List<String> names) {
        public Completion {
            names = List.copyOf(names);
        }
    }
}
