package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import pilcrow.core.find.WordBytes;

/**
 * One pass over a range of a plain-text file, line by line, without decoding it: which lines are
 * blank, where paragraphs start, and which lines must be looked at closely because they hold the
 * searched-for word or anything that is not plain ASCII (those are decoded and searched exactly).
 * Ranges are scanned in parallel and {@link MappedSearch} stitches their counts together.
 *
 * <p>Lines end at {@code \n}, at {@code \r\n} and at a lone {@code \r}, as {@code TextNormalizer}
 * has it. A line is blank when it holds only spaces and tabs: everything else, control characters
 * included, becomes visible text once sanitized (a line of only non-ASCII white space, such as an
 * ideographic space, is decoded to tell).
 *
 * <p>Speed: the file is read in place from the mapping, eight bytes at a time: a word of printable
 * ASCII without the word's rarest letter needs one test, and a line feed between two lines of text
 * only adds to the count without leaving that loop. The word is compared whole only where its
 * rarest letter is. Plain Java 17.
 */
final class LineScan extends RangeLines {

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long SPACES = 0x2020202020202020L;

    /**
     * A line that must be decoded and searched.
     *
     * @param lineStarts  lines with text after the range's first line, up to its own: paragraph
     *                    starts when each line is a paragraph
     * @param blankStarts paragraph starts after the range's first line up to its own, when the
     *                    text is blank-line separated
     */
    record Candidate(long lineStart, long lineStarts, long blankStarts) {

        /** Paragraph starts after the range's first line up to this line's own, as {@code blankSeparated} says. */
        long startsSoFar(boolean blankSeparated) {
            return blankSeparated ? blankStarts : lineStarts;
        }
    }

    /** Lines with text, and paragraph starts after a blank line not counting one at the range's first line. */
    long nonBlankLines;
    long startsAfterBlank;
    final List<Candidate> candidates = new ArrayList<>();
    /** A byte other than printable ASCII, a space, a tab or a line break was seen. */
    boolean sawSpecial;

    private final WordBytes word;

    // The line being read.
    private boolean lineBlank = true;
    private boolean onlyNonAsciiText;
    private boolean lineSpecial;
    private boolean previousBlank;
    private boolean firstLine = true;
    /** Where the word was found, in order; the index of the next one not yet given to a line. */
    private final List<Long> wordAt = new ArrayList<>();
    private int nextWord;

    LineScan(long start, long end, byte[] token, boolean foldCase) {
        this(start, end, token, foldCase, MAP_WINDOW);
    }

    /** @param window bytes mapped and scanned at a time (small in tests, to cut words and lines) */
    LineScan(long start, long end, byte[] token, boolean foldCase, long window) {
        super(start, end, window, CHUNK);
        this.word = token == null ? null : new WordBytes(token, foldCase);
    }

    /**
     * The range is read straight from the mapping, a window at a time: no read calls and no copy.
     * A window is mapped with the word's length less one byte on either side, so a word cut by the
     * window's edge is still compared whole from the letter that finds it. Whether to stop is asked
     * every {@link RangeLines#CHUNK} bytes: a range is an eighth of a GiB, and a find typed letter
     * by letter left each cancelled search's ranges scanning beside the next one's.
     */
    LineScan scan(FileChannel channel, java.util.function.BooleanSupplier cancelled) throws IOException {
        readLines(channel, word == null ? 0 : word.length() - 1, cancelled);
        return this;
    }

    @Override
    long startsAfterFirstLine(boolean blankSeparated) {
        return blankSeparated ? startsAfterBlank : nonBlankLines - (firstLineIsText ? 1 : 0);
    }

    @Override
    boolean hasText() {
        return !lineBlank;
    }

    @Override
    void noteByte(ByteBuffer bytes, long base, int i, byte b) {
        if (b >= 0x21 && b < 0x7F) {
            lineBlank = false;
            onlyNonAsciiText = false;
            if (word != null && word.isRare(b)) {
                checkWord(bytes, base, i - word.rare);
            }
        } else if (b != ' ' && b != '\t') {
            onlyNonAsciiText = b < 0 && (lineBlank || onlyNonAsciiText);
            lineBlank = false;
            lineSpecial = true; // controls become ^X; non-ASCII may fold, normalize or be escaped
            sawSpecial = true;
        }
    }

    /**
     * Skips printable ASCII from {@code i}, eight bytes at a time, noting where the word's rarest
     * letter brings the whole word; returns the index of the first other byte, or {@code to}.
     * A line feed that only adds to the count (see {@link #countsOnly}) is passed over here too:
     * most lines of prose end so, and going back to the byte-by-byte path cost more than the line.
     * The word may be compared beyond {@code to}, up to the buffer's limit.
     */
    @Override
    int passText(ByteBuffer bytes, int i, int to, long base) {
        boolean countsOnly = countsOnly();
        long lines = 0;
        while (i + 8 <= to) {
            long w = bytes.getLong(i);
            long flagged = notPrintable(w);
            long rare = word == null ? 0 : word.rareBytes(w);
            if ((flagged | rare) != 0) {
                int stop = flagged == 0 ? 8 : Long.numberOfTrailingZeros(flagged) >>> 3;
                long below = stop == 8 ? rare : rare & ((1L << (stop * 8)) - 1);
                while (below != 0) {
                    checkWord(bytes, base, i + (Long.numberOfTrailingZeros(below) >>> 3) - word.rare);
                    below &= below - 1;
                    countsOnly &= nextWord == wordAt.size();
                }
                if (flagged != 0) {
                    int at = i + stop;
                    if (!countsOnly || !textFollowsLineFeed(bytes, at, to)) {
                        nonBlankLines += lines;
                        return at;
                    }
                    // Text after text: the next line starts with a visible byte, so it has text.
                    lines++;
                    lineStart = base + at + 1;
                    i = at + 1;
                    continue;
                }
            }
            i += 8;
        }
        nonBlankLines += lines;
        while (i < to && bytes.get(i) >= 0x20 && bytes.get(i) < 0x7F) {
            if (word != null && word.isRare(bytes.get(i))) {
                checkWord(bytes, base, i - word.rare);
            }
            i++;
        }
        return i;
    }

    /**
     * Whether ending the line being read changes only the count ({@link #endLine}'s first case):
     * text after text, nothing special, no word found in it. The line after it then does too when
     * it starts with a visible byte and holds nothing but printable ASCII and no word.
     */
    private boolean countsOnly() {
        return word != null && !lineSpecial && !firstLine && !previousBlank && nextWord == wordAt.size();
    }

    /** Whether bytes[at] is a line feed and the byte after it, in this scan, is visible ASCII. */
    private static boolean textFollowsLineFeed(ByteBuffer bytes, int at, int to) {
        if (bytes.get(at) != '\n' || at + 1 >= to) {
            return false;
        }
        byte next = bytes.get(at + 1);
        return next >= 0x21 && next < 0x7F;
    }

    /**
     * High bit set in each byte of {@code w} below 0x20, DEL or non-ASCII. Borrows and carries only
     * move upward from such a byte, so the lowest flag is exact: every byte below it is printable.
     */
    static long notPrintable(long w) {
        return ((w - ONES * 0x20) | (w + ONES) | w) & HIGHS;
    }

    @Override
    void endLine(FileChannel channel, long lineEnd) throws IOException {
        if (word != null && !lineBlank && !lineSpecial && !firstLine && !previousBlank
                && (nextWord >= wordAt.size() || wordAt.get(nextWord) >= lineEnd)) {
            // The common line: text after text, nothing to look at. Only the count changes.
            nonBlankLines++;
            lineBlank = true;
            onlyNonAsciiText = false;
            return;
        }
        boolean blank = lineBlank || (onlyNonAsciiText && blankOnceDecoded(channel, lineStart, lineEnd));
        boolean hasWord = word == null;
        while (nextWord < wordAt.size() && wordAt.get(nextWord) < lineEnd) {
            hasWord |= wordAt.get(nextWord) >= lineStart;
            nextWord++;
        }
        record(blank, lineSpecial || hasWord);
        previousBlank = blank;
        firstLine = false;
        lineBlank = true;
        onlyNonAsciiText = false;
        lineSpecial = false;
    }

    private void record(boolean blank, boolean candidate) {
        shapeLine(blank, firstLine);
        if (blank) {
            return;
        }
        if (!firstLine && previousBlank) {
            startsAfterBlank++;
        }
        if (candidate) {
            candidates.add(new Candidate(lineStart, nonBlankLines + 1 - (firstLineIsText ? 1 : 0), startsAfterBlank));
        }
        nonBlankLines++;
    }

    /**
     * Adds {@code base + at} when the whole word is there. Each occurrence is checked once, from
     * its rarest letter, so offsets come in order and once each.
     */
    private void checkWord(ByteBuffer bytes, long base, int at) {
        if (word.isAt(bytes, at)) {
            wordAt.add(base + at);
        }
    }
}
