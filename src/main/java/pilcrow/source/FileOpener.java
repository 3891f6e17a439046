package pilcrow.source;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
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

    /** Any file the process can read, links followed: the local reader and the command line. */
    FileOpener PLAIN = new FileOpener() {
        @Override
        public FileChannel channel(Path file) throws IOException {
            return FileChannel.open(file, StandardOpenOption.READ);
        }

        /** A plain {@code FileInputStream}: no channel or direct buffer, most of a library's read cost. */
        @Override
        public InputStream stream(Path file) throws IOException {
            return new FileInputStream(file.toFile());
        }
    };
}
