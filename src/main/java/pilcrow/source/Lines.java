package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Walks the lines of a plain-text file by byte offset, reading a window around the place with
 * positional reads (a file cut shorter meanwhile gives short reads, never a fault). Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as {@code TextNormalizer} has it. Shared by the
 * large-document reader ({@link LargeFile}) and the big-file search ({@link ParagraphReader}).
 * Not thread-safe: one per reader.
 */
final class Lines {

    static final int WINDOW = 64 * 1024;

    private final FileChannel channel;
    private final long begin;
    private final long size;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart = -1;
    private int windowLength;

    /** @param begin where the text starts (after a byte-order mark); {@code size}: where it ends */
    Lines(FileChannel channel, long begin, long size) {
        this.channel = channel;
        this.begin = begin;
        this.size = size;
    }

    /** Where the line's terminator starts, or the end of the file. */
    long end(long lineStart) throws IOException {
        long p = lineStart;
        while (p < size) {
            if (!fill(p, true)) {
                return p;
            }
            byte[] array = window.array();
            for (int i = (int) (p - windowStart); i < windowLength; i++) {
                byte b = array[i];
                if (b == '\n' || b == '\r') {
                    return windowStart + i;
                }
            }
            p = windowStart + windowLength;
        }
        return size;
    }

    /** The start of the next line, or the size at the last. */
    long next(long lineStart) throws IOException {
        long end = end(lineStart);
        if (end >= size) {
            return size;
        }
        return byteAt(end) == '\r' && end + 1 < size && byteAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /** The start of the line before, or -1 at the first line. */
    long previous(long lineStart) throws IOException {
        if (lineStart <= begin) {
            return -1;
        }
        long terminator = lineStart - 1;
        if (byteAt(terminator) == '\n' && terminator - 1 >= begin && byteAt(terminator - 1) == '\r') {
            terminator--;
        }
        return startOf(terminator);
    }

    /** The start of the line holding the byte before {@code end} or ending at {@code end}. */
    long startOf(long end) throws IOException {
        long p = Math.min(end, size);
        while (p > begin) {
            if (!fill(p - 1, false)) {
                return begin;
            }
            byte[] array = window.array();
            for (int i = (int) (p - 1 - windowStart); i >= 0; i--) {
                byte b = array[i];
                if (b == '\n' || b == '\r') {
                    return windowStart + i + 1;
                }
            }
            p = windowStart;
        }
        return begin;
    }

    /** The start of the last line (the one a final line break ends), or -1 for an empty text. */
    long last() throws IOException {
        if (size <= begin) {
            return -1;
        }
        long terminator = size - 1;
        byte last = byteAt(terminator);
        if (last != '\n' && last != '\r') {
            return startOf(size);
        }
        if (last == '\n' && terminator - 1 >= begin && byteAt(terminator - 1) == '\r') {
            terminator--;
        }
        return startOf(terminator);
    }

    /**
     * A line of only spaces and tabs; a line of only non-ASCII that may be white space (an
     * ideographic space) is decoded to tell.
     */
    boolean isBlank(long lineStart) throws IOException {
        long end = end(lineStart);
        boolean nonAscii = false;
        for (long p = lineStart; p < end; p++) {
            byte b = byteAt(p);
            if (b >= 0 && b != ' ' && b != '\t') {
                return false;
            }
            nonAscii |= b < 0;
        }
        return !nonAscii || MappedSearch.paragraphText(MappedSearch.read(channel, lineStart,
                (int) Math.min(Integer.MAX_VALUE - 16, end - lineStart))).isEmpty();
    }

    byte byteAt(long position) throws IOException {
        if (!fill(position, position >= windowStart)) {
            return '\n'; // beyond the end of a file that shrank: as if the text ended here
        }
        return window.get((int) (position - windowStart));
    }

    /** Makes the window hold {@code position}, read onward from it or back from it; false past the end. */
    private boolean fill(long position, boolean forward) throws IOException {
        if (position >= windowStart && position < windowStart + windowLength) {
            return true;
        }
        windowStart = forward ? position : Math.max(begin, position - WINDOW + 1);
        window.clear();
        int read = 0;
        while (window.hasRemaining()) {
            int n = channel.read(window, windowStart + window.position());
            if (n <= 0) {
                break;
            }
            read += n;
        }
        windowLength = read;
        return position < windowStart + windowLength;
    }
}
