package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 7: serve offers only files whose real path lies inside the served roots. */
class InsideRootsTest {

    @TempDir
    Path dir;

    @Test
    void linksOutOfTheRootsAreSkippedAndCountedLinksWithinAreKept() throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(root.resolve("a.txt"), "inside\n");
        Files.writeString(outside.resolve("secret.txt"), "outside\n");
        Files.writeString(Files.createDirectories(outside.resolve("folder")).resolve("b.txt"), "outside too\n");
        Files.createSymbolicLink(root.resolve("passwd.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("linked"), outside.resolve("folder"));
        Files.createSymbolicLink(root.resolve("again.txt"), root.resolve("a.txt"));
        List<String> paths = List.of(root.toString());

        LibraryScanner.Scan scan = LibraryScanner.scan(paths, new ByteArrayInputStream(new byte[0]));
        InsideRoots.Confined confined = InsideRoots.confine(scan, paths);

        assertThat(scan.sources()).hasSize(4);
        assertThat(confined.scan().sources()).extracting(s -> ((FileSource) s).path().getFileName().toString())
                .containsExactly("a.txt", "again.txt");
        assertThat(confined.skipped()).isEqualTo(2);
    }

    @Test
    void aRootThatIsItselfALinkServesWhatItPointsTo() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "text\n");
        Path link = Files.createSymbolicLink(dir.resolve("served"), real);
        List<String> paths = List.of(link.toString());

        InsideRoots.Confined confined = InsideRoots.confine(
                LibraryScanner.scan(paths, new ByteArrayInputStream(new byte[0])), paths);

        assertThat(confined.scan().sources()).hasSize(1);
        assertThat(confined.skipped()).isZero();
    }
}
