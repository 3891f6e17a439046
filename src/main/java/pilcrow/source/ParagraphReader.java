package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds and decodes single paragraphs of a plain-text file by their byte offsets, reading only
 * around them: the one holding a given line, the first and the last. Paragraphs are runs of
 * non-blank lines when the text is blank-line separated, else single lines.
 */
final class ParagraphReader {

    static final int WINDOW = 64 * 1024;

    /** A paragraph's text as the reader shows it, and how many lines it was written on. */
    record Paragraph(String text, int lines) {
    }

    private final FileChannel channel;
    private final long begin;
    private final long size;
    private final boolean blankSeparated;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private long windowStart = -1;
    private int windowLength;

    ParagraphReader(FileChannel channel, long begin, long size, boolean blankSeparated) {
        this.channel = channel;
        this.begin = begin;
        this.size = size;
        this.blankSeparated = blankSeparated;
    }

    /** The paragraph holding the line that starts at {@code lineStart} (a line with text). */
    Paragraph around(long lineStart) throws IOException {
        long first = lineStart;
        if (blankSeparated) {
            for (long previous = previousLineStart(first); previous >= 0 && !isBlank(previous);
                 previous = previousLineStart(previous)) {
                first = previous;
            }
        }
        return from(first);
    }

    Paragraph first() throws IOException {
        for (long line = begin; line < size; line = nextLineStart(line)) {
            if (!isBlank(line)) {
                return from(line);
            }
        }
        return null;
    }

    Paragraph last() throws IOException {
        long line = lastLineStart();
        while (line >= 0 && isBlank(line)) {
            line = previousLineStart(line);
        }
        return line < 0 ? null : around(line);
    }

    /** The paragraph that starts at line {@code first}. */
    private Paragraph from(long first) throws IOException {
        long end = lineEnd(first);
        int lines = 1;
        if (blankSeparated) {
            for (long next = nextLineStart(first); next < size && !isBlank(next); next = nextLineStart(next)) {
                end = lineEnd(next);
                lines++;
            }
        }
        long length = end - first;
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("a paragraph of " + length + " bytes is too long to search");
        }
        return new Paragraph(MappedSearch.paragraphText(MappedSearch.read(channel, first, (int) length)), lines);
    }

    private boolean isBlank(long lineStart) throws IOException {
        long end = lineEnd(lineStart);
        boolean nonAscii = false;
        for (long p = lineStart; p < end; p++) {
            byte b = byteAt(p);
            if (b >= 0 && b != ' ' && b != '\t') {
                return false;
            }
            nonAscii |= b < 0;
        }
        // Only spaces, or non-ASCII that may be white space (an ideographic space): decode to tell.
        return !nonAscii || MappedSearch.paragraphText(MappedSearch.read(channel, lineStart,
                (int) Math.min(Integer.MAX_VALUE - 16, end - lineStart))).isEmpty();
    }

    /** Where the line's terminator starts (or the end of the file). */
    private long lineEnd(long lineStart) throws IOException {
        for (long p = lineStart; p < size; p++) {
            byte b = byteAt(p);
            if (b == '\n' || b == '\r') {
                return p;
            }
        }
        return size;
    }

    private long nextLineStart(long lineStart) throws IOException {
        long end = lineEnd(lineStart);
        if (end >= size) {
            return size;
        }
        return byteAt(end) == '\r' && end + 1 < size && byteAt(end + 1) == '\n' ? end + 2 : end + 1;
    }

    /** The start of the line before the one at {@code lineStart}, or -1 at the first line. */
    private long previousLineStart(long lineStart) throws IOException {
        if (lineStart <= begin) {
            return -1;
        }
        long terminator = lineStart - 1;
        if (byteAt(terminator) == '\n' && terminator - 1 >= begin && byteAt(terminator - 1) == '\r') {
            terminator--;
        }
        long p = terminator - 1;
        while (p >= begin) {
            byte b = byteAt(p);
            if (b == '\n' || b == '\r') {
                return p + 1;
            }
            p--;
        }
        return begin;
    }

    private long lastLineStart() throws IOException {
        if (size <= begin) {
            return -1;
        }
        long terminator = size - 1;
        byte last = byteAt(terminator);
        if (last == '\n' && terminator - 1 >= begin && byteAt(terminator - 1) == '\r') {
            terminator--;
        }
        return last == '\n' || last == '\r' ? lineStartOf(terminator) : lineStartOf(size);
    }

    /** The start of the line that ends at {@code end} (its terminator, or the end of the file). */
    private long lineStartOf(long end) throws IOException {
        long p = end;
        while (p > begin) {
            byte b = byteAt(p - 1);
            if (b == '\n' || b == '\r') {
                return p;
            }
            p--;
        }
        return begin;
    }

    private byte byteAt(long position) throws IOException {
        if (position < windowStart || position >= windowStart + windowLength) {
            windowStart = Math.max(begin, position - WINDOW / 2);
            window.clear();
            windowLength = Math.max(0, channel.read(window, windowStart));
        }
        return window.get((int) (position - windowStart));
    }
}
