package pilcrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choices of archive and AOT cache (./pilcrow), run on a stub JDK named by
 * JAVA_HOME: its java writes down the arguments it was given and, for a training run, the cache
 * it was asked for. The launcher is copied beside an empty jar, so no build and no real JVM run.
 */
class LauncherTest {

    @TempDir
    Path temp;
    private Path home;
    private Path jar;
    private Path log;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        // The launcher trains only where it can detach the training (util-linux, coreutils).
        assumeTrue(onPath("setsid") && onPath("timeout"), "needs setsid and timeout");
        home = Files.createDirectories(temp.resolve("clone"));
        Files.copy(Path.of("pilcrow"), home.resolve("pilcrow"));
        home.resolve("pilcrow").toFile().setExecutable(true);
        setTime(Files.createDirectories(home.resolve("seeds")), 100); // older than the jar: no build
        jar = Files.createDirectories(home.resolve("target")).resolve("pilcrow.jar");
        Files.writeString(jar, "");
        setTime(jar, 1_000_000);
        log = temp.resolve("java.log");
    }

    /** A JDK folder of feature version {@code feature} whose java logs its arguments and makes the cache asked for. */
    private Path stubJdk(int feature) throws IOException {
        Path jdk = Files.createDirectories(temp.resolve("jdk" + feature));
        Files.createDirectories(jdk.resolve("bin"));
        Files.createDirectories(jdk.resolve("lib"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + feature + ".0.1\"\n");
        Files.writeString(jdk.resolve("lib/modules"), "");
        setTime(jdk.resolve("lib/modules"), 500_000);
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, """
                #!/bin/sh
                echo "$*" >>"$STUB_LOG"
                for a in "$@"; do
                  case "$a" in -XX:AOTCacheOutput=*) echo cache >"${a#-XX:AOTCacheOutput=}" ;; esac
                done
                exit 0
                """);
        java.toFile().setExecutable(true);
        return jdk;
    }

    private List<String> launch(Path jdk, String... args) throws IOException, InterruptedException {
        return launch(jdk, Map.of(), args);
    }

    private List<String> launch(Path jdk, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("pilcrow").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().put("STUB_LOG", log.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).as("the launcher prints nothing of its own").isEmpty();
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** Waits for the detached training to leave its cache in target/. */
    private Path awaitCache(String kind, int feature) throws InterruptedException {
        Path cache = home.resolve("target/pilcrow-" + kind + "-jdk" + feature + ".aot");
        for (int i = 0; i < 200 && !(Files.exists(cache) && !Files.exists(home.resolve("target/pilcrow-" + kind
                + "-jdk" + feature + ".aot.lock"))); i++) {
            Thread.sleep(50);
        }
        return cache;
    }

    /**
     * Waits for a training the stub has seen start to end: it is detached and writes in the clone's
     * target folder, which JUnit removes after the test (a training still writing failed that).
     */
    private void awaitTrainingEnded(String kind) throws InterruptedException {
        Path lock = home.resolve("target/pilcrow-" + kind + "-jdk25.aot.lock");
        for (int i = 0; i < 200 && Files.exists(lock); i++) {
            Thread.sleep(50);
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void setTime(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(seconds)));
    }

    /** The starts the stub saw, training runs left out. */
    private List<String> starts() throws IOException {
        return Files.readAllLines(log).stream().filter(line -> !line.contains("-XX:AOTCacheOutput=")).toList();
    }

    private List<String> trainings() throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains("-XX:AOTCacheOutput=")).toList();
    }

    @Test
    void onJdk25TheFirstStartTrainsACacheInTheBackgroundAndLaterStartsUseIt() throws Exception {
        Path jdk = stubJdk(25);
        launch(jdk, "--version");
        assertThat(starts().get(0)).contains("-XX:+AutoCreateSharedArchive", "-Xlog:aot*=off,cds*=off")
                .endsWith("-jar " + jar + " --version");
        Path cache = awaitCache("version", 25);
        assertThat(cache).exists();
        assertThat(trainings()).singleElement().satisfies(line -> assertThat(line)
                .contains("--enable-native-access=ALL-UNNAMED").endsWith("-jar " + jar + " --version"));

        launch(jdk, "--version");
        assertThat(starts()).hasSize(2);
        assertThat(starts().get(1)).contains("-XX:AOTCache=" + cache)
                .doesNotContain("SharedArchive").endsWith("-jar " + jar + " --version");
        Thread.sleep(300);
        assertThat(trainings()).as("no second training while the cache is fresh").hasSize(1);

        // A rebuilt jar: the cache is not used, and a new one is trained.
        setTime(jar, Instant.now().getEpochSecond() + 60);
        launch(jdk, "--version");
        assertThat(starts().get(2)).doesNotContain("-XX:AOTCache=").contains("-XX:+AutoCreateSharedArchive");
        for (int i = 0; i < 200 && trainings().size() < 2; i++) {
            Thread.sleep(50);
        }
        assertThat(trainings()).hasSize(2);
        awaitTrainingEnded("version");
    }

    @Test
    void aTrainingThatFailedIsNotRunAgainUntilTheJarChanges() throws Exception {
        Path jdk = stubJdk(25);
        Files.writeString(jdk.resolve("bin/java"), """
                #!/bin/sh
                echo "$*" >>"$STUB_LOG"
                case "$*" in *-XX:AOTCacheOutput=*) exit 1 ;; esac
                exit 0
                """);
        launch(jdk, "--version");
        Path failed = home.resolve("target/pilcrow-version-jdk25.aot.failed");
        for (int i = 0; i < 200 && !Files.exists(failed); i++) {
            Thread.sleep(50);
        }
        assertThat(trainings()).hasSize(1);
        launch(jdk, "--version");
        Thread.sleep(300);
        assertThat(trainings()).as("not trained again at the next start").hasSize(1);

        setTime(jar, Instant.now().getEpochSecond() + 60);
        launch(jdk, "--version");
        for (int i = 0; i < 200 && trainings().size() < 2; i++) {
            Thread.sleep(50);
        }
        assertThat(trainings()).as("a new jar is tried again").hasSize(2);
        awaitTrainingEnded("version");
    }

    @Test
    void eachKindOfRunHasItsOwnCache() throws Exception {
        Path jdk = stubJdk(25);
        launch(jdk, "find", "Interpol");
        assertThat(awaitCache("find-library", 25)).exists();
        launch(jdk, "list");
        assertThat(awaitCache("cli", 25)).exists();
        assertThat(Files.readAllLines(log)).anySatisfy(line -> assertThat(line)
                .contains("-XX:AOTCacheOutput=").endsWith("-jar " + jar + " find the"));
    }

    @Test
    void theReaderOfALargeFileHasNoCacheButItsOwnThresholds() throws Exception {
        Path jdk = stubJdk(25);
        Path big = temp.resolve("big.log");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(16L << 20); // sparse: the launcher only asks its size
        }
        // A cache left by an earlier version is not used.
        Path cache = home.resolve("target/pilcrow-reader-large-jdk25.aot");
        Files.writeString(cache, "cache");
        setTime(cache, 2_000_000);
        launch(jdk, big.toString());
        assertThat(starts().get(0)).contains("-XX:Tier4InvocationThreshold=").doesNotContain("AOTCache")
                .endsWith("-jar " + jar + " " + big);
        Thread.sleep(300);
        assertThat(trainings()).as("no cache is trained for it").isEmpty();
    }

    @Test
    void aStaleArchiveIsRemovedBeforeTheJvmIsAskedToKeepIt() throws Exception {
        // JDK 25 leaves an archive whose jar changed as it is, and runs without it, every time.
        Path jdk = stubJdk(25);
        Path stale = home.resolve("target/pilcrow-cli-jdk25.jsa");
        Files.writeString(stale, "old");
        setTime(stale, 900_000);
        launch(jdk, "list");
        assertThat(stale).doesNotExist();
        awaitCache("cli", 25); // the detached training writes in the folder: let it end before it goes
    }

    @Test
    void onJdk17TheArchiveIsMadeAtExitAndNoAotOptionIsGiven() throws Exception {
        Path jdk = stubJdk(17);
        List<String> runs = launch(jdk, "--version");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).contains("-XX:ArchiveClassesAtExit=", "-Xlog:cds=off,cds+dynamic=off")
                .doesNotContain("aot", "AOT", "--enable-native-access");
        Thread.sleep(300);
        assertThat(Files.readAllLines(log)).as("no training on 17").hasSize(1);
    }

    @Test
    void theHeapIsCappedAtOneGibibyteAndServeKeepsSix() throws Exception {
        Path jdk = stubJdk(17);
        long halfMemoryMib = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:")).mapToLong(line -> Long.parseLong(
                        line.replaceAll("[^0-9]", "")) / 2048).findFirst().orElseThrow();
        launch(jdk, "list");
        launch(jdk, "serve", "--port", "0");
        List<String> runs = starts();
        assertThat(runs.get(0)).contains("-Xmx" + Math.min(1024, halfMemoryMib) + "m ", "-XX:MaxNewSize=96m ");
        assertThat(runs.get(1)).contains("-Xmx" + Math.min(6144, halfMemoryMib) + "m ").doesNotContain("MaxNewSize");
    }

    /**
     * find across documents: the serial collector with a 24 MiB young generation; on a large file
     * G1 with the young generation capped; a heap the user sets keeps the JVM's sizing (a young
     * generation that does not fit it makes the JVM warn on standard output).
     */
    @Test
    void eachKindOfRunHasItsCollectorAndYoungGeneration() throws Exception {
        Path jdk = stubJdk(17);
        Path large = home.resolve("large.txt");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(17L << 20);
        }
        launch(jdk, "find", "word", home.toString());
        launch(jdk, "find", "word", large.toString());
        launch(jdk, Map.of("PILCROW_HEAP", "20m"), "find", "word", home.toString());
        launch(jdk, Map.of("PILCROW_HEAP", "20m"), "list");
        // The user's runs, not the archive's training runs the launcher starts on JDK 17.
        List<String> runs = starts().stream().filter(run -> run.endsWith(" word " + home)
                || run.endsWith(" word " + large) || run.endsWith(" list")).toList();
        assertThat(runs).hasSize(4);
        assertThat(runs.get(0)).contains("-XX:+UseSerialGC ", "-Xmn24m ").doesNotContain("MaxNewSize");
        assertThat(runs.get(1)).contains("-XX:MaxNewSize=96m ").doesNotContain("UseSerialGC", "-Xmn");
        assertThat(runs.get(2)).contains("-Xmx20m ").doesNotContain("-Xmn", "MaxNewSize");
        assertThat(runs.get(3)).contains("-Xmx20m ").doesNotContain("-Xmn", "MaxNewSize");
    }
}
