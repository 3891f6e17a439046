package pilcrow.index;

import java.io.File;
import java.nio.file.Path;

/**
 * A file's size and modification time (milliseconds), as the index keeps them to tell whether a
 * document changed since it was read. java.io's two stats: the same calls on both sides, so that
 * what was stored compares equal when nothing changed.
 */
public record Stamp(long size, long modified) {

    public static Stamp of(Path path) {
        File file = path.toFile();
        return new Stamp(file.length(), file.lastModified());
    }
}
