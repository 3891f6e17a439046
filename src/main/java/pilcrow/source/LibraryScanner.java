package pilcrow.source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Finds the documents named on the command line. A folder is read recursively in sorted order;
 * every file in it that holds text is a document, whatever its name (Apache-2.0, app.log,
 * README.Debian.gz): its first bytes decide, as grep -I decides (a NUL byte: binary), gzipped
 * files by their first bytes inflated. Hidden entries and binary files are skipped, and each
 * one skipped is kept with its reason ({@link Skipped}), to be counted or listed. A symbolic link
 * loop is reported and not followed. A file named explicitly is always taken (the reader then
 * says if it is not text).
 */
public final class LibraryScanner {

    private static final int SNIFF_BYTES = 8192;
    /** Why {@link #scanInside} left an entry out: a link whose target lies outside the roots. */
    public static final String OUTSIDE_ROOTS = "link out of the served folders";

    /** What a scan found: the sources in order, one-line problems met on the way, and what it left out. */
    public record Scan(List<DocumentSource> sources, List<LoadResult.Failed> failures, List<String> warnings,
                       List<Skipped> skipped) {
    }

    /**
     * A folder entry left out, and why: "binary" (a NUL byte in its first bytes), "hidden" (its
     * name starts with a dot), "not a regular file" (a FIFO, a socket, a device, a broken link).
     *
     * @param path the entry's path as found, not sanitized
     */
    public record Skipped(String path, String why) {
    }

    /**
     * One line for what was skipped, e.g. "3 files skipped: 2 binary, 1 hidden" (reasons in
     * order of first appearance); empty when nothing was.
     */
    public static String summary(List<Skipped> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        skipped.forEach(s -> counts.merge(s.why(), 1, Integer::sum));
        StringBuilder line = new StringBuilder().append(skipped.size())
                .append(skipped.size() == 1 ? " file skipped: " : " files skipped: ");
        String separator = "";
        for (java.util.Map.Entry<String, Integer> count : counts.entrySet()) {
            line.append(separator).append(count.getValue()).append(' ').append(count.getKey());
            separator = ", ";
        }
        return line.toString();
    }

    private final List<DocumentSource> sources = new ArrayList<>();
    private final List<LoadResult.Failed> failures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    /** The first bytes of each file, read into this one buffer. */
    private final byte[] head = new byte[SNIFF_BYTES];
    /** Told of each source and each problem as it is found, in order. */
    private final Listener listener;
    /** The roots' real paths a link must stay within ({@link #scanInside}); null: links are followed anywhere. */
    private final List<Path> realRoots;

    /** Told of what a scan finds, in the order of its result, as it finds it. */
    public interface Listener {
        /** Told nothing: for a scan whose result alone is wanted. */
        Listener NONE = new Listener() {
            @Override
            public void found(DocumentSource source) {
            }

            @Override
            public void problem(String message) {
            }
        };

        void found(DocumentSource source);

        /** A problem met: a warning or a failure's message, one line, as the result has it. */
        void problem(String message);
    }

    private LibraryScanner(Listener listener, List<Path> realRoots) {
        this.listener = listener;
        this.realRoots = realRoots;
    }

    /** Scans paths in the order given; {@code "-"} is standard input. */
    /** Links followed before a chain counts as a loop, as Linux's ELOOP has it. */
    private static final int MAX_LINKS_FOLLOWED = 40;

    public static Scan scan(List<String> paths, InputStream stdin) {
        return scan(paths, stdin, Listener.NONE);
    }

    /**
     * As {@link #scan(List, InputStream)}, telling {@code listener} of each source and problem as
     * it is found, in the order of the result: a search can start, and say the problems where they
     * were met, before the scan ends.
     */
    public static Scan scan(List<String> paths, InputStream stdin, Listener listener) {
        return scan(paths, stdin, listener, null);
    }

    /**
     * As {@link #scan(List, InputStream)}, for serve: a link whose real path lies outside every
     * path's real path is neither followed into nor opened, only kept as skipped
     * ({@link #OUTSIDE_ROOTS}). Without it, {@code ln -s / x} in a served folder makes every start
     * scan the whole file system, and names from there reach remote users.
     */
    public static Scan scanInside(List<String> paths, InputStream stdin) {
        List<Path> realRoots = new ArrayList<>();
        for (String path : paths) {
            try {
                realRoots.add(Path.of(path).toRealPath());
            } catch (IOException | RuntimeException e) {
                // Missing or unreadable: the scan says so for that path; nothing lies inside it.
            }
        }
        return scan(paths, stdin, Listener.NONE, List.copyOf(realRoots));
    }

    private static Scan scan(List<String> paths, InputStream stdin, Listener listener, List<Path> realRoots) {
        LibraryScanner scanner = new LibraryScanner(listener, realRoots);
        for (String path : paths) {
            if (path.equals("-")) {
                scanner.add(new StreamSource(stdin));
            } else {
                scanner.explicit(Path.of(path));
            }
        }
        return new Scan(List.copyOf(scanner.sources), List.copyOf(scanner.failures), List.copyOf(scanner.warnings),
                List.copyOf(scanner.skipped));
    }

    private void add(DocumentSource source) {
        sources.add(source);
        listener.found(source);
    }

    private void fail(FileSource source, String reason) {
        LoadResult.Failed failure = new LoadResult.Failed(source, reason, false);
        failures.add(failure);
        listener.problem(failure.message());
    }

    private void warn(String warning) {
        warnings.add(warning);
        listener.problem(warning);
    }

    private void explicit(Path path) {
        FileSource source = FileSource.of(path);
        if (Files.isDirectory(path)) {
            folder(path, new HashSet<>());
        } else if (Files.isRegularFile(path)) {
            add(source);
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            fail(source, "broken symbolic link or link loop");
        } else if (Files.exists(path)) {
            fail(source, "not a regular file");
        } else {
            fail(source, "no such file or directory");
        }
    }

    /** @param ancestors real paths of the folders above, to notice a link back up the tree */
    private void folder(Path folder, Set<Path> ancestors) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            warn("cannot read folder " + folder + ": " + DocumentReader.reasonFor(e));
            return;
        }
        if (!ancestors.add(real)) {
            warn("skipping " + folder + ": symbolic link loop");
            return;
        }
        File folderFile = folder.toFile();
        String[] names = folderFile.list();
        if (names == null) {
            warn("cannot read folder " + folder + ": " + whyUnreadable(folder));
        } else {
            Arrays.sort(names);
            Map<String, List<Path>> undecodable = undecodableNames(folder, names);
            BasicFileAttributes[] looked = lookedAt(folder, names, undecodable);
            for (int i = 0; i < names.length; i++) {
                String name = names[i];
                List<Path> raw = undecodable.get(name);
                if (name.startsWith(".")) {
                    skipped.add(new Skipped(folder.resolve(name).toString(), "hidden"));
                } else if (raw != null && !raw.isEmpty()) {
                    entry(raw.remove(0), ancestors);
                } else {
                    entry(folder, folderFile, name, ancestors, looked == null ? null : looked[i]);
                }
            }
        }
        ancestors.remove(real);
    }

    /**
     * One entry of a folder, with one stat for almost every entry (links followed), whose size and
     * time the document keeps for an index's freshness check: a file is taken when its first bytes
     * are text. A name ending in .txt, .text, .md, .markdown, .html, .htm or .xhtml is taken
     * without opening it here: opening every file of a 10,000-document library before the first
     * paint or a search cost a third more time (bench/library.sh, docs/performance.md), and its
     * content is looked at when it is read anyway (NUL bytes: listed as binary, refused).
     */
    private void entry(Path folder, File folderFile, String name, Set<Path> ancestors, BasicFileAttributes looked) {
        Path path = folder.resolve(name);
        if (leadsOutside(path)) {
            return;
        }
        BasicFileAttributes attributes = looked != null ? looked : attributes(path);
        if (attributes != null && attributes.isRegularFile()) {
            if (FileNames.takenUnopened(name) || FileNames.isEpub(name)
                    || holdsText(new File(folderFile, name), FileNames.isGzip(name))) {
                add(FileSource.named(path, name, Stamp.of(attributes)));
            } else {
                skipped.add(new Skipped(path.toString(), "binary"));
            }
        } else if (attributes != null && attributes.isDirectory()) {
            folder(path, ancestors);
        } else if (isLinkLoop(path)) {
            // A link that leads back to itself is told, as a link back up the tree is.
            warn("skipping " + path + ": symbolic link loop");
        } else {
            skipped.add(new Skipped(path.toString(), "not a regular file"));
        }
    }

    /** Entries in a folder past which their looks are taken on every core. */
    static final int MANY_ENTRIES = 256;

    /**
     * The looks at a large folder's entries (null where one cannot be had, or for a hidden or
     * undecodable name), taken on every core ahead of the walk, which then only reads them: at
     * 100,000 documents those stat calls were most of an indexed search. None for a small folder,
     * nor under {@link #scanInside}, where a link is checked before anything looks through it.
     */
    private BasicFileAttributes[] lookedAt(Path folder, String[] names, Map<String, List<Path>> undecodable) {
        if (names.length < MANY_ENTRIES || realRoots != null) {
            return null;
        }
        BasicFileAttributes[] looked = new BasicFileAttributes[names.length];
        java.util.stream.IntStream.range(0, names.length).parallel().forEach(i -> {
            if (!names[i].startsWith(".") && !undecodable.containsKey(names[i])) {
                looked[i] = attributes(folder.resolve(names[i]));
            }
        });
        return looked;
    }

    /** What the entry (a link followed) is, or null when it cannot be looked at: broken, gone, not allowed. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether a file's first bytes (inflated, for a gzip name) are text, or an EPUB book's
     * signature (an archive, so binary, read by {@link EpubBook}). A file that cannot be
     * read (no permission, corrupt gzip) is taken: reading it then says why, in one line.
     */
    private boolean holdsText(File file, boolean gzip) {
        try (InputStream raw = new java.io.FileInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            int length = in.readNBytes(head, 0, head.length);
            return !Decoder.looksBinary(head, length) || !gzip && EpubArchive.hasSignature(head, length);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The entries whose names are not valid UTF-8, by the name java.io gives them (U+FFFD for each
     * bad byte), which names no file: a DirectoryStream's Path keeps the real bytes. Listed again
     * only in a folder that has such a name.
     */
    private static Map<String, List<Path>> undecodableNames(Path folder, String[] names) {
        if (Arrays.stream(names).noneMatch(name -> name.indexOf('\uFFFD') >= 0)) {
            return Map.of();
        }
        Map<String, List<Path>> byName = new HashMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                String name = entry.getFileName().toString();
                if (name.indexOf('\uFFFD') >= 0) {
                    byName.computeIfAbsent(name, n -> new ArrayList<>()).add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable now: those entries are looked up by name, as before.
        }
        return byName;
    }

    /** An entry known by its real path (its name not valid UTF-8): a folder, or a text file. */
    private void entry(Path path, Set<Path> ancestors) {
        if (leadsOutside(path)) {
            return;
        }
        if (Files.isDirectory(path)) {
            folder(path, ancestors);
        } else if (Files.isRegularFile(path)) {
            if (holdsText(path.toFile(), FileNames.isGzip(path.getFileName().toString()))) {
                add(FileSource.of(path));
            } else {
                skipped.add(new Skipped(path.toString(), "binary"));
            }
        } else {
            skipped.add(new Skipped(path.toString(), "not a regular file"));
        }
    }

    /**
     * Under {@link #scanInside}: whether {@code entry} is a link whose real path lies outside the
     * roots (then kept as skipped, unopened). Only a link can lead out: the folder it sits in is
     * inside. One more stat per entry, paid by serve's scan alone.
     */
    private boolean leadsOutside(Path entry) {
        if (realRoots == null || !Files.isSymbolicLink(entry)) {
            return false;
        }
        try {
            Path real = entry.toRealPath();
            if (realRoots.stream().anyMatch(real::startsWith)) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            return false; // broken or a loop: told as such by the entry's own checks, which open nothing
        }
        skipped.add(new Skipped(entry.toString(), OUTSIDE_ROOTS));
        return true;
    }

    /** Whether following {@code link} meets a link already followed (the kernel's ELOOP), not a missing target. */
    static boolean isLinkLoop(Path link) {
        Set<Path> followed = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(current)) {
                if (!followed.add(current) || followed.size() > MAX_LINKS_FOLLOWED) {
                    return true;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException e) {
            return false; // it changed under us: not a loop we can show
        }
        return false;
    }

    /** Why a folder that java.io could not list cannot be read: DirectoryStream says. */
    private static String whyUnreadable(Path folder) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            return "cannot be listed";
        } catch (IOException e) {
            return DocumentReader.reasonFor(e);
        }
    }
}
