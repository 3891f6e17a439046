package pilcrow.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Gunzips within bounds, so that a small file that expands without end (a compression bomb)
 * costs a few reads and one line, never the memory of the process. Text up to what is read in
 * memory stays in memory; past that it is spooled to a private temporary file (0600), to be
 * opened as a large document; past the most that may be inflated, or more than a set ratio
 * to the compressed bytes, it stops with {@link TooLarge}. Nothing is allocated for more than
 * what has arrived: the bounds are checked buffer by buffer.
 */
final class BoundedGunzip {

    /**
     * Up to the large-document threshold in memory (as an uncompressed file is read whole), 4 GiB
     * at most, and no more than 1000:1: gzip cannot do better than about 1030:1, which only
     * long runs of one byte or of one line reach. The ratio is judged over the whole stream once
     * past what is read in memory anyway: a real text that starts with a run of one byte (2 MiB of
     * padding, then prose) is over 1000:1 at first and far below it in the end, and up to that
     * point a bomb costs no more than a plain file of that size would.
     */
    static final Limits LIMITS = new Limits(MappedSearch.THRESHOLD, 4L << 30, 1000, MappedSearch.THRESHOLD);

    private static final int BUFFER = 64 * 1024;

    /**
     * @param inMemory  text up to this many bytes is kept in memory
     * @param most      more text than this stops the inflation
     * @param ratio     text more than this many times the compressed bytes read stops it
     * @param ratioFrom the ratio is judged only once this much text has come out
     */
    record Limits(long inMemory, long most, int ratio, long ratioFrom) {
    }

    /** What came out: the text in memory, or in a private temporary file. */
    sealed interface Inflated permits InMemory, Spooled {
    }

    record InMemory(byte[] bytes) implements Inflated {
    }

    /** The text in {@code file}, {@code size} bytes; the caller deletes it (or has it deleted at exit). */
    record Spooled(Path file, long size) implements Inflated {
    }

    /** A bound was crossed: the message is the one-line reason a user sees. */
    static final class TooLarge extends IOException {
        TooLarge(String reason) {
            super(reason);
        }
    }

    private BoundedGunzip() {
    }

    /**
     * Inflates the gzip stream {@code raw} (positioned at its magic number) into memory, for a
     * reader of whole documents: past what is read in memory it stops with {@link TooLarge}, so
     * nothing is spooled that would then be read whole.
     */
    static byte[] inflate(InputStream raw, Limits limits) throws IOException {
        Inflated inflated = inflate(raw, limits, null);
        return ((InMemory) inflated).bytes();
    }

    /**
     * As {@link #inflate(InputStream, Limits)}, text past what is read in memory spooled into a
     * private temporary file in {@code spoolFolder} (the system's when null), for a reader that
     * opens it as a large document.
     */
    static Inflated inflateOrSpool(InputStream raw, Limits limits, Path spoolFolder) throws IOException {
        return inflate(raw, limits, spoolFolder == null ? Path.of(System.getProperty("java.io.tmpdir")) : spoolFolder);
    }

    /** @param spoolFolder where text past what is read in memory goes; null: it is refused */
    private static Inflated inflate(InputStream raw, Limits limits, Path spoolFolder) throws IOException {
        Counting compressed = new Counting(raw);
        try (Gunzip in = new Gunzip(compressed)) {
            byte[] held = new byte[(int) Math.min(BUFFER, limits.inMemory())];
            long total = 0;
            int n;
            while ((n = in.read(held, (int) total, held.length - (int) total)) >= 0) {
                total += n;
                check(total, in.consumed(), limits);
                if (total == held.length) {
                    if (total >= limits.inMemory()) {
                        if (spoolFolder == null) {
                            if (in.read() < 0) {
                                return new InMemory(held); // exactly what is read in memory
                            }
                            throw new TooLarge("expands past " + mebibytes(limits.inMemory())
                                    + ", too large to read whole here");
                        }
                        return spool(in, held, limits, spoolFolder);
                    }
                    held = Arrays.copyOf(held, (int) Math.min(limits.inMemory(), 2L * held.length));
                }
            }
            return new InMemory(total == held.length ? held : Arrays.copyOf(held, (int) total));
        }
    }

    /** The text so far ({@code head}, full) and the rest of {@code in}, into a private temporary file. */
    private static Spooled spool(Gunzip in, byte[] head, Limits limits, Path spoolFolder) throws IOException {
        Path file = privateTempFile(spoolFolder);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            long total = head.length;
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                check(total, in.consumed(), limits);
                out.write(buffer, 0, n);
            }
            return new Spooled(file, total);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static Path privateTempFile(Path folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, "pilcrow-gunzip-", ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, "pilcrow-gunzip-", ".txt"); // private to the user where there is no POSIX
    }

    private static void check(long inflated, long compressed, Limits limits) throws TooLarge {
        if (inflated > limits.most()) {
            throw new TooLarge("expands past " + mebibytes(limits.most()) + ": skipped");
        }
        if (inflated >= limits.ratioFrom() && inflated > limits.ratio() * Math.max(1, compressed)) {
            throw new TooLarge("expands more than " + limits.ratio() + ":1, like a compression bomb: skipped");
        }
    }

    static String mebibytes(long bytes) {
        return bytes % (1L << 30) == 0 ? (bytes >> 30) + " GiB" : (bytes >> 20) + " MiB";
    }

    /** A gunzip that says how many compressed bytes it has used: those read less those read ahead. */
    private static final class Gunzip extends GZIPInputStream {
        private final Counting compressed;

        Gunzip(Counting compressed) throws IOException {
            super(compressed, BUFFER);
            this.compressed = compressed;
        }

        long consumed() {
            return compressed.count - inf.getRemaining();
        }
    }

    /** Counts the compressed bytes read. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
