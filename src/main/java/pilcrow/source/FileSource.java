package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document in a file. {@code name} is the path as the user gave it or as it was found.
 *
 * <p>The file name and what it says (gzip, Markdown) are worked out once, here: a search across
 * a library asks them of every file several times, and each time made a new {@code Path} for the
 * last part of the path, its string and two lower-case copies (about 2% of a library search).
 * Equal by path and name, as the record it was.
 */
public final class FileSource implements DocumentSource {
    private final Path path;
    private final String name;
    private final String fileName;
    private final boolean gzip;
    private final boolean markdown;
    private final boolean html;
    /** Every open of the file's bytes goes through it (serve: only while inside the served roots). */
    private final FileOpener opener;
    /** The size and time the folder scan saw, from the one look it took anyway; null when not scanned. */
    private final Stamp seen;

    public FileSource(Path path, String name) {
        this(path, name, fileNameOf(path), FileOpener.PLAIN, null);
    }

    private FileSource(Path path, String name, String fileName, FileOpener opener, Stamp seen) {
        this.path = Objects.requireNonNull(path);
        this.name = Objects.requireNonNull(name);
        this.fileName = fileName;
        this.gzip = FileNames.isGzip(fileName);
        this.markdown = FileNames.isMarkdown(FileNames.inner(fileName));
        this.html = FileNames.isHtml(FileNames.inner(fileName));
        this.opener = Objects.requireNonNull(opener);
        this.seen = seen;
    }

    /** The same file, its bytes opened only through {@code opener}. */
    public FileSource openedBy(FileOpener opener) {
        return new FileSource(path, name, fileName, opener, seen);
    }

    public FileOpener opener() {
        return opener;
    }

    /** A channel on the file's bytes, through its opener. */
    public FileChannel openChannel() throws IOException {
        return opener.channel(path);
    }

    public static FileSource of(Path path) {
        return new FileSource(path, path.toString());
    }

    /**
     * As {@link #of}, for a folder's entry: its last part is known to be {@code fileName}, and it
     * was {@code seen} so by the scan.
     */
    static FileSource named(Path path, String fileName, Stamp seen) {
        return new FileSource(path, path.toString(), fileName, FileOpener.PLAIN, seen);
    }

    /**
     * The file's size and modification time: as the folder scan saw them, which saves a search
     * across an indexed library a second look at each of 100,000 files; else as they are now.
     */
    public Stamp stamp() {
        return seen != null ? seen : Stamp.of(path);
    }

    private static String fileNameOf(Path path) {
        Path last = path.getFileName();
        return last == null ? path.toString() : last.toString();
    }

    public Path path() {
        return path;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public boolean isGzip() {
        return gzip;
    }

    @Override
    public boolean isMarkdown() {
        return markdown;
    }

    @Override
    public boolean isHtml() {
        return html;
    }

    @Override
    public InputStream openRaw() throws IOException {
        return java.nio.channels.Channels.newInputStream(openChannel());
    }

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileSource that && path.equals(that.path) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return "FileSource[path=" + path + ", name=" + name + "]";
    }
}
