package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Finds and decodes single paragraphs of a plain-text file by their byte offsets, reading only
 * around them: the one holding a given line, the first and the last. Paragraphs are runs of
 * non-blank lines when the text is blank-line separated, else single lines.
 */
final class ParagraphReader {

    /** A paragraph's text as the reader shows it, and how many lines it was written on. */
    record Paragraph(String text, int lines) {
    }

    private final FileChannel channel;
    private final long begin;
    private final long size;
    private final boolean blankSeparated;
    private final Lines lines;

    ParagraphReader(FileChannel channel, long begin, long size, boolean blankSeparated) {
        this.channel = channel;
        this.begin = begin;
        this.size = size;
        this.blankSeparated = blankSeparated;
        this.lines = new Lines(channel, begin, size);
    }

    /** The paragraph holding the line that starts at {@code lineStart} (a line with text). */
    Paragraph around(long lineStart) throws IOException {
        long first = lineStart;
        if (blankSeparated) {
            for (long previous = lines.previous(first); previous >= 0 && !lines.isBlank(previous);
                 previous = lines.previous(previous)) {
                first = previous;
            }
        }
        return from(first);
    }

    /**
     * Where the paragraph holding the line at {@code lineStart} starts, and where its last line
     * ends, without decoding it.
     */
    long[] bounds(long lineStart) throws IOException {
        long first = lineStart;
        if (blankSeparated) {
            for (long previous = lines.previous(first); previous >= 0 && !lines.isBlank(previous);
                 previous = lines.previous(previous)) {
                first = previous;
            }
        }
        long last = lineStart;
        if (blankSeparated) {
            for (long next = lines.next(last); next < size && !lines.isBlank(next); next = lines.next(next)) {
                last = next;
            }
        }
        return new long[] {first, lines.end(last)};
    }

    Paragraph first() throws IOException {
        for (long line = begin; line < size; line = lines.next(line)) {
            if (!lines.isBlank(line)) {
                return from(line);
            }
        }
        return null;
    }

    Paragraph last() throws IOException {
        long line = lines.last();
        while (line >= 0 && lines.isBlank(line)) {
            line = lines.previous(line);
        }
        return line < 0 ? null : around(line);
    }

    /** The paragraph that starts at line {@code first}. */
    private Paragraph from(long first) throws IOException {
        long end = lines.end(first);
        int count = 1;
        if (blankSeparated) {
            for (long next = lines.next(first); next < size && !lines.isBlank(next); next = lines.next(next)) {
                end = lines.end(next);
                count++;
            }
        }
        long length = end - first;
        if (length > Integer.MAX_VALUE - 16) {
            throw new IOException("a paragraph of " + length + " bytes is too long to search");
        }
        return new Paragraph(MappedSearch.paragraphText(MappedSearch.read(channel, first, (int) length)), count);
    }
}
