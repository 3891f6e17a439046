package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.Paths;
import pilcrow.source.LoadResult;
import pilcrow.source.MappedSearch;

/**
 * A large file opened from inside ({@code :e}, a link to a file beside) is indexed as the
 * library's large files are from the start, so its numbers become exact and {@code :N} past what
 * is read arrives; a folder opened so has its large files indexed too. A small file is not.
 */
class LocalPathsIndexingTest {

    @TempDir
    Path temp;

    private final List<LoadResult.Large> indexed = new CopyOnWriteArrayList<>();

    private static void large(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String paragraph = "plain words enough to make the file large, paragraph after paragraph\n\n";
            for (long written = 0; written <= MappedSearch.THRESHOLD; written += paragraph.length()) {
                out.write(paragraph);
            }
        }
    }

    @Test
    void aLargeFileOpenedFromInsideIsIndexedASmallOneIsNot() throws IOException {
        large(temp.resolve("big.log"));
        Files.writeString(temp.resolve("small.txt"), "Small\n\ntext\n");
        Paths paths = LocalPaths.local(temp, temp).indexingWith(indexed::add);

        assertThat(paths.open("small.txt", null)).isInstanceOf(Paths.Opened.File.class);
        assertThat(indexed).isEmpty();
        assertThat(paths.open("big.log", null)).isInstanceOf(Paths.Opened.File.class);
        assertThat(indexed).hasSize(1);
        assertThat(indexed.get(0).file().path()).isEqualTo(temp.resolve("big.log"));
    }

    @Test
    void aFolderOpenedFromInsideHasItsLargeFilesIndexed() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("logs"));
        large(folder.resolve("big.log"));
        Files.writeString(folder.resolve("small.txt"), "Small\n\ntext\n");
        Paths paths = LocalPaths.local(temp, temp).indexingWith(indexed::add);

        assertThat(paths.open("logs", null)).isInstanceOf(Paths.Opened.Folder.class);
        assertThat(indexed).hasSize(1);
    }
}
