package pilcrow.source;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardOpenOption;

/**
 * How a document file's bytes are opened: every open of a {@link FileSource} (read whole, read
 * for a search, opened or re-opened as a large document, searched in place) goes through its
 * opener, so a rule about which files may be opened ({@link InsideRoots} under serve) is kept in
 * one place and holds at each open, not only when the folders were scanned.
 */
public interface FileOpener {

    /** A channel to read the file from. */
    FileChannel channel(Path file) throws IOException;

    /** A stream of the file's bytes, for reading it whole. */
    default InputStream stream(Path file) throws IOException {
        return Channels.newInputStream(channel(file));
    }

    /**
     * The path to give an API that opens a file by its name (the JDK's {@code ZipFile}, for an
     * EPUB), checked as an open through this opener checks it: a regular file (and, under
     * serve, inside the served folders, its links resolved). The open that follows by name is
     * not made through a folder held open, so a swap in between is a narrow race; the caller
     * asks again after opening and refuses a different answer.
     */
    default Path byName(Path file) throws IOException {
        FileOpener.requireRegular(file, Files.readAttributes(file, BasicFileAttributes.class));
        return file;
    }

    /**
     * Refuses what is not a regular file, looked at right before it is opened: a file swapped for
     * a FIFO since the scan would otherwise hold the open (a reader's open waits for a writer) for
     * good, and with it the thread that indexes every large document in turn. A swap between this
     * look and the open still waits; Java has no O_NONBLOCK open to close that narrow race.
     */
    static void requireRegular(Path file, BasicFileAttributes attributes) throws FileSystemException {
        if (attributes.isDirectory()) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, "not a regular file");
        }
    }

    /** Any file the process can read, links followed: the local reader and the command line. */
    FileOpener PLAIN = new FileOpener() {
        @Override
        public FileChannel channel(Path file) throws IOException {
            FileOpener.requireRegular(file, Files.readAttributes(file, BasicFileAttributes.class));
            return FileChannel.open(file, StandardOpenOption.READ);
        }

        /** A plain {@code FileInputStream}: no channel or direct buffer, most of a library's read cost. */
        @Override
        public InputStream stream(Path file) throws IOException {
            FileOpener.requireRegular(file, Files.readAttributes(file, BasicFileAttributes.class));
            return new FileInputStream(file.toFile());
        }
    };
}
