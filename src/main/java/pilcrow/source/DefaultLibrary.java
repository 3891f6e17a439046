package pilcrow.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The library read when no path is given: the project's {@code seeds/} folder when the launcher
 * names it (system property {@value #SEEDS_PROPERTY}), else the copy bundled in the jar, so that
 * {@code java -jar pilcrow.jar} works from any directory.
 */
public final class DefaultLibrary {

    public static final String SEEDS_PROPERTY = "pilcrow.seeds";
    static final String BUNDLED_FOLDER = "seeds";

    private DefaultLibrary() {
    }

    public static Library load(InputStream stdin) {
        String folder = System.getProperty(SEEDS_PROPERTY);
        if (folder != null && Files.isDirectory(Path.of(folder))) {
            return Library.load("seeds", List.of(folder), stdin);
        }
        return Library.of("seeds (bundled)", bundledSources());
    }

    /** The documents under {@code /seeds} on the class path, in a folder or inside the jar. */
    static List<DocumentSource> bundledSources() {
        URL url = DefaultLibrary.class.getResource("/" + BUNDLED_FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            Path folder = "jar".equals(url.getProtocol()) ? insideJar(url) : Path.of(url.toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(Files::isRegularFile)
                        .sorted()
                        .map(p -> (DocumentSource) new FileSource(p, BUNDLED_FOLDER + "/" + p.getFileName()))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled library", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class path address " + url, e);
        }
    }

    private static Path insideJar(URL url) throws IOException, URISyntaxException {
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(url.toURI(), Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(url.toURI());
        }
        return jar.getPath("/" + BUNDLED_FOLDER);
    }
}
