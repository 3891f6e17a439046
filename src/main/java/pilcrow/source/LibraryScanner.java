package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Finds the documents named on the command line. A folder is read recursively in sorted order,
 * skipping hidden entries and files that are not text; a symbolic link loop is reported and not
 * followed. A file named explicitly is always taken (the reader then says if it is not text).
 */
public final class LibraryScanner {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");
    private static final int SNIFF_BYTES = 8192;

    /** What a scan found: the sources in order, and one-line problems met on the way. */
    public record Scan(List<DocumentSource> sources, List<LoadResult.Failed> failures, List<String> warnings) {
    }

    private final List<DocumentSource> sources = new ArrayList<>();
    private final List<LoadResult.Failed> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private LibraryScanner() {
    }

    /** Scans paths in the order given; {@code "-"} is standard input. */
    public static Scan scan(List<String> paths, InputStream stdin) {
        LibraryScanner scanner = new LibraryScanner();
        for (String path : paths) {
            if (path.equals("-")) {
                scanner.sources.add(new StreamSource(stdin));
            } else {
                scanner.explicit(Path.of(path));
            }
        }
        return new Scan(List.copyOf(scanner.sources), List.copyOf(scanner.failures), List.copyOf(scanner.warnings));
    }

    private void explicit(Path path) {
        FileSource source = FileSource.of(path);
        if (Files.isDirectory(path)) {
            folder(path, new HashSet<>());
        } else if (Files.isRegularFile(path)) {
            sources.add(source);
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            failures.add(new LoadResult.Failed(source, "broken symbolic link or link loop", false));
        } else if (Files.exists(path)) {
            failures.add(new LoadResult.Failed(source, "not a regular file", false));
        } else {
            failures.add(new LoadResult.Failed(source, "no such file or directory", false));
        }
    }

    /** @param ancestors real paths of the folders above, to notice a link back up the tree */
    private void folder(Path folder, Set<Path> ancestors) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            warnings.add("cannot read folder " + folder + ": " + DocumentReader.reasonFor(e));
            return;
        }
        if (!ancestors.add(real)) {
            warnings.add("skipping " + folder + ": symbolic link loop");
            return;
        }
        for (Path entry : sortedEntries(folder)) {
            // One stat an entry (links followed): a library of 10,000 files is scanned before the
            // first paint. A broken link is neither, and skipped as before.
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                continue;
            }
            if (attributes.isDirectory()) {
                folder(entry, ancestors);
            } else if (attributes.isRegularFile() && isTextDocument(entry)) {
                sources.add(FileSource.of(entry));
            }
        }
        ancestors.remove(real);
    }

    private List<Path> sortedEntries(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            warnings.add("cannot read folder " + folder + ": " + DocumentReader.reasonFor(e));
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return entries;
    }

    /** Text and Markdown by their ending (also gzipped); a name without an ending if it holds text. */
    static boolean isTextDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String inner = gzip ? name.substring(0, name.length() - 3) : name;
        int dot = inner.lastIndexOf('.');
        if (dot > 0) {
            return TEXT_EXTENSIONS.contains(inner.substring(dot + 1));
        }
        return startsWithText(file, gzip);
    }

    private static boolean startsWithText(Path file, boolean gzip) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return !Decoder.looksBinary(head);
        } catch (IOException e) {
            return false;
        }
    }
}
