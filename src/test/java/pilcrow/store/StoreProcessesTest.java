package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVMs on one data folder: concurrent writers, and writers killed with SIGKILL. */
class StoreProcessesTest {

    private static final String ID = "[0-9a-f]{8}";

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    /** A child JVM whose stdout is collected as it comes, so it never blocks on a full pipe. */
    private static final class Child {
        final Process process;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final CompletableFuture<Void> drained;

        final Path log;

        Child(Path logs, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // start fast: the crash test starts a few hundred of these
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                    StoreChild.class.getName()));
            command.addAll(List.of(args));
            // stderr to a file: an inherited one would be held open by a stray child, and Maven
            // waits for it to close
            log = Files.createTempFile(logs, "child", ".err");
            process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            drained = CompletableFuture.runAsync(() -> {
                try (InputStream in = process.getInputStream()) {
                    byte[] buffer = new byte[4096];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        synchronized (out) {
                            out.write(buffer, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // the pipe closes when the child is killed
                }
            });
        }

        /** Whole lines only: a line cut by the kill was never acknowledged. */
        List<String> lines() {
            String text;
            synchronized (out) {
                text = out.toString(StandardCharsets.UTF_8);
            }
            return text.lines().limit(text.endsWith("\n") ? Long.MAX_VALUE
                    : Math.max(0, text.lines().count() - 1)).toList();
        }

        void awaitLine() throws InterruptedException {
            awaitLine(line -> true);
        }

        void awaitLine(Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lines().stream().noneMatch(wanted) && process.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
        }

        void sendLine() throws IOException {
            OutputStream in = process.getOutputStream();
            in.write('\n');
            in.flush();
        }

        String errors() throws IOException {
            return Files.readString(log);
        }

        List<String> finish() throws Exception {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("child did not end: " + errors());
            }
            drained.get(10, TimeUnit.SECONDS);
            return lines();
        }
    }

    /** The live bookmarks in the file, read strictly: a damaged file fails the test. */
    private Set<String> kept() throws IOException, StateJson.Unreadable {
        Path file = dir.resolve(Store.FILE);
        if (!Files.exists(file)) {
            return Set.of(); // killed before the first save
        }
        return StateJson.parse(Files.readString(file)).bookmarks.values().stream()
                .map(State.Entry::value).filter(b -> !b.deleted()).map(Bookmark::id)
                .collect(Collectors.toSet());
    }

    private static List<String> ids(List<String> lines) {
        return lines.stream().filter(line -> line.matches(ID)).toList();
    }

    @Test
    void twoProcessesAddingAtOnceGiveTwoHundred() throws Exception {
        long start = System.nanoTime();
        Child one = new Child(logs, "add", dir.toString(), "100");
        Child two = new Child(logs, "add", dir.toString(), "100");
        one.awaitLine();
        two.awaitLine();
        one.sendLine(); // both are ready: go
        two.sendLine();
        List<String> ids = new ArrayList<>(one.finish());
        ids.addAll(two.finish());
        assertThat(one.process.exitValue()).as(one.errors()).isZero();
        assertThat(two.process.exitValue()).as(two.errors()).isZero();
        ids = ids(ids);
        assertThat(ids).hasSize(200).doesNotHaveDuplicates();

        Store store = Store.open(dir, Clock.systemUTC());
        assertThat(store.bookmarks()).hasSize(200);
        assertThat(store.bookmarks().stream().map(Bookmark::id)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(store.warning()).isEmpty();
        System.out.printf("two processes, 200 bookmarks: %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    @Test
    void processesKilledWhileWritingNeverLoseAnAcknowledgedBookmark() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        long start = System.nanoTime();
        // Each kill costs a JVM start (about 0.4 CPU seconds), so the run is bounded by time; a
        // longer one: -Dpilcrow.store.crashSeconds=120
        long budget = TimeUnit.SECONDS.toNanos(Long.getLong("pilcrow.store.crashSeconds", 40));
        int most = Integer.getInteger("pilcrow.store.crashKills", 300);
        int kills = 0;
        int insideAdd = 0;
        Set<String> acknowledged = new HashSet<>();
        // Three writers on one folder at all times: the oldest is killed at a random moment while
        // the others start up, so JVM start-up does not set the pace.
        Deque<Child> live = new ArrayDeque<>();
        try {
            while (kills < most && (System.nanoTime() - start < budget || kills < 40)) {
                while (live.size() < 3) {
                    live.add(new Child(logs, "forever", dir.toString()));
                }
                Child victim = live.poll();
                // Mostly once it has saved once (warm, adding every few ms), so the kill lands
                // anywhere in a save; one time in four during its first, slow add.
                if (kills % 4 == 0) {
                    victim.awaitLine(StoreChild.ADDING::equals);
                } else {
                    victim.awaitLine(line -> line.matches(ID));
                }
                Thread.sleep(random.nextInt(40));
                victim.process.destroyForcibly();
                kills++;
                List<String> lines = victim.finish();
                assertThat(lines).as(victim.errors()).isNotEmpty();
                if (lines.get(lines.size() - 1).equals(StoreChild.ADDING)) {
                    insideAdd++; // killed between the call of add and its return
                }
                acknowledged.addAll(ids(lines));
                for (Child other : live) {
                    acknowledged.addAll(ids(other.lines())); // theirs count too
                }
                // the ids are taken before the file is read: each was in the file when printed
                assertThat(kept()).as("after %d kills (seed %d)", kills, seed)
                        .containsAll(acknowledged);
            }
        } finally {
            for (Child child : live) {
                child.process.destroyForcibly();
            }
        }
        for (Child child : live) {
            acknowledged.addAll(ids(child.finish()));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("corrupt"));
        }
        Store store = Store.open(dir, Clock.systemUTC());
        assertThat(store.warning()).isEmpty();
        assertThat(store.bookmarks().stream().map(Bookmark::id).collect(Collectors.toSet()))
                .containsAll(acknowledged);
        System.out.printf("crash test: %d kills, %d inside Store.add, %d acknowledged"
                + " bookmarks all kept, %d ms%n", kills, insideAdd, acknowledged.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
}
