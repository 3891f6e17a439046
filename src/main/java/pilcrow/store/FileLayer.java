package pilcrow.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file operations a {@link Store} makes, each one step of a save. The defaults are the real
 * ones; tests override one to fail (a full disk, EIO) and see that no failure passes for a save.
 */
interface FileLayer {

    /** The real file system. */
    FileLayer REAL = new FileLayer() { };

    /** The whole file; {@link java.nio.file.NoSuchFileException} when there is none. */
    default byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** Creates or truncates {@code file}, writes all of {@code bytes} and forces them to disk. */
    default void writeForced(Path file, ByteBuffer bytes) throws IOException {
        Files.deleteIfExists(file); // one left by a crash may be readable by others: made anew, 0600
        try (FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PrivateFiles.fileAttributes(file.getParent()))) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** Puts {@code from} in the place of {@code to} in one step: readers see one or the other. */
    default void replace(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Copies {@code from} to the new name {@code to} (never replacing one), forced to disk;
     * {@link java.nio.file.FileAlreadyExistsException} when the name is taken.
     */
    default void copyNew(Path from, Path to) throws IOException {
        byte[] bytes = read(from);
        // The copy holds the notes and history the original did: private as the folder's files are.
        try (FileChannel channel = FileChannel.open(to, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PrivateFiles.fileAttributes(to.getParent()))) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    default void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Makes renames in the folder durable. Some platforms cannot open a folder: no guarantee. */
    default void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // nothing more can be done here
        }
    }
}
