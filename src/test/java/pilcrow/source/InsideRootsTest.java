package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /**
     * {@code ln -s / x} in a served folder made every start scan the whole file system, and the
     * names found there (a link loop under it) reached remote users' status line.
     */
    @Test
    void theScanNeitherDescendsNorOpensThroughALinkOutOfTheRoots() throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Path outside = Files.createDirectories(dir.resolve("etc"));
        Files.writeString(root.resolve("a.txt"), "inside\n");
        Files.writeString(outside.resolve("b.txt"), "outside\n");
        Files.writeString(outside.resolve(".hidden"), "outside\n");
        Files.writeString(outside.resolve("shadow"), "secret\n");
        Files.createSymbolicLink(outside.resolve("loop"), outside.resolve("loop"));
        Files.createSymbolicLink(root.resolve("etclink"), outside);
        Files.createSymbolicLink(root.resolve("secret"), outside.resolve("shadow"));
        List<String> paths = List.of(root.toString());

        LibraryScanner.Scan scan = LibraryScanner.scanInside(paths, new ByteArrayInputStream(new byte[0]));

        assertThat(scan.sources()).extracting(s -> ((FileSource) s).path().getFileName().toString())
                .containsExactly("a.txt");
        assertThat(scan.warnings()).isEmpty();
        assertThat(scan.failures()).isEmpty();
        assertThat(scan.skipped()).containsExactly(
                new LibraryScanner.Skipped(root.resolve("etclink").toString(), LibraryScanner.OUTSIDE_ROOTS),
                new LibraryScanner.Skipped(root.resolve("secret").toString(), LibraryScanner.OUTSIDE_ROOTS));
        InsideRoots.Confined confined = InsideRoots.confine(scan, paths);
        assertThat(confined.skipped()).as("links counted for the operator").isEqualTo(2);
        assertThat(confined.scan().skipped()).as("what remote users are shown").isEmpty();
    }

    @Test
    void whatRemoteUsersAreShownNamesOnlyPathsInsideTheRoots() throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Files.writeString(root.resolve("a.txt"), "inside\n");
        Path elsewhere = dir.resolve("elsewhere/loop");
        LibraryScanner.Scan scan = new LibraryScanner.Scan(List.of(FileSource.of(root.resolve("a.txt"))),
                List.of(new LoadResult.Failed(FileSource.of(dir.resolve("elsewhere/x.txt")), "unreadable", false),
                        new LoadResult.Failed(FileSource.of(root.resolve("b.txt")), "unreadable", false)),
                List.of("skipping " + elsewhere + ": symbolic link loop", "skipping " + root.resolve("l") + ": symbolic link loop"),
                List.of(new LibraryScanner.Skipped(elsewhere.toString(), "hidden"),
                        new LibraryScanner.Skipped(root.resolve(".h").toString(), "hidden")));

        LibraryScanner.Scan shown = InsideRoots.confine(scan, List.of(root.toString())).scan();

        assertThat(shown.failures()).extracting(f -> ((FileSource) f.source()).path()).containsExactly(root.resolve("b.txt"));
        assertThat(shown.warnings()).containsExactly("skipping " + root.resolve("l") + ": symbolic link loop");
        assertThat(shown.skipped()).extracting(LibraryScanner.Skipped::path).containsExactly(root.resolve(".h").toString());
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

    /**
     * A file swapped for a link after the scan (someone who can write in the served folder): every
     * later open of its bytes finds it outside the roots and refuses, whole or large, never serving
     * what the link names.
     */
    @Test
    void aFileSwappedForALinkOutsideAfterTheScanIsRefusedWhenRead() throws Exception {
        FileSource served = scannedThenSwapped("a.txt");

        LoadResult read = DocumentReader.read(served);

        assertThat(read).isInstanceOf(LoadResult.Failed.class);
        assertThat(((LoadResult.Failed) read).reason()).isEqualTo("now outside the served folders");
    }

    @Test
    void aLargeDocumentSwappedForALinkOutsideIsNotOpenedAgain() throws Exception {
        FileSource served = scannedThenSwapped("big.txt");

        assertThatThrownBy(() -> LargeFile.open(served))
                .isInstanceOf(java.io.IOException.class)
                .satisfies(e -> assertThat(DocumentReader.reasonFor((java.io.IOException) e))
                        .isEqualTo("now outside the served folders"));
    }

    @Test
    void aLargeDocumentOpenedBeforeTheSwapDoesNotSearchWhatTheLinkNames() throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Files.writeString(root.resolve("big.txt"), "inside text\n\nmore inside\n");
        FileSource served = confinedSource(root, "big.txt");
        LargeFile opened = LargeFile.open(served).orElseThrow();
        swapForLinkOutside(root.resolve("big.txt"));

        // It searches the file it opened (its own descriptor), never what the name now leads to.
        assertThat(opened.find(java.util.regex.Pattern.compile("secret"), "secret", true, () -> false, p -> { }))
                .isEmpty();
        assertThat(opened.find(java.util.regex.Pattern.compile("inside"), "inside", true, () -> false, p -> { }))
                .hasSize(2);
    }

    @Test
    void theLibrarySearchReadsNoBytesThroughASwappedLink() throws Exception {
        FileSource served = scannedThenSwapped("a.txt");

        LoadResult read = DocumentReader.readIfMayMatch(served, new Prefilter("secret", false), new ReadBuffer());

        assertThat(read).isInstanceOf(LoadResult.Failed.class);
        assertThat(((LoadResult.Failed) read).reason()).isEqualTo("now outside the served folders");
    }

    @Test
    void aFolderSwappedForALinkOutsideIsRefusedToo() throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.writeString(sub.resolve("a.txt"), "inside\n");
        FileSource served = confinedSource(root, "sub/a.txt");
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("a.txt"), "secret\n");
        Files.delete(sub.resolve("a.txt"));
        Files.delete(sub);
        Files.createSymbolicLink(sub, outside);

        LoadResult read = DocumentReader.read(served);

        assertThat(read).isInstanceOf(LoadResult.Failed.class);
        assertThat(((LoadResult.Failed) read).reason()).isEqualTo("now outside the served folders");
    }

    @Test
    void aFileStillInsideIsReadAsBeforeThroughALinkWithinTheRoots() throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Files.writeString(root.resolve("a.txt"), "inside\n");
        Files.createSymbolicLink(root.resolve("again.txt"), root.resolve("a.txt"));
        FileSource served = confinedSource(root, "again.txt");

        LoadResult read = DocumentReader.read(served);

        assertThat(read).isInstanceOf(LoadResult.Loaded.class);
        assertThat(((LoadResult.Loaded) read).document().blocks().get(0).text()).isEqualTo("inside");
    }

    /**
     * The open itself follows no link, so a swap that lands between resolving the real path and
     * opening it fails the open instead of leading out.
     */
    @Test
    void theOpenFollowsNoLinkOnTheWayOrAtTheEnd() throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("a.txt"), "secret\n");
        Files.createSymbolicLink(root.resolve("sub"), outside);
        Files.createSymbolicLink(root.resolve("b.txt"), outside.resolve("a.txt"));
        Files.createDirectories(root.resolve("real"));
        Files.writeString(root.resolve("real/c.txt"), "inside\n");

        assertThatThrownBy(() -> InsideRoots.openBeneath(root.toRealPath(), Path.of("sub/a.txt")).close())
                .isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> InsideRoots.openBeneath(root.toRealPath(), Path.of("b.txt")).close())
                .isInstanceOf(java.io.IOException.class);
        try (java.nio.channels.FileChannel inside = InsideRoots.openBeneath(root.toRealPath(), Path.of("real/c.txt"))) {
            assertThat(inside.size()).isEqualTo(7);
        }
    }

    /** A served file scanned inside the roots, then replaced by a link to a file outside them. */
    private FileSource scannedThenSwapped(String name) throws Exception {
        Path root = Files.createDirectories(dir.resolve("library"));
        Files.writeString(root.resolve(name), "inside text\n\nmore inside\n");
        FileSource served = confinedSource(root, name);
        swapForLinkOutside(root.resolve(name));
        return served;
    }

    private void swapForLinkOutside(Path file) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("shadow"), "secret line\n\nsecret two\n");
        Files.delete(file);
        Files.createSymbolicLink(file, outside.resolve("shadow"));
    }

    private static FileSource confinedSource(Path root, String name) {
        List<String> paths = List.of(root.toString());
        InsideRoots.Confined confined = InsideRoots.confine(
                LibraryScanner.scan(paths, new ByteArrayInputStream(new byte[0])), paths);
        return confined.scan().sources().stream().map(FileSource.class::cast)
                .filter(s -> s.path().endsWith(name)).findFirst().orElseThrow();
    }
}
