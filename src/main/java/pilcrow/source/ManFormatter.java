package pilcrow.source;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import pilcrow.work.Workers;

/**
 * Runs the first man page formatter found on a search path ({@code mandoc}, {@code groff},
 * {@code man -l}) over a page's roff: an argument vector (never a shell), the roff on its stdin
 * (never a path it could misread), a minimal environment, stderr dropped, stdout read up to a
 * bound and the whole process tree stopped at a time limit. The output is bytes as printed: the
 * caller decodes and sanitizes it like any document.
 */
public final class ManFormatter {

    /** The width pages are formatted at (MANWIDTH, COLUMNS and each formatter's own option). */
    public static final int WIDTH = 80;
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    static final int MAX_OUTPUT = 8 << 20;

    /** A formatter pilcrow knows how to run: its program's name and the arguments after it. */
    public record Candidate(String program, List<String> arguments) {
        public Candidate {
            Objects.requireNonNull(program);
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The formatters tried, in order. groff: safer mode (-S), input re-encoded by preconv (-k),
     * tables (-t), man or mdoc macros (-mandoc), and grotty without SGR or overstrike (-P-cbou);
     * one continuous page (cR), no hyphenation (HY). mandoc prints overstrike, taken off by the caller.
     */
    static final List<Candidate> KNOWN = List.of(
            new Candidate("mandoc", List.of("-T", "utf8", "-O", "width=" + WIDTH)),
            new Candidate("groff", List.of("-S", "-k", "-t", "-mandoc", "-Tutf8", "-P-cbou",
                    "-rLL=" + WIDTH + "n", "-rLT=" + WIDTH + "n", "-rcR=1", "-rHY=0")),
            new Candidate("man", List.of("-l", "-")));

    /** What running a formatter came to. */
    public sealed interface Outcome {
    }

    /** The page as the formatter printed it. */
    public record Formatted(String formatter, String text) implements Outcome {
    }

    /** No formatter is installed: the caller shows the source itself. */
    public record NotInstalled() implements Outcome {
    }

    /** The formatter was stopped or failed; {@code reason} is one line for the user. */
    public record Stopped(String reason) implements Outcome {
    }

    private final String searchPath;
    private final List<Candidate> candidates;
    private final Duration timeLimit;
    private final int maxOutput;

    /**
     * @param searchPath directories to look in, as PATH holds them; also the formatter's own PATH,
     *                   as groff runs troff and grotty by name
     */
    public ManFormatter(String searchPath, List<Candidate> candidates, Duration timeLimit, int maxOutput) {
        this.searchPath = searchPath == null ? "" : searchPath;
        this.candidates = List.copyOf(candidates);
        this.timeLimit = Objects.requireNonNull(timeLimit);
        this.maxOutput = maxOutput;
    }

    /** The known formatters, looked for on this process's PATH, within the usual bounds. */
    public static ManFormatter fromEnvironment() {
        return new ManFormatter(System.getenv("PATH"), KNOWN, TIME_LIMIT, MAX_OUTPUT);
    }

    /** The argument vector of the first formatter found, the program by its full path. */
    Optional<List<String>> installed() {
        for (Candidate candidate : candidates) {
            Optional<Path> program = find(candidate.program());
            if (program.isPresent()) {
                List<String> command = new ArrayList<>();
                command.add(program.get().toString());
                command.addAll(candidate.arguments());
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> find(String program) {
        for (String folder : searchPath.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue; // an empty entry means the working folder, never searched for a formatter
            }
            try {
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // a PATH entry that is no path names no formatter
            }
        }
        return Optional.empty();
    }

    /** Formats {@code roff}, given to the formatter on its stdin as UTF-8. */
    public Outcome format(String roff) {
        Optional<List<String>> command = installed();
        if (command.isEmpty()) {
            return new NotInstalled();
        }
        String name = Path.of(command.get().get(0)).getFileName().toString();
        try {
            return run(name, command.get(), roff.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Stopped(name + " could not be run: " + DocumentReader.reasonFor(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Stopped(name + " was interrupted");
        }
    }

    private Outcome run(String name, List<String> command, byte[] input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", searchPath);
        environment.put("LC_ALL", "C.UTF-8");
        environment.put("MANWIDTH", Integer.toString(WIDTH));
        environment.put("COLUMNS", Integer.toString(WIDTH));
        Process process = builder.start();
        // Fed and read on threads of their own: a formatter may print before it has read all its
        // input, and either pipe filling up must not stop the other.
        Workers.thread("pilcrow-man-input", () -> feed(process, input));
        BoundedRead output = new BoundedRead(process.getInputStream(), maxOutput, () -> stopTree(process));
        Thread reader = Workers.thread("pilcrow-man-output", output);
        long deadline = System.nanoTime() + timeLimit.toNanos();
        boolean ended = process.waitFor(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        if (ended) {
            // A child may still hold the output open after the formatter ended: same deadline.
            reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        if (!ended || reader.isAlive()) {
            stopTree(process);
            return new Stopped(name + " took longer than " + seconds(timeLimit) + " s: stopped");
        }
        if (output.overflowed()) {
            return new Stopped(name + " printed more than " + size(maxOutput) + ": stopped");
        }
        return new Formatted(name, output.text());
    }

    private static void feed(Process process, byte[] input) {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            // the formatter stopped reading (it ended, or was stopped): what it printed decides
        }
    }

    /** Stops the formatter and every process it started (groff's troff and grotty, man's pipeline). */
    private static void stopTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** Reads a stream up to a bound; past it, stops the process instead of reading on. */
    private static final class BoundedRead implements Runnable {
        private final InputStream in;
        private final int max;
        private final Runnable onOverflow;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile boolean overflowed;

        BoundedRead(InputStream in, int max, Runnable onOverflow) {
            this.in = in;
            this.max = max;
            this.onOverflow = onOverflow;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[64 * 1024];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (bytes.size() + n > max) {
                        overflowed = true;
                        onOverflow.run();
                        return;
                    }
                    bytes.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // the pipe closed under a stopped formatter: what was read is kept
            }
        }

        boolean overflowed() {
            return overflowed;
        }

        /** What was read, once the reading thread has ended (join is the hand-over). */
        String text() {
            return Decoder.decode(bytes.toByteArray());
        }
    }
}
