package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/** A document shipped inside the jar, so {@code java -jar} has a library from any directory. */
public record BundledSource(String resource, long size) implements DocumentSource {

    @Override
    public String name() {
        return resource;
    }

    @Override
    public String fileName() {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    @Override
    public InputStream openRaw() throws IOException {
        InputStream in = BundledSource.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new NoSuchFileException(resource);
        }
        return in;
    }
}
