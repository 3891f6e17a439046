package pilcrow.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Bookmarks, notes and search history are private: a data folder is 0700 and what it holds 0600,
 * whatever the umask (on a shared machine, or a server with many users, nobody else may read them).
 * Files are created with the mode, never created open and narrowed after. On a file system without
 * POSIX permissions these do nothing beyond making the folder.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Makes the folder (and missing parents) owner-only, or narrows it to 0700 when it exists. */
    public static void folder(Path dir) throws IOException {
        if (posix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            narrow(dir, FOLDER);
        } else {
            Files.createDirectories(dir);
        }
    }

    /** The attributes to create a file with: 0600 where permissions exist, none elsewhere. */
    static FileAttribute<?>[] fileAttributes(Path dir) {
        return posix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Narrows an existing file to 0600 (one made by an older version, or copied in). */
    static void file(Path file) throws IOException {
        if (posix(file) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            narrow(file, FILE);
        }
    }

    /**
     * Narrows a folder and everything under it: folders to 0700, files to 0600. Links are not
     * followed (their mode is not theirs to change). For {@code users/} at a server's start.
     */
    public static void tightenTree(Path root) throws IOException {
        if (!posix(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                narrow(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    narrow(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static boolean posix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
