package pilcrow.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a library root's index lives: a folder of the data folder's {@code index/}, named by a
 * hash of the root's real path and holding that path (file {@code root}, to tell a hash's two
 * roots apart), the format marker ({@code version}) and Lucene's files ({@code lucene/}).
 */
public final class IndexFolders {

    /**
     * The index format: pilcrow's (how words are split and folded, which fields) and Lucene's. An
     * index with another marker is rebuilt rather than trusted.
     */
    static final String VERSION = "pilcrow-index 1, lucene 9.12";

    private IndexFolders() {
    }

    /** The folder for {@code realRoot} (a real path), whether or not it exists. */
    public static Path of(Path dataDir, Path realRoot) {
        byte[] bytes = realRoot.toString().getBytes(StandardCharsets.UTF_8);
        long hash = 0xcbf29ce484222325L; // 64-bit FNV-1a: no digest provider to load at start
        for (byte b : bytes) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        Path name = realRoot.getFileName();
        String tail = name == null ? "root" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (tail.length() > 40) {
            tail = tail.substring(0, 40);
        }
        return dataDir.resolve("index").resolve(tail + "-" + String.format("%016x", hash));
    }

    /** The Lucene files' folder inside an index folder. */
    static Path lucene(Path folder) {
        return folder.resolve("lucene");
    }

    /** The index folder of {@code realRoot} when one of this version is there for it. */
    public static Optional<Path> existing(Path dataDir, Path realRoot) {
        Path folder = of(dataDir, realRoot);
        return usable(folder, realRoot) ? Optional.of(folder) : Optional.empty();
    }

    /** Whether {@code folder} holds an index of this version for {@code realRoot}. */
    static boolean usable(Path folder, Path realRoot) {
        try {
            return Files.isDirectory(lucene(folder))
                    && VERSION.equals(Files.readString(folder.resolve("version"), StandardCharsets.UTF_8).strip())
                    && realRoot.toString().equals(Files.readString(folder.resolve("root"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the folder has a version marker, of whatever version. */
    static boolean marked(Path folder) {
        return Files.exists(folder.resolve("version"));
    }

    /** Writes the markers of a new index (its root, this version). */
    static void mark(Path folder, Path realRoot) throws IOException {
        Files.writeString(folder.resolve("root"), realRoot.toString(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("version"), VERSION + "\n", StandardCharsets.UTF_8);
    }
}
