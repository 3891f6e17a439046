package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A served library holds only files whose real path lies inside the served roots: a link in the
 * library to {@code /etc/passwd}, or to a folder the operator never meant to share, would otherwise
 * hand it to every remote user.
 *
 * <p>Checked twice: when the folders are scanned (what is listed), and at every open of a kept
 * file's bytes (its {@link FileOpener}): someone who can write in a served folder could otherwise
 * swap a listed file, or a folder above it, for a link to {@code /etc/shadow} after the scan.
 * The open walks down from the root one name at a time, each opened relative to the folder
 * before it without following a link ({@code openat} with {@code O_NOFOLLOW}, through
 * {@link SecureDirectoryStream}), so a swap between the check and the open finds a link and fails
 * rather than leading out.
 */
public final class InsideRoots {

    /** The scan without what lay outside, and how many such files were left out. */
    public record Confined(LibraryScanner.Scan scan, int skipped) {
    }

    private InsideRoots() {
    }

    /** @param roots the paths as given to serve (a root may itself be a link: its target is served) */
    public static Confined confine(LibraryScanner.Scan scan, List<String> roots) {
        List<Path> realRoots = new ArrayList<>();
        for (String root : roots) {
            realPath(Path.of(root)).ifPresent(realRoots::add);
        }
        FileOpener confined = new Confinement(List.copyOf(realRoots));
        List<DocumentSource> kept = new ArrayList<>();
        int skipped = 0;
        for (DocumentSource source : scan.sources()) {
            if (!(source instanceof FileSource file)) {
                kept.add(source);
            } else if (inside(file.path(), realRoots)) {
                kept.add(file.openedBy(confined));
            } else {
                skipped++;
            }
        }
        // What remote users are shown (the list's note, the status line) names only paths under the
        // roots as given; links left out by LibraryScanner.scanInside are counted for the operator.
        List<Path> given = roots.stream().map(InsideRoots::absolute).toList();
        List<LibraryScanner.Skipped> shownSkipped = new ArrayList<>();
        for (LibraryScanner.Skipped entry : scan.skipped()) {
            if (LibraryScanner.OUTSIDE_ROOTS.equals(entry.why())) {
                skipped++;
            } else if (under(entry.path(), given)) {
                shownSkipped.add(entry);
            }
        }
        List<LoadResult.Failed> failures = scan.failures().stream()
                .filter(f -> !(f.source() instanceof FileSource file) || under(file.path().toString(), given)).toList();
        List<String> warnings = scan.warnings().stream().filter(w -> namesOnlyUnder(w, roots)).toList();
        return new Confined(new LibraryScanner.Scan(List.copyOf(kept), failures, warnings, List.copyOf(shownSkipped)), skipped);
    }

    /**
     * The opener of a served session's files named from inside ({@code :e}, a link to a file the
     * library does not list): it opens a file only while its real path lies inside {@code roots},
     * as the library's own files are opened.
     */
    public static FileOpener opener(List<String> roots) {
        List<Path> realRoots = new ArrayList<>();
        for (String root : roots) {
            realPath(Path.of(root)).ifPresent(realRoots::add);
        }
        return new Confinement(List.copyOf(realRoots));
    }

    /**
     * Whether {@code path} lies inside one of {@code roots}, both as written (so nothing outside
     * is even looked at) and with every link resolved (so no link leads out).
     */
    public static boolean contains(List<String> roots, Path path) {
        Path written = path.toAbsolutePath().normalize();
        if (roots.stream().map(InsideRoots::absolute).noneMatch(written::startsWith)) {
            return false;
        }
        List<Path> realRoots = new ArrayList<>();
        for (String root : roots) {
            realPath(Path.of(root)).ifPresent(realRoots::add);
        }
        return inside(written, realRoots);
    }

    /** Whether {@code path}, as written, lies inside one of {@code roots}: looked at without touching the file system. */
    public static boolean writtenInside(List<String> roots, Path path) {
        Path written = path.toAbsolutePath().normalize();
        return roots.stream().map(InsideRoots::absolute).anyMatch(written::startsWith);
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** Whether {@code path}, as the scan found it, lies under one of the roots as given (no link resolved). */
    private static boolean under(String path, List<Path> given) {
        Path found = absolute(path);
        return given.stream().anyMatch(found::startsWith);
    }

    /**
     * Whether a scan's warning ("skipping PATH: symbolic link loop", "cannot read folder PATH: ...")
     * names a path under a root: the scan starts every path it names with the root as given.
     */
    private static boolean namesOnlyUnder(String warning, List<String> roots) {
        return roots.stream().anyMatch(root -> {
            int at = warning.indexOf(root);
            int after = at + root.length();
            return at >= 0 && warning.substring(0, at).matches("[a-z ]+")
                    && (after == warning.length() || warning.charAt(after) == '/' || warning.charAt(after) == ':');
        });
    }

    /** Whether the file's real path (every link resolved) is a root or lies under one. */
    private static boolean inside(Path file, List<Path> realRoots) {
        Optional<Path> real = realPath(file);
        return real.isPresent() && realRoots.stream().anyMatch(root -> real.get().startsWith(root));
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // gone or unreadable: not offered
        }
    }

    /** A document's one-line problem when its file now leads out of the served folders. */
    static final class OutsideRoots extends FileSystemException {
        OutsideRoots(Path file) {
            super(file.toString(), null, "now outside the served folders");
        }
    }

    /** Opens a file only while its real path is inside the roots, the last step taken without following links. */
    private record Confinement(List<Path> realRoots) implements FileOpener {

        @Override
        public FileChannel channel(Path file) throws IOException {
            Path real = file.toRealPath();
            Path root = realRoots.stream().filter(real::startsWith).findFirst()
                    .orElseThrow(() -> new OutsideRoots(file));
            try {
                return openBeneath(root, root.relativize(real));
            } catch (IOException e) {
                // A name on the way was swapped for a link since the real path was resolved.
                if (!realPath(file).equals(Optional.of(real))) {
                    throw new OutsideRoots(file);
                }
                throw e;
            }
        }

        /** The file's real path, when it is inside a root and a regular file, for a by-name open. */
        @Override
        public Path byName(Path file) throws IOException {
            Path real = file.toRealPath();
            if (realRoots.stream().noneMatch(real::startsWith)) {
                throw new OutsideRoots(file);
            }
            FileOpener.requireRegular(real, Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
            return real;
        }
    }

    /**
     * Opens {@code relative} under {@code root} one name at a time, following no link: a link on
     * the way (or at the end) fails the open.
     */
    static FileChannel openBeneath(Path root, Path relative) throws IOException {
        if (relative.toString().isEmpty()) {
            return openRegular(root); // a file served by name
        }
        try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
            if (!(top instanceof SecureDirectoryStream<Path> secure)) {
                return openResolved(root.resolve(relative));
            }
            return openWithin(secure, relative, 0);
        }
    }

    private static FileChannel openWithin(SecureDirectoryStream<Path> folder, Path relative, int at) throws IOException {
        Path name = relative.getName(at);
        if (at == relative.getNameCount() - 1) {
            FileOpener.requireRegular(name, folder.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes());
            SeekableByteChannel opened = folder.newByteChannel(name, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
            if (opened instanceof FileChannel channel) {
                return channel;
            }
            opened.close();
            throw new FileSystemException(name.toString(), null, "cannot be mapped");
        }
        try (SecureDirectoryStream<Path> next = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
            return openWithin(next, relative, at + 1);
        }
    }

    /** A regular file opened without following a link ({@link FileOpener#requireRegular} says why). */
    private static FileChannel openRegular(Path file) throws IOException {
        FileOpener.requireRegular(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Where the file system has no {@code openat} (not Linux or macOS): the last name opened
     * without following a link, then the real path checked again, which leaves a narrow race.
     */
    private static FileChannel openResolved(Path real) throws IOException {
        FileChannel channel = openRegular(real);
        if (!realPath(real).equals(Optional.of(real))) {
            channel.close();
            throw new OutsideRoots(real);
        }
        return channel;
    }
}
