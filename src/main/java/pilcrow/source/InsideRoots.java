package pilcrow.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A served library holds only files whose real path lies inside the served roots: a link in the
 * library to {@code /etc/passwd}, or to a folder the operator never meant to share, would otherwise
 * hand it to every remote user.
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
        List<DocumentSource> kept = new ArrayList<>();
        int skipped = 0;
        for (DocumentSource source : scan.sources()) {
            if (source instanceof FileSource file && !inside(file.path(), realRoots)) {
                skipped++;
            } else {
                kept.add(source);
            }
        }
        return new Confined(new LibraryScanner.Scan(List.copyOf(kept), scan.failures(), scan.warnings(), scan.skipped()), skipped);
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
}
