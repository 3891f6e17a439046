package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a paragraph too long to show whole (more than {@code cap} bytes: a 100 MB line) is cut
 * into pieces. The cuts sit near fixed points of the file, every {@code grid} bytes, each moved
 * back at most {@code slack} bytes to the best boundary there: a line start, else after a space,
 * else before an ASCII character, else before a character that does not join the one before it;
 * never inside a character or a CRLF. So a cut depends only on the bytes around its point, and a
 * piece can be found from any place in the paragraph by reading around it, without walking the
 * paragraph from its start: {@code G} at the end of a 100 MB line reads a few hundred KiB.
 *
 * <p>A paragraph [start, end) of more than {@code cap} bytes is cut at every point {@code g} with
 * {@code start + 2 slack < g < end - slack}; so every piece holds more than {@code slack} bytes
 * and at most {@code cap}. Paragraphs of {@code cap} bytes or fewer are one piece.
 */
final class Pieces {

    /** "Far away": a paragraph start or end further than the bounded reads look. */
    static final long FAR_BEFORE = Long.MIN_VALUE;
    static final long FAR_AFTER = Long.MAX_VALUE;

    final int cap;
    final int slack;
    final long grid;

    /**
     * @param slack how far back a cut may move from its point: at least 4, so a character's start is
     *              always in reach; the cap must exceed 4 slacks
     */
    Pieces(int cap, int slack) {
        if (slack < 4 || cap <= 4 * slack) {
            throw new IllegalArgumentException("pieces of " + cap + " bytes cannot move " + slack + " bytes");
        }
        this.cap = cap;
        this.slack = slack;
        this.grid = cap - 2L * slack;
    }

    /** A paragraph of this many bytes is shown in pieces. */
    boolean huge(long start, long end) {
        return start == FAR_BEFORE || end == FAR_AFTER || end - start > cap;
    }

    /** Whether point {@code g} cuts the huge paragraph [start, end) (either may be far away). */
    boolean cuts(long g, long start, long end) {
        return (start == FAR_BEFORE || g > start + 2 * slack) && (end == FAR_AFTER || g < end - slack);
    }

    /** The first point after {@code offset}. */
    long pointAfter(long offset) {
        return Math.floorDiv(offset, grid) * grid + grid;
    }

    /** The last point at or before {@code offset}. */
    long pointAtOrBefore(long offset) {
        return Math.floorDiv(offset, grid) * grid;
    }

    /** Every cut of the paragraph [start, end), in order; none when it is not huge. */
    List<Long> cutsOf(FileChannel channel, long start, long end) throws IOException {
        List<Long> cuts = new ArrayList<>();
        if (!huge(start, end)) {
            return cuts;
        }
        for (long g = pointAfter(start); g < end; g += grid) {
            if (cuts(g, start, end)) {
                cuts.add(cut(channel, g));
            }
        }
        return cuts;
    }

    /** Where the cut near point {@code g} falls: the best boundary in [g - slack, g]. */
    long cut(FileChannel channel, long g) throws IOException {
        long from = g - slack - 1;
        byte[] a = MappedSearch.read(channel, from, slack + 1 + 4);
        return from + best(a, slack + 1);
    }

    /** The best cut in {@code a} at or before index {@code last}, after index 0 (which is only looked at). */
    static int best(byte[] a, int last) {
        int bestLevel = -3;
        int best = last;
        for (int c = last; c >= 1 && bestLevel < 3; c--) {
            int level = level(a, c);
            if (level > bestLevel) {
                bestLevel = level;
                best = c;
            }
        }
        return best;
    }

    /**
     * How good a cut before {@code a[c]} is: 3 at a line start, 2 after a space (before printable
     * ASCII), 1 before printable ASCII, 0 before a character that starts a grapheme, -1 before
     * another character, -2 inside a character or a CRLF (taken only when the slack holds nothing else).
     */
    static int level(byte[] a, int c) {
        byte before = a[c - 1];
        byte at = a[c];
        if (before == '\n' || (before == '\r' && at != '\n')) {
            return 3;
        }
        boolean printable = at > ' ' && at < 0x7F;
        if (printable) {
            return before == ' ' || before == '\t' ? 2 : 1;
        }
        if ((at & 0xFF) >= 0xC2 && (at & 0xFF) <= 0xF4 && startsGrapheme(a, c)) {
            return 0;
        }
        boolean continuation = (at & 0xC0) == 0x80;
        return continuation || (before == '\r' && at == '\n') ? -2 : -1;
    }

    /** A character that does not attach to the one before it (a combining mark, a joiner, a selector). */
    private static boolean startsGrapheme(byte[] a, int c) {
        int lead = a[c] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (c + length > a.length) {
            return false;
        }
        String character = new String(a, c, length, StandardCharsets.UTF_8);
        int cp = character.codePointAt(0);
        int type = Character.getType(cp);
        boolean attaches = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || cp == 0xFFFD
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0x1F1E6 && cp <= 0x1F1FF);
        boolean afterJoiner = c >= 3 && (a[c - 3] & 0xFF) == 0xE2 && (a[c - 2] & 0xFF) == 0x80 && (a[c - 1] & 0xFF) == 0x8D;
        return !attaches && !afterJoiner;
    }

    /**
     * The text of the piece [start, end) of the paragraph [paragraphStart, paragraphEnd), as it
     * stands in the paragraph's text (see {@link #text(byte[], boolean, boolean, boolean)}).
     */
    static String text(FileChannel channel, Lines lines, long start, long end, long paragraphStart, long paragraphEnd)
            throws IOException {
        byte[] bytes = MappedSearch.read(channel, start, (int) (end - start));
        boolean atLineStart = start == paragraphStart || lines.blankLineEndingAt(start) >= 0;
        boolean restBlank = end == paragraphEnd || lines.isBlank(end);
        // Only white space after it on the paragraph's last line: it ends the paragraph's text.
        boolean atParagraphEnd = end == paragraphEnd
                || (restBlank && paragraphEnd != FAR_AFTER && lines.endBefore(end, paragraphEnd + 1) == paragraphEnd);
        return text(bytes, atLineStart, restBlank, atParagraphEnd);
    }

    /**
     * A piece's text as it stands in its paragraph's text (see {@code PlainTextParser.joinLines}):
     * lines stripped and joined with a space; an end inside a line's text is left as it is, and a
     * piece that ends a line (not the paragraph) ends with the space that joins the next line. Put
     * one after another, the pieces make the paragraph's text (but tabs after a cut are expanded
     * from the cut, as the column where the line began is not read).
     *
     * @param atLineStart only white space is before it on its line
     * @param atLineEnd   only white space follows it on its line
     */
    static String text(byte[] bytes, boolean atLineStart, boolean atLineEnd, boolean atParagraphEnd) {
        if (atLineStart && atParagraphEnd) {
            return MappedSearch.paragraphText(bytes);
        }
        String lines = MappedSearch.normalizedText(bytes);
        String[] parts = lines.split("\n", -1);
        StringBuilder joined = new StringBuilder(lines.length() + 1);
        boolean owesSpace = false;
        for (int i = 0; i < parts.length; i++) {
            boolean startsLine = i > 0 || atLineStart;
            boolean endsLine = i < parts.length - 1 || atLineEnd;
            String part = startsLine ? parts[i].stripLeading() : parts[i];
            part = endsLine ? part.stripTrailing() : part;
            if (!part.isEmpty()) {
                if (startsLine && joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(part);
            }
            // The piece stops where a line ends, or before the text of the next line begins.
            owesSpace = i == parts.length - 1 && (atLineEnd || (startsLine && part.isEmpty()));
        }
        if (owesSpace && !atParagraphEnd && joined.length() > 0) {
            joined.append(' ');
        }
        return joined.toString();
    }
}
