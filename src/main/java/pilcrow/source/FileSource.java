package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document in a file. {@code name} is the path as the user gave it or as it was found. */
public record FileSource(Path path, String name) implements DocumentSource {

    public static FileSource of(Path path) {
        return new FileSource(path, path.toString());
    }

    @Override
    public String fileName() {
        Path last = path.getFileName();
        return last == null ? path.toString() : last.toString();
    }

    @Override
    public InputStream openRaw() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
