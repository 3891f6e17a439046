package pilcrow.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import pilcrow.app.Paths;
import pilcrow.library.LibraryDocument;
import pilcrow.source.FileOpener;
import pilcrow.source.FileSource;
import pilcrow.source.InsideRoots;
import pilcrow.source.Library;
import pilcrow.source.LibraryScanner;
import pilcrow.source.LoadResult;

/**
 * The file system as {@code :e}, links and {@code v} reach it: files read as the library reads
 * them ({@link Library#readLazily}: formats, bounds, sanitizing), folders scanned as the command
 * line scans them. A served session's is confined to the served roots ({@link #served}): a path
 * outside them, as written or through a link, is refused before anything under it is looked at,
 * completion lists nothing outside, and every open goes through {@link InsideRoots#opener}.
 */
public final class LocalPaths implements Paths {

    /** Completion stops listing after this many names: a huge folder still answers at once. */
    static final int MAX_CANDIDATES = 1000;

    private final Path home;
    private final Path workingFolder;
    /** The served roots; empty for the local reader, which may open anything the user can. */
    private final List<String> roots;
    private final FileOpener opener;
    /** Given each large file opened (alone or in a folder), to index it; nothing by default. */
    private final Consumer<LoadResult.Large> opened;

    private LocalPaths(Path home, Path workingFolder, List<String> roots, FileOpener opener,
                       Consumer<LoadResult.Large> opened) {
        this.home = home;
        this.workingFolder = workingFolder;
        this.roots = List.copyOf(roots);
        this.opener = opener;
        this.opened = opened;
    }

    /**
     * The same, handing each large file it opens to {@code index} (the reader's {@link Indexing}),
     * as the library's large files are indexed from the start.
     */
    public LocalPaths indexingWith(Consumer<LoadResult.Large> index) {
        return new LocalPaths(home, workingFolder, roots, opener, index);
    }

    /** The local reader's: {@code ~} is the user's home, a relative path with no document open is the working folder's. */
    public static LocalPaths local(Path home, Path workingFolder) {
        return new LocalPaths(home, workingFolder.toAbsolutePath(), List.of(), FileOpener.PLAIN, large -> { });
    }

    /** The process's own home and working folder. */
    public static LocalPaths local() {
        return local(Path.of(System.getProperty("user.home", "/")), Path.of("").toAbsolutePath());
    }

    /**
     * A served session's: only inside {@code roots}; a relative path with no document open is taken
     * in the first root, and {@code ~} (the server's home) is outside unless served.
     */
    public static Paths served(List<String> roots) {
        if (roots.isEmpty()) {
            return REFUSING; // the bundled seeds: there is no folder to open anything in
        }
        Path first = roots.isEmpty() ? Path.of("/") : Path.of(roots.get(0)).toAbsolutePath();
        Path folder = Files.isDirectory(first) ? first : first.getParent();
        return new LocalPaths(Path.of(System.getProperty("user.home", "/")), folder, roots, InsideRoots.opener(roots),
                large -> { });
    }

    /** A served library with no folders (the bundled seeds): nothing more may be opened. */
    private static final Paths REFUSING = Paths.refusing(LocalPaths::refusedOutside, "outside the served folders");

    @Override
    public Opened open(String typed, String beside) {
        Path path;
        try {
            path = resolve(typed, beside);
        } catch (InvalidPathException e) {
            return new Opened.Refused("cannot open " + typed + ": not a path");
        }
        if (confined() && !InsideRoots.writtenInside(roots, path)) {
            return new Opened.Refused(refusedOutside(typed));
        }
        if (!Files.exists(path)) {
            return new Opened.Refused("cannot open " + typed + ": no such file or folder");
        }
        if (confined() && !InsideRoots.contains(roots, path)) {
            return new Opened.Refused(refusedOutside(typed));
        }
        if (Files.isDirectory(path)) {
            return folder(typed, path);
        }
        LibraryDocument row = read(path, typed);
        return row instanceof LibraryDocument.Unreadable unreadable
                ? new Opened.Refused("cannot open " + typed + ": " + unreadable.problem()) : new Opened.File(row);
    }

    @Override
    public Completion complete(String typed, String beside) {
        if (typed.equals("~")) {
            return new Completion("", List.of("~/"));
        }
        int slash = typed.lastIndexOf('/');
        String folderTyped = typed.substring(0, slash + 1);
        String begins = typed.substring(slash + 1);
        Path folder;
        try {
            folder = resolve(folderTyped.isEmpty() ? "." : folderTyped, beside);
        } catch (InvalidPathException e) {
            return new Completion(folderTyped, List.of());
        }
        if (confined() && !InsideRoots.contains(roots, folder)) {
            return new Completion(folderTyped, List.of());
        }
        return new Completion(folderTyped, names(folder, begins));
    }

    @Override
    public LibraryDocument reread(String path) {
        Path file = Path.of(path);
        if (confined() && !InsideRoots.contains(roots, file)) {
            return new LibraryDocument.Unreadable(path, "outside the served folders");
        }
        return read(file, path);
    }

    /** The names in {@code folder} beginning with {@code begins}, folders marked with a {@code /}; hidden ones only when asked for. */
    private List<String> names(Path folder, String begins) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(begins) || (name.startsWith(".") && !begins.startsWith("."))) {
                    continue;
                }
                if (confined() && !InsideRoots.contains(roots, entry)) {
                    continue;
                }
                names.add(Files.isDirectory(entry) ? name + "/" : name);
                if (names.size() >= MAX_CANDIDATES) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // unreadable or gone: nothing to offer
        }
        names.sort(null);
        return names;
    }

    /** {@code ~} and {@code ~/...} in the home folder; a relative path beside {@code beside}'s document, else in the working folder. */
    Path resolve(String typed, String beside) {
        if (typed.equals("~") || typed.startsWith("~/")) {
            return home.resolve(typed.equals("~") ? "" : typed.substring(2)).normalize();
        }
        Path path = Path.of(typed);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        Path base = workingFolder;
        if (beside != null) {
            Path parent = workingFolder.resolve(beside).getParent();
            base = parent == null ? workingFolder : parent;
        }
        return base.resolve(path).normalize();
    }

    private boolean confined() {
        return !roots.isEmpty();
    }

    private static String refusedOutside(String typed) {
        return "Not opened: " + typed + " is outside the served folders";
    }

    /** A file read as a library row, keyed by its absolute path (as the command line's files are). */
    private LibraryDocument read(Path file, String shown) {
        Path absolute = file.toAbsolutePath().normalize();
        FileSource source = new FileSource(absolute, absolute.toString()).openedBy(opener);
        LoadResult result = Library.readLazily(source);
        if (result instanceof LoadResult.Large large) {
            opened.accept(large);
        }
        if (result instanceof LoadResult.Failed failed) {
            return new LibraryDocument.Unreadable(absolute.toString(), failed.reason());
        }
        return LibraryDocument.of(result, absolute.toString());
    }

    /** A folder scanned and read as the library: served, the scan stays inside the roots. */
    private Opened folder(String typed, Path folder) {
        List<String> paths = List.of(folder.toString());
        InputStream none = InputStream.nullInputStream();
        Library library = confined()
                ? Library.load(typed, InsideRoots.confine(LibraryScanner.scanInside(paths, none), roots).scan(), count -> { }, true)
                : Library.load(typed, paths, none, count -> { }, true);
        Indexing.largeOf(library).forEach(opened);
        return new Opened.Folder(typed, FullScreen.entries(library), FullScreen.notice(library));
    }
}
