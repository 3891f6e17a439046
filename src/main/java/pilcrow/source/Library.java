package pilcrow.source;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

/**
 * The documents a reader works on, read from the paths given. Documents that could not be read
 * are kept as failures (and binary files listed with their warning), so the other documents still
 * show and every problem gets its one line.
 *
 * @param name    what to call the library in headers ("seeds", "notes/", "3 paths")
 * @param entries every listed document, in order: read ones and binary ones
 * @param errors  one line each for what could not be read or scanned
 * @param skipped the folder entries left out (binary, hidden), with why
 */
public record Library(String name, List<LoadResult> entries, List<String> errors,
                      List<LibraryScanner.Skipped> skipped) {

    public Library(String name, List<LoadResult> entries, List<String> errors) {
        this(name, entries, errors, List.of());
    }

    public static Library load(String name, List<String> paths, InputStream stdin) {
        return load(name, paths, stdin, count -> { });
    }

    /** As {@link #load(String, List, InputStream)}, telling {@code found} how many documents it will read. */
    public static Library load(String name, List<String> paths, InputStream stdin, IntConsumer found) {
        return load(name, paths, stdin, found, false);
    }

    /**
     * As {@link #load(String, List, InputStream, IntConsumer)}; with {@code lazyLarge}, large
     * plain-text files are opened to be read on demand ({@link LargeFile}) instead of whole.
     */
    public static Library load(String name, List<String> paths, InputStream stdin, IntConsumer found,
                               boolean lazyLarge) {
        return load(name, paths, stdin, found, lazyLarge, UnaryOperator.identity());
    }

    /** As above, with what the scan found passed through {@code sift} before anything is read. */
    public static Library load(String name, List<String> paths, InputStream stdin, IntConsumer found,
                               boolean lazyLarge, UnaryOperator<LibraryScanner.Scan> sift) {
        return load(name, sift.apply(LibraryScanner.scan(paths, stdin)), found, lazyLarge);
    }

    /** What {@code scan} found, read (as above): for a scan of its own, as serve's ({@link LibraryScanner#scanInside}). */
    public static Library load(String name, LibraryScanner.Scan scan, IntConsumer found, boolean lazyLarge) {
        return load(name, scan, found, lazyLarge ? Library::readLazily : DocumentReader::read);
    }

    private static Library load(String name, LibraryScanner.Scan scan, IntConsumer found,
                                java.util.function.Function<DocumentSource, LoadResult> reader) {
        found.accept(scan.sources().size());
        List<LoadResult> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>(scan.warnings());
        scan.failures().forEach(f -> errors.add(f.message()));
        for (DocumentSource source : scan.sources()) {
            add(reader.apply(source), entries, errors);
        }
        return new Library(name, List.copyOf(entries), List.copyOf(errors), scan.skipped());
    }

    /**
     * As {@link #load(String, List, InputStream, IntConsumer, boolean)} with large files read on
     * demand, for the reader's first paint: an EPUB book is read only as far as its first chapter
     * ({@link DocumentReader#bookOpening}); the reader reads the rest once it has painted.
     */
    public static Library loadOpenings(String name, List<String> paths, InputStream stdin, IntConsumer found) {
        return load(name, LibraryScanner.scan(paths, stdin), found,
                source -> DocumentReader.bookOpening(source).orElseGet(() -> readLazily(source)));
    }

    /**
     * A large plain-text file opened to be read on demand, gzipped text too (from a private
     * spooled copy); anything else read whole.
     */
    public static LoadResult readLazily(DocumentSource source) {
        if (MappedSearch.suits(source)) {
            try {
                java.util.Optional<LargeFile> file = LargeFile.open((FileSource) source);
                if (file.isPresent()) {
                    return new LoadResult.Large(source, file.get());
                }
            } catch (java.io.IOException e) {
                return new LoadResult.Failed(source, DocumentReader.reasonFor(e), false);
            }
        }
        return DocumentReader.readOpeningLarge(source);
    }

    /** The entries that are EPUB books read ({@link #loadOpenings} read only their openings). */
    public List<Integer> books() {
        List<Integer> books = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof LoadResult.Loaded loaded && DocumentReader.isBook(loaded.source())) {
                books.add(i);
            }
        }
        return books;
    }

    /** This library with each of its {@link #books} read whole. */
    public Library withBooksWhole() {
        List<LoadResult> whole = new ArrayList<>(entries);
        for (int i : books()) {
            whole.set(i, DocumentReader.read(entries.get(i).source()));
        }
        return new Library(name, List.copyOf(whole), errors, skipped);
    }

    public static Library of(String name, List<DocumentSource> sources) {
        List<LoadResult> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (DocumentSource source : sources) {
            add(DocumentReader.read(source), entries, errors);
        }
        return new Library(name, List.copyOf(entries), List.copyOf(errors));
    }

    private static void add(LoadResult result, List<LoadResult> entries, List<String> errors) {
        if (result instanceof LoadResult.Failed failed && !failed.binary()) {
            errors.add(failed.message());
        } else {
            entries.add(result);
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
