package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Walks the lines of a plain-text file by byte offset, reading a window around the place with
 * positional reads (a file cut shorter meanwhile gives short reads, never a fault). Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as {@code TextNormalizer} has it. Shared by the
 * large-document reader and the big-file search, through {@link Paragraphs}.
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

    /** Where the line's terminator starts, if before {@code limit}; else -1 (a long line is not read whole). */
    long endBefore(long lineStart, long limit) throws IOException {
        long p = lineStart;
        long stop = Math.min(limit, size);
        while (p < stop) {
            if (!fill(p, true)) {
                return p;
            }
            byte[] array = window.array();
            int last = (int) Math.min(windowLength, stop - windowStart);
            for (int i = (int) (p - windowStart); i < last; i++) {
                byte b = array[i];
                if (b == '\n' || b == '\r') {
                    return windowStart + i;
                }
            }
            p = windowStart + last;
        }
        return p >= size ? size : -1;
    }

    /** As {@link #startOf}, when the start is at or after {@code floor}; else -1. */
    long startAfter(long end, long floor) throws IOException {
        long p = Math.min(end, size);
        long stop = Math.max(begin, floor);
        while (p > stop) {
            if (!fill(p - 1, false)) {
                return begin;
            }
            byte[] array = window.array();
            int low = (int) Math.max(0, stop - windowStart);
            for (int i = (int) (p - 1 - windowStart); i >= low; i--) {
                byte b = array[i];
                if (b == '\n' || b == '\r') {
                    return windowStart + i + 1;
                }
            }
            p = windowStart + low;
        }
        return p <= begin ? begin : -1;
    }

    /** Whether the byte at {@code position} ends a line ({@code \n} or {@code \r}). */
    boolean isBreak(long position) throws IOException {
        byte b = byteAt(position);
        return b == '\n' || b == '\r';
    }

    /**
     * Where the terminator of the line before {@code lineStart} starts (a CRLF counts whole), or -1
     * at the first line.
     */
    long terminatorBefore(long lineStart) throws IOException {
        if (lineStart <= begin) {
            return -1;
        }
        long terminator = lineStart - 1;
        if (byteAt(terminator) == '\n' && terminator - 1 >= begin && byteAt(terminator - 1) == '\r') {
            terminator--;
        }
        return terminator;
    }

    /**
     * The start of the line ending at {@code terminator} when that line is blank, else -1. Read
     * backwards and only as far as the first character that is not white space, so a long line of
     * text costs a byte or two.
     */
    long blankLineEndingAt(long terminator) throws IOException {
        long p = terminator;
        while (p > begin) {
            byte b = byteAt(p - 1);
            if (b == '\n' || b == '\r') {
                return p;
            }
            if (b == ' ' || b == '\t') {
                p--;
            } else if (b >= 0) {
                return -1;
            } else {
                long lead = p - 1;
                while (lead > begin && p - lead < 4 && (byteAt(lead) & 0xC0) == 0x80) {
                    lead--;
                }
                if (!blankCharacter(lead, p)) {
                    return -1;
                }
                p = lead;
            }
        }
        return begin;
    }

    /** Whether the bytes from {@code from} to {@code to} (one character, or a few bad bytes) show as nothing. */
    private boolean blankCharacter(long from, long to) throws IOException {
        return MappedSearch.paragraphText(MappedSearch.read(channel, from, (int) (to - from))).isEmpty();
    }

    /** The start of the line after a terminator that starts at {@code terminator}. */
    long afterTerminator(long terminator) throws IOException {
        return byteAt(terminator) == '\r' && terminator + 1 < size && byteAt(terminator + 1) == '\n'
                ? terminator + 2 : terminator + 1;
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
        long terminator = terminatorBefore(lineStart);
        return terminator < 0 ? -1 : startOf(terminator);
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
     * ideographic space) is decoded, a character at a time, to tell. Read only as far as the first
     * character that is not white space, so a long line of text costs a byte or two.
     */
    boolean isBlank(long lineStart) throws IOException {
        long p = lineStart;
        while (p < size) {
            byte b = byteAt(p);
            if (b == '\n' || b == '\r') {
                return true;
            }
            if (b == ' ' || b == '\t') {
                p++;
            } else if (b >= 0) {
                return false;
            } else {
                long next = p + 1;
                while (next < size && next - p < 4 && (byteAt(next) & 0xC0) == 0x80) {
                    next++;
                }
                if (!blankCharacter(p, next)) {
                    return false;
                }
                p = next;
            }
        }
        return true;
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
