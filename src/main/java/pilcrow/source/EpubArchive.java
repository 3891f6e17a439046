package pilcrow.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An EPUB's zip archive, read in place with the JDK's {@link ZipFile} (nothing is extracted to
 * disk), every entry inflated within {@link Limits}: the bytes are counted as they are inflated,
 * as the sizes a zip's headers state can lie. A bound passed is the book's one line, never an
 * allocation of what the header promised.
 */
final class EpubArchive implements Closeable {

    private static final byte[] MIMETYPE = "mimetype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EPUB_TYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    /** The first bytes that show the signature, with room for a short extra field. */
    static final int SIGNATURE_BYTES = 128;

    /**
     * What an archive may hold before it is refused.
     *
     * @param entries    entries in the archive (a real book has tens or hundreds)
     * @param entryBytes bytes one entry may inflate to
     * @param totalBytes bytes all the entries read may inflate to, together
     * @param ratio      inflated bytes per compressed byte an entry may reach ...
     * @param ratioFrom  ... once it has inflated this many (a short entry of spaces may compress far)
     * @param depth      elements open at once in the archive's XML (container, package, NCX)
     */
    record Limits(int entries, long entryBytes, long totalBytes, int ratio, long ratioFrom, int depth) {
        /**
         * Text compresses 3 to 10 times; deflate at its tightest about 1,000 times, which only a
         * bomb (or a file of one repeated byte) reaches. A book's text is read whole into memory,
         * as HTML is, so its total is held to a few times what plain text is read whole up to.
         */
        static final Limits DEFAULT = new Limits(10_000, 32L << 20, 64L << 20, 100, 1L << 20, 64);
    }

    /** Why a book cannot be read, worded for the user ("not a readable EPUB: ..."). */
    static final class Unreadable extends IOException {
        Unreadable(String reason) {
            super(reason);
        }

        static Unreadable because(String why) {
            return new Unreadable("not a readable EPUB: " + why);
        }
    }

    private final ZipFile zip;
    private final Limits limits;
    private final long fileSize;
    private long inflated;

    private EpubArchive(ZipFile zip, Limits limits, long fileSize) {
        this.zip = zip;
        this.limits = limits;
        this.fileSize = fileSize;
    }

    /** Opens the archive at {@code path}, refusing it when it holds more entries than the limits allow. */
    static EpubArchive open(Path path, Limits limits) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw Unreadable.because("not a zip archive");
        }
        try {
            if (zip.size() > limits.entries()) {
                throw Unreadable.because("more than " + limits.entries() + " entries in the archive");
            }
            return new EpubArchive(zip, limits, Math.max(1, path.toFile().length()));
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * Whether bytes start as an EPUB does: a zip whose first entry is {@code mimetype}, stored, holding
     * {@code application/epub+zip} (the format's own signature, for a book without its name).
     */
    static boolean hasSignature(byte[] head, int length) {
        if (length < 30 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        int extraLength = (head[28] & 0xFF) | (head[29] & 0xFF) << 8;
        int content = 30 + MIMETYPE.length + extraLength;
        return nameLength == MIMETYPE.length && content + EPUB_TYPE.length <= length
                && Arrays.equals(head, 30, 30 + MIMETYPE.length, MIMETYPE, 0, MIMETYPE.length)
                && Arrays.equals(head, content, content + EPUB_TYPE.length, EPUB_TYPE, 0, EPUB_TYPE.length);
    }

    /** Whether the archive holds an entry of this name. */
    boolean has(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && !entry.isDirectory();
    }

    /** An entry's bytes, inflated within the limits. */
    byte[] read(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            throw Unreadable.because("no " + name + " in the archive");
        }
        // The compressed size bounds what the inflater is given; the file's size bounds a lie in it.
        long compressed = Math.max(1, Math.min(entry.getCompressedSize() < 0 ? fileSize : entry.getCompressedSize(),
                fileSize));
        byte[] buffer = new byte[(int) Math.min(64 * 1024, limits.entryBytes())];
        byte[] held = new byte[8192];
        int size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                inflated += n;
                checkBounds(name, size, compressed);
                if (size > held.length) {
                    held = Arrays.copyOf(held, (int) Math.min(limits.entryBytes(), Math.max(size, 2L * held.length)));
                }
                System.arraycopy(buffer, 0, held, size - n, n);
            }
        } catch (ZipException e) {
            throw Unreadable.because("corrupt data in " + name);
        }
        return Arrays.copyOf(held, size);
    }

    private void checkBounds(String name, long size, long compressed) throws Unreadable {
        if (size > limits.entryBytes()) {
            throw Unreadable.because(name + " expands past " + BoundedGunzip.mebibytes(limits.entryBytes()));
        }
        if (inflated > limits.totalBytes()) {
            throw Unreadable.because("its entries expand past " + BoundedGunzip.mebibytes(limits.totalBytes()));
        }
        if (size > limits.ratioFrom() && size / compressed > limits.ratio()) {
            throw Unreadable.because(name + " expands more than " + limits.ratio() + " times (a zip bomb?)");
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
