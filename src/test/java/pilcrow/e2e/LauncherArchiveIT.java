package pilcrow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive for {@code find} follows the jar: once the jar is newer (a
 * rebuild, an upgrade), the next search makes the archive anew. JDK 25 leaves an archive made for
 * another jar as it is, and every later search then ran a training search first, without an archive.
 * A copy of the launcher and the jar in a folder of their own, so the build's archives are not touched.
 */
@Needs({"bash", "java"})
class LauncherArchiveIT {

    @TempDir
    Path temp;

    @Test
    void anArchiveOlderThanTheJarIsMadeAnewByTheNextSearch() throws Exception {
        Path home = Files.createDirectory(temp.resolve("home"));
        Files.copy(FindInTmuxIT.ROOT.resolve("pilcrow"), home.resolve("pilcrow"));
        Files.createDirectory(home.resolve("target"));
        Path jar = Files.copy(FindInTmuxIT.JAR, home.resolve("target/pilcrow.jar"));
        Path library = Files.createDirectory(temp.resolve("library"));
        Files.writeString(library.resolve("note.txt"), "A note\n\nA word here.\n", StandardCharsets.UTF_8);

        find(home, library);
        Path archive = findArchive(home);
        assumeTrue(archive != null, "the launcher chose a JDK before 19, whose archives are made otherwise");

        // A rebuilt jar: newer than the archive.
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        find(home, library);

        assertThat(Files.getLastModifiedTime(archive).toMillis()).as("the archive, made anew")
                .isGreaterThan(Files.getLastModifiedTime(jar).toMillis());
    }

    /**
     * The training search covers HTML: a search of HTML pages, the archive made, loads none of
     * pilcrow's or jsoup's classes from the jar (it loaded 210 when the training had no HTML).
     */
    @Test
    void aSearchOfHtmlPagesFindsItsClassesInTheArchive() throws Exception {
        Path home = Files.createDirectory(temp.resolve("home"));
        Files.copy(FindInTmuxIT.ROOT.resolve("pilcrow"), home.resolve("pilcrow"));
        Files.createDirectory(home.resolve("target"));
        Files.copy(FindInTmuxIT.JAR, home.resolve("target/pilcrow.jar"));
        Path library = Files.createDirectory(temp.resolve("pages"));
        Files.writeString(library.resolve("a.html"), "<!DOCTYPE html><html><head><title>A</title></head><body>"
                + "<ul><li>A <i>word</i> here</li></ul><blockquote>more</blockquote></body></html>\n", StandardCharsets.UTF_8);
        Files.writeString(library.resolve("b.html"), "<!DOCTYPE html><html><body><p>none</p></body></html>\n",
                StandardCharsets.UTF_8);

        find(home, library, Map.of()); // makes the archive
        assumeTrue(findArchive(home) != null, "the launcher chose a JDK before 19, whose archives are made otherwise");
        Path log = home.resolve("classes.log");
        find(home, library, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log));

        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).as("the page was parsed").anyMatch(line -> line.contains(" pilcrow.source.HtmlParser "));
        List<String> fromTheJar = loaded.stream()
                .filter(line -> line.contains("source: jar:") || line.contains("source: file:"))
                .filter(line -> line.contains(" pilcrow.") || line.contains(" org.jsoup.")).toList();
        assertThat(fromTheJar).as("classes loaded from the jar").isEmpty();
    }

    private static void find(Path home, Path library) throws IOException, InterruptedException {
        find(home, library, Map.of());
    }

    private static void find(Path home, Path library, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("pilcrow").toString(), "find", "word",
                library.toString())).redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("find ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(home.resolve("out.txt"))).isZero();
    }

    /** The find archive of a JDK of 19 or later, or null. */
    private static Path findArchive(Path home) throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("pilcrow-find-jdk(19|[2-9][0-9])\\.jsa"))
                    .findFirst().orElse(null);
        }
    }
}
