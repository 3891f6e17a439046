package pilcrow.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.doc.Sgr;
import pilcrow.core.doc.TextNormalizer;
import pilcrow.core.text.Sanitizer;

/**
 * The one walker over a large plain-text file's paragraphs, reading only around a place: where
 * the paragraph or piece holding a byte starts and ends, the next and previous ones, and the
 * title and source line at the ends. Paragraphs are runs of lines with text when the text is
 * blank-line separated, else single lines; a paragraph longer than {@link Pieces#cap} is walked in
 * {@link Pieces}, its bounds read at most two caps away. The reader ({@link LargeFile}) and the
 * search ({@link MappedSearch}) both walk with it. Not thread-safe: one per thread, or under a lock.
 */
final class Paragraphs {

    /** How far the title and the source line are looked for: further, a paragraph is neither. */
    static final int ENDS_BYTES = 64 * 1024;
    static final int CACHE = 128;

    /**
     * A piece of a paragraph, [start, end), and the paragraph's own start and end (where its last
     * line's terminator starts), either of which may be {@link Pieces#FAR_BEFORE} / {@link Pieces#FAR_AFTER}.
     */
    record Piece(long start, long end, long paragraphStart, long paragraphEnd) {
        boolean last() {
            return end == paragraphEnd;
        }
    }

    /**
     * The text's title and source line by {@link PlainTextParser#ends}, and the places of the body's
     * first and last pieces (-1 when there is no body).
     */
    record Body(Optional<String> title, Optional<String> source, long first, long last) {
    }

    private final FileChannel channel;
    private final long begin;
    private final long size;
    private final boolean blankSeparated;
    private final Pieces pieces;
    private final Lines lines;
    private final Map<Long, Piece> pieceAt = recent(CACHE);

    /**
     * @param begin          where the text starts (after a byte-order mark)
     * @param size           where it ends
     * @param blankSeparated whether paragraphs are runs of lines (else one a line)
     */
    Paragraphs(FileChannel channel, long begin, long size, boolean blankSeparated, Pieces pieces) {
        this.channel = channel;
        this.begin = begin;
        this.size = size;
        this.blankSeparated = blankSeparated;
        this.pieces = pieces;
        this.lines = new Lines(channel, begin, size);
    }

    /** A map that keeps the {@code capacity} entries used last: the walk's and the reader's caches by place. */
    static <V> Map<Long, V> recent(int capacity) {
        return new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The title, the source line and the body's ends. The title and the source line are short: a
     * long first or last paragraph (a 100 MB line) is neither, and is not read further than {@link #ENDS_BYTES}.
     */
    Body body() throws IOException {
        long first = rawFirst();
        String firstText = first >= 0 ? shortLine(first) : null;
        long lastByte = lastTextByte();
        long lastStart = lastByte < 0 ? -1 : paragraphStart(lastByte, ENDS_BYTES);
        long second = firstText != null ? paragraphAfter(paragraphEnd(first, ENDS_BYTES)) : -1;
        PlainTextParser.Ends ends = PlainTextParser.ends(firstText, paragraphsAtEnds(first, second, lastStart));
        long body = ends.title().isPresent() ? second : first;
        if (ends.asksLast()) {
            ends = ends.withLast(lastStart >= 0 ? shortLine(lastStart) : null);
        }
        long last = body < 0 ? -1 : ends.source().isPresent() ? lastPieceBefore(lastStart) : pieceHolding(lastByte).start();
        // Told apart with their colour sequences in, as in a document read whole; shown without.
        return new Body(ends.title().map(Sgr::withoutSequences), ends.source().map(Sgr::withoutSequences), body, last);
    }

    /**
     * How many paragraphs the title and source rule sees, counted at the ends only (3 stands for
     * more): {@code second} is known when the first paragraph is one line, and otherwise no title
     * is taken, so two stands for more as well. A last paragraph too long to find the start of
     * ({@link Pieces#FAR_BEFORE}) is not the first.
     */
    private static long paragraphsAtEnds(long first, long second, long lastStart) {
        if (first < 0) {
            return 0;
        }
        if (lastStart == first) {
            return 1;
        }
        if (second < 0) {
            return 2;
        }
        return second == lastStart ? 2 : 3;
    }

    /** The piece after the one at {@code place} (a place this walker gave out), or -1. */
    long next(long place) throws IOException {
        Piece piece = piece(place);
        return piece.last() ? paragraphAfter(piece.paragraphEnd()) : piece.end();
    }

    /** The piece before the one at {@code place}, or -1. */
    long previous(long place) throws IOException {
        Piece piece = piece(place);
        if (place > piece.paragraphStart()) {
            return pieceHolding(textByteBefore(place)).start();
        }
        return lastPieceBefore(place);
    }

    /**
     * The piece holding byte {@code offset}, or the paragraph after it when it is in a blank line
     * or a separator; -1 when none follows. {@code floor}: no character starts before it.
     */
    long holding(long offset, long floor) throws IOException {
        for (int back = 0; back < 3 && offset > floor && (lines.byteAt(offset) & 0xC0) == 0x80; back++) {
            offset--; // to the start of the character
        }
        if (lines.isBreak(offset)) {
            long end = lines.byteAt(offset) == '\n' && offset - 1 >= begin && lines.byteAt(offset - 1) == '\r'
                    ? offset - 1 : offset;
            return lines.blankLineEndingAt(end) >= 0 ? paragraphAfter(end) : pieceHolding(end - 1).start();
        }
        if (lines.blankLineEndingAt(offset) >= 0 && lines.isBlank(offset)) {
            return paragraphAfter(lines.end(offset));
        }
        return pieceHolding(offset).start();
    }

    /** Whether the piece at {@code place} is a later piece of its paragraph. */
    boolean continues(long place) throws IOException {
        return place > piece(place).paragraphStart();
    }

    /**
     * The block of the piece at {@code place}, as the reader shows it: a paragraph read whole is
     * made a block as the parser makes it (a heading when underlined); a piece is paragraph text.
     */
    Block block(long place) throws IOException {
        Piece piece = piece(place);
        if (piece.start() == piece.paragraphStart() && piece.last()) {
            return blockWithColour(MappedSearch.read(channel, piece.start(), (int) (piece.end() - piece.start())));
        }
        return Block.paragraph(0,
                Pieces.text(channel, lines, piece.start(), piece.end(), piece.paragraphStart(), piece.paragraphEnd()));
    }

    /**
     * A paragraph's block, its SGR colour shown as styles as in a document read whole
     * ({@link Sgr#styledAlone}: from plain at its start), every other escape shown as usual. A
     * piece of a huge paragraph keeps showing its sequences: a cut may fall inside one.
     */
    static Block blockWithColour(byte[] bytes) {
        return Sgr.styledAlone(PlainTextParser.blockOfLines(keptColour(bytes)));
    }

    /** The text of {@code bytes} sanitized but for its SGR sequences, as a document read whole is parsed. */
    private static String keptColour(byte[] bytes) {
        String normalized = TextNormalizer.normalize(Decoder.decodeUtf8(bytes, 0));
        return normalized.indexOf('\u001B') < 0 ? Sanitizer.text(normalized)
                : Sanitizer.textKeeping(normalized, Sgr::sequenceLength);
    }

    /**
     * Where the paragraph holding the line at {@code lineStart} starts, and where its last line's
     * terminator starts: walked to its ends, however long (the search cuts it in pieces itself).
     */
    long[] bounds(long lineStart) throws IOException {
        return new long[] {paragraphStart(lineStart, size), paragraphEnd(lineStart, size)};
    }

    /** The piece starting at {@code place} (a place this text gave out). */
    Piece piece(long place) throws IOException {
        Piece piece = pieceAt.get(place);
        if (piece == null) {
            piece = pieceHolding(place);
            pieceAt.put(piece.start(), piece);
        }
        return piece;
    }

    /**
     * The piece holding byte {@code x} of a line with text: the paragraph's bounds are read at most
     * two caps away, which is as far as they can change where the pieces around {@code x} are.
     */
    private Piece pieceHolding(long x) throws IOException {
        long bound = 2L * pieces.cap;
        long start = paragraphStart(x, bound);
        long end = paragraphEnd(x, bound);
        if (!pieces.huge(start, end)) {
            return new Piece(start, end, start, end);
        }
        long from = start;
        long g = pieces.pointAtOrBefore(x + pieces.slack);
        for (int tries = 0; tries < 2; tries++, g -= pieces.grid) {
            if (pieces.cuts(g, start, end)) {
                long cut = pieces.cut(channel, g);
                if (cut <= x) {
                    from = cut;
                    break;
                }
            }
        }
        long to = end;
        g = pieces.pointAfter(x);
        for (int tries = 0; tries < 2; tries++, g += pieces.grid) {
            if (pieces.cuts(g, start, end)) {
                long cut = pieces.cut(channel, g);
                if (cut > x) {
                    to = cut;
                    break;
                }
            }
        }
        if (from == Pieces.FAR_BEFORE || to == Pieces.FAR_AFTER) {
            throw new IOException("the file changed while it was read"); // cannot be, for bytes that stay put
        }
        return new Piece(from, to, start, end);
    }

    /** Where the paragraph holding byte {@code x} (of a line with text) starts, if at most {@code bound} before it. */
    private long paragraphStart(long x, long bound) throws IOException {
        long floor = x - bound;
        long line = lines.startAfter(x + 1, floor);
        while (line >= 0) {
            if (!blankSeparated) {
                return line;
            }
            long terminator = lines.terminatorBefore(line);
            if (terminator < 0 || lines.blankLineEndingAt(terminator) >= 0) {
                return line;
            }
            line = lines.startAfter(terminator, floor);
        }
        return Pieces.FAR_BEFORE;
    }

    /** Where the paragraph holding byte {@code x} ends (its last terminator starts), if at most {@code bound} after it. */
    private long paragraphEnd(long x, long bound) throws IOException {
        long limit = x + bound;
        long end = lines.endBefore(x, limit);
        while (end >= 0) {
            if (!blankSeparated || end >= size) {
                return end;
            }
            long next = lines.afterTerminator(end);
            if (next >= size || lines.isBlank(next)) {
                return end;
            }
            end = lines.endBefore(next, limit);
        }
        return Pieces.FAR_AFTER;
    }

    /** The first paragraph after one that ends at {@code end}, or -1. */
    private long paragraphAfter(long end) throws IOException {
        if (end >= size) {
            return -1;
        }
        long line = lines.afterTerminator(end);
        while (line < size && lines.isBlank(line)) {
            line = lines.next(line);
        }
        return line < size ? line : -1;
    }

    /** The last piece of the paragraph before the one starting at {@code paragraph}, or -1. */
    private long lastPieceBefore(long paragraph) throws IOException {
        long terminator = lines.terminatorBefore(paragraph);
        while (terminator >= 0) {
            long blank = lines.blankLineEndingAt(terminator);
            if (blank < 0) {
                return pieceHolding(terminator - 1).start();
            }
            terminator = lines.terminatorBefore(blank);
        }
        return -1;
    }

    /** The last byte before {@code place} that is not a line break (the previous piece ends on a line of text). */
    private long textByteBefore(long place) throws IOException {
        long x = place - 1;
        if (x > begin && lines.byteAt(x) == '\n') {
            x--;
        }
        if (x > begin && lines.byteAt(x) == '\r') {
            x--;
        }
        return x;
    }

    private long rawFirst() throws IOException {
        long line = begin;
        while (line < size && lines.isBlank(line)) {
            line = lines.next(line);
        }
        return line < size ? line : -1;
    }

    /** The last byte of the last line with text, or -1 when there is none. */
    private long lastTextByte() throws IOException {
        long terminator = size;
        if (size > begin && lines.isBreak(size - 1)) {
            terminator = lines.terminatorBefore(size);
        }
        while (terminator >= 0) {
            long blank = lines.blankLineEndingAt(terminator);
            if (blank < 0) {
                return terminator - 1;
            }
            terminator = lines.terminatorBefore(blank);
        }
        return -1;
    }

    /**
     * The text of the paragraph at {@code paragraph} when it is one line for the title rule
     * ({@link PlainTextParser#oneLine}) and at most {@link #ENDS_BYTES}, as a title or a source
     * line may be; else null.
     */
    private String shortLine(long paragraph) throws IOException {
        long end = paragraphEnd(paragraph, ENDS_BYTES);
        if (end == Pieces.FAR_AFTER) {
            return null;
        }
        String written = keptColour(MappedSearch.read(channel, paragraph, (int) (end - paragraph)));
        int lineCount = lines.endBefore(paragraph, end + 1) == end ? 1 : 2; // more than two make no heading either
        return PlainTextParser.oneLine(PlainTextParser.blockOfLines(written), lineCount);
    }
}
