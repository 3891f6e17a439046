package pilcrow.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Gunzips within bounds, so that a small file that expands without end (a compression bomb)
 * costs a few reads and one line, never the memory of the process. Text up to what is read in
 * memory stays in memory; past that, when the caller's look at those first bytes says it can open
 * the rest, it is spooled to a private temporary file (0600, its name removed before it is written),
 * to be opened as a large document; past the most that may be inflated, or more than a set ratio
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

    /** What came out: the text in memory, in a private temporary file, or only its first bytes. */
    sealed interface Inflated permits InMemory, Spooled, PastMemory {
    }

    record InMemory(byte[] bytes) implements Inflated {
    }

    /**
     * The text in a private temporary file whose name ({@code formerName}) was removed before its
     * first byte was written: only {@code channel}, open for reading, still holds it, so the space
     * is given back when the channel is closed or the process ends, however it ends.
     */
    record Spooled(FileChannel channel, Path formerName, long size) implements Inflated {
    }

    /**
     * The text goes on past what is read in memory and was not spooled (the caller reads whole, or
     * its check of {@code head} refused): nothing past {@code head} was inflated.
     */
    record PastMemory(byte[] head) implements Inflated {
    }

    /** The spool folder's file system, asked only once a spool starts (a fake in tests). */
    interface FreeSpace {
        long usable() throws IOException;

        long total() throws IOException;
    }

    /**
     * Where text past what is read in memory goes, and how much of that file system stays free:
     * a spool stops (the document skipped with one line) rather than leave less than
     * {@link #keepFree}, so the spools of a process, together, never fill the disk. A per-process
     * count of bytes spooled would be state shared by every library load; the disk's own free
     * space already is that count, and also sees what others write.
     *
     * @param minimumFree kept free however small the file system
     */
    record Spool(Path folder, long minimumFree, FreeSpace freeSpace) {

        /** 1 GiB or a twentieth of the file system, whichever is more. */
        long keepFree() throws IOException {
            return Math.max(minimumFree, freeSpace.total() / 20);
        }

        /**
         * In {@code folder} (the system's temporary folder when null), keeping 1 GiB or a twentieth
         * of its file system free. Nothing is asked of the file system until a spool starts: most
         * documents are never spooled.
         */
        static Spool in(Path folder) {
            Path where = folder == null ? Path.of(System.getProperty("java.io.tmpdir")) : folder;
            return new Spool(where, 1L << 30, new FreeSpace() {
                @Override
                public long usable() throws IOException {
                    return Files.getFileStore(where).getUsableSpace();
                }

                @Override
                public long total() throws IOException {
                    return Files.getFileStore(where).getTotalSpace();
                }
            });
        }
    }

    /** How often, in bytes spooled, the free space is asked again. */
    static final long SPACE_STEP = 16L << 20;

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
     * reader of whole documents: text going on past what is read in memory ends the inflation
     * there ({@link PastMemory}), so nothing is spooled that would then be read whole.
     */
    static Inflated inflate(InputStream raw, Limits limits) throws IOException {
        return inflate(raw, limits, head -> false, null);
    }

    /**
     * As {@link #inflate(InputStream, Limits)}, text past what is read in memory spooled into
     * {@code spool}, for a reader that opens it as a large document, when {@code spoolable} says
     * the text held in memory (its first bytes) is text that reader can open. Decided before
     * anything is spooled: a binary bomb costs what is read in memory, not a spool of GiBs.
     */
    static Inflated inflateOrSpool(InputStream raw, Limits limits, Predicate<byte[]> spoolable, Spool spool)
            throws IOException {
        return inflate(raw, limits, spoolable, spool);
    }

    private static Inflated inflate(InputStream raw, Limits limits, Predicate<byte[]> spoolable, Spool spool)
            throws IOException {
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
                        int next = in.read();
                        if (next < 0) {
                            return new InMemory(held); // exactly what is read in memory
                        }
                        if (spool == null || !spoolable.test(held)) {
                            return new PastMemory(held);
                        }
                        return spool(in, held, next, limits, spool);
                    }
                    held = Arrays.copyOf(held, (int) Math.min(limits.inMemory(), 2L * held.length));
                }
            }
            return new InMemory(total == held.length ? held : Arrays.copyOf(held, (int) total));
        }
    }

    /**
     * The text so far ({@code head}, full, then the byte {@code next}) and the rest of {@code in},
     * into a private temporary file whose name is removed before anything is written to it: a
     * process killed while spooling (seconds for a GiB) leaves nothing behind.
     */
    private static Spooled spool(Gunzip in, byte[] head, int next, Limits limits, Spool spool) throws IOException {
        Path name = privateTempFile(spool.folder());
        FileChannel channel;
        try {
            channel = FileChannel.open(name, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } finally {
            unlinkOrDeleteAtExit(name);
        }
        try {
            SpaceLeft space = new SpaceLeft(spool);
            write(channel, ByteBuffer.wrap(head), space);
            write(channel, ByteBuffer.wrap(new byte[] {(byte) next}), space);
            long total = head.length + 1L;
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                check(total, in.consumed(), limits);
                write(channel, ByteBuffer.wrap(buffer, 0, n), space);
            }
            return new Spooled(channel, name, total);
        } catch (IOException | RuntimeException | Error e) {
            channel.close();
            throw e;
        }
    }

    private static void write(FileChannel channel, ByteBuffer bytes, SpaceLeft space) throws IOException {
        space.take(bytes.remaining());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** The room a spool may still use, asked of the file system again every {@link #SPACE_STEP}. */
    private static final class SpaceLeft {
        private final Spool spool;
        private final long keepFree;
        private long room;
        private long sinceAsked;

        SpaceLeft(Spool spool) throws IOException {
            this.spool = spool;
            this.keepFree = spool.keepFree();
            this.room = spool.freeSpace().usable() - keepFree;
        }

        void take(long bytes) throws IOException {
            if (sinceAsked >= SPACE_STEP) {
                room = spool.freeSpace().usable() - keepFree;
                sinceAsked = 0;
            }
            sinceAsked += bytes;
            room -= bytes;
            if (room < 0) {
                throw new TooLarge("needs more temporary space than is free (pilcrow keeps "
                        + mebibytes(keepFree) + " free): skipped");
            }
        }
    }

    /**
     * Removes the spool's name while it is open. Where an open file cannot be removed (not on
     * Linux or macOS), it is removed when the process ends.
     */
    private static void unlinkOrDeleteAtExit(Path name) {
        try {
            Files.delete(name);
        } catch (IOException e) {
            name.toFile().deleteOnExit();
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
