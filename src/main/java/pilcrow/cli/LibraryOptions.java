package pilcrow.cli;

import java.util.List;
import java.util.function.IntConsumer;
import pilcrow.source.DefaultLibrary;
import pilcrow.source.Library;
import pilcrow.source.LibraryScanner;

/** Reading the {@code [PATH...]} every command takes: files, folders, or {@code -}; none means the seeds. */
final class LibraryOptions {

    static final String PATHS_HELP = "Files or folders to read (folders recursively), or - for standard input. "
            + "Default: the bundled seeds library.";

    /** From this many documents on, reading them takes long enough to say so first. */
    static final int MANY_DOCUMENTS = 200;

    private LibraryOptions() {
    }

    /** Reads the library and reports every document that could not be read, one line each. */
    static Library load(List<String> paths, Console console) {
        return load(paths, console, false);
    }

    /** @param lazyLarge open large plain-text files to be read on demand (the full-screen reader) */
    static Library load(List<String> paths, Console console, boolean lazyLarge) {
        return load(paths, console, counted -> Library.load(nameOf(paths), paths, console.in(), counted, lazyLarge));
    }

    /**
     * As {@link #load(List, Console, boolean)} with large files read on demand, for the reader's
     * first paint: an EPUB book only as far as its first chapter ({@link Library#loadOpenings}).
     */
    static Library loadOpenings(List<String> paths, Console console) {
        return load(paths, console, counted -> Library.loadOpenings(nameOf(paths), paths, console.in(), counted));
    }

    private static Library load(List<String> paths, Console console,
                                java.util.function.Function<IntConsumer, Library> loader) {
        Library library = paths.isEmpty()
                ? DefaultLibrary.load(console.in())
                : loader.apply(count -> {
                    if (count >= MANY_DOCUMENTS && console.outIsTerminal()) {
                        console.err().println("pilcrow: reading " + count + " documents\u2026");
                        console.err().flush();
                    }
                });
        library.errors().forEach(console::error);
        return library;
    }

    static final String VERBOSE_HELP = "List each file left out of a folder (binary, hidden), and why.";

    /**
     * Says what a folder scan left out, on standard error: each file with its reason when
     * {@code verbose}, else one line of counts (nothing when nothing was skipped).
     */
    static void reportSkipped(List<LibraryScanner.Skipped> skipped, boolean verbose, Console console) {
        if (verbose) {
            skipped.forEach(s -> console.error("skipped " + s.path() + ": " + s.why()));
        } else if (!skipped.isEmpty()) {
            console.error(LibraryScanner.summary(skipped) + " (--verbose lists them)");
        }
    }

    static String nameOf(List<String> paths) {
        return paths.size() == 1 ? paths.get(0) : paths.size() + " paths";
    }
}
