package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.doc.TextNormalizer;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.core.text.Sanitizer;

/**
 * Find in a large plain-text file without reading it into memory: the file is scanned in ranges,
 * in parallel, by {@link LineScan}, which counts lines and paragraphs and notes the lines that may
 * hold a match; only those paragraphs are decoded and searched, exactly as {@link DocumentReader}
 * and {@link Finder} would. The paragraph numbers, the title and the source line come out the
 * same as for the whole document read into memory.
 */
public final class MappedSearch {

    /** Plain-text files from this size on are searched this way. */
    public static final long THRESHOLD = 16L << 20;
    static final long MIN_RANGE = 8L << 20;
    static final long MAX_RANGE = 1L << 30;
    /** How far through a file an index must have come for the search to skip by it. */
    static final double SKIP_SHARE = 0.75;

    /** A match and the text of the paragraph (or title) it is in, for the snippet. */
    public record Found(Match match, String text) {
    }

    /** What a search found: the document's title, and every match in document order. */
    public record Result(String title, List<Found> found) {
    }

    /** How much of the pieces around a piece of a long paragraph is searched with it. */
    static final int CONTEXT_BYTES = 4 * 1024;

    private final Path path;
    private final FileOpener opener;
    private final Tuning tuning;
    private java.util.function.BooleanSupplier cancelled = () -> false;
    private java.util.function.IntConsumer perMille = done -> { };

    /**
     * One scanning thread a core, as the reader's search has: two a core (for one to scan while
     * the other waits for a page) cost the find of a word in a GiB in the page cache a fifth more
     * CPU (0.75 s against 0.62, JDK 25, ten fresh JVMs each), in threads still interpreted or
     * profiled beside the compiler, and were slower.
     */
    public MappedSearch(Path path) {
        this(path, FileOpener.PLAIN, new Tuning(0, Runtime.getRuntime().availableProcessors(),
                RangeLines.MAP_WINDOW, LargeFile.PIECES));
    }

    /**
     * @param rangeSize  bytes per scanned range (0: chosen from the size and the threads)
     * @param window     bytes mapped and scanned at a time within a range
     */
    MappedSearch(Path path, long rangeSize, int threads, long window) {
        this(path, rangeSize, threads, window, LargeFile.PIECES);
    }

    /** @param pieces how a paragraph too long to show whole is cut (as the reader cuts it) */
    MappedSearch(Path path, long rangeSize, int threads, long window, Pieces pieces) {
        this(path, FileOpener.PLAIN, new Tuning(rangeSize, threads, window, pieces));
    }

    /** @param opener how the file is opened (a served file: only while inside the served roots) */
    MappedSearch(Path path, FileOpener opener, Tuning tuning) {
        this.path = path;
        this.opener = opener;
        this.tuning = tuning;
    }

    /** Whether this file is one to search this way: large, and plain text (not Markdown, HTML, gzip or EPUB). */
    public static boolean suits(DocumentSource source) {
        return source instanceof FileSource && !source.isMarkdown() && !source.isHtml() && !source.isGzip()
                && !source.isEpub() && source.size() >= THRESHOLD;
    }

    /**
     * @param literal the pattern's longest run without spaces when it is a literal of printable
     *                ASCII, else null (then every paragraph is searched, still one at a time)
     * @return the result, or empty when the file is not plain UTF-8 text this can read (UTF-16,
     *         binary): read it whole instead
     */
    public Optional<Result> search(Pattern pattern, String literal, boolean caseSensitive) throws IOException {
        return search(pattern, literal, caseSensitive, () -> false, perMille -> { });
    }

    /**
     * As {@link #search(Pattern, String, boolean)}, telling {@code perMille} how far it has come
     * (range by range) and stopping with a {@link java.util.concurrent.CancellationException} when
     * {@code cancelled} says so (asked every 64 KiB of each range, and between ranges).
     */
    public Optional<Result> search(Pattern pattern, String literal, boolean caseSensitive,
                                   java.util.function.BooleanSupplier cancelled,
                                   java.util.function.IntConsumer perMille) throws IOException {
        List<Found> found = new ArrayList<>();
        Optional<String> title = search(pattern, literal, caseSensitive, cancelled, perMille, found::add);
        return title.map(t -> new Result(t, found));
    }

    /**
     * As {@link #search(Pattern, String, boolean, java.util.function.BooleanSupplier,
     * java.util.function.IntConsumer)}, handing each match to {@code each} as it is found, in
     * document order (on the calling thread), rather than keeping them: a common word in a GiB
     * would otherwise keep most of its paragraphs' texts at once.
     *
     * @return the document's title, or empty when the file is not plain UTF-8 text this can read
     */
    public Optional<String> search(Pattern pattern, String literal, boolean caseSensitive,
                                   java.util.function.BooleanSupplier cancelled,
                                   java.util.function.IntConsumer perMille,
                                   java.util.function.Consumer<Found> each) throws IOException {
        Optional<TextFile> opened = TextFile.open(path, opener);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (TextFile file = opened.get()) {
            return Optional.of(search(file, null, pattern, literal, caseSensitive, cancelled, perMille, each));
        }
    }

    /**
     * What is known of how a file's paragraphs go, for the search to number its matches without
     * counting every paragraph: the paragraph mode, when certain, and an index as far as it has
     * come (complete, partial or empty).
     */
    record Known(boolean blankSeparated, ParagraphIndex index, boolean clean) {
    }

    /**
     * After a whole search of the file by {@link SkipScan}: whether it holds only printable ASCII,
     * spaces, tabs and line breaks (then later searches need not look for other bytes); null when
     * not known.
     */
    private volatile Boolean clean;

    Boolean clean() {
        return clean;
    }

    /**
     * As above, in a file already open and sniffed ({@code file}, left open): a {@link LargeFile}
     * searches the file it reads, which may have no name any more (a spooled gzip), numbering
     * matches from its index once that is complete ({@code numbered}; null, or one for another
     * size: counted by the scan).
     *
     * @return the document's title
     */
    String search(TextFile file, Known known, Pattern pattern, String literal, boolean caseSensitive,
                  java.util.function.BooleanSupplier cancelled,
                  java.util.function.IntConsumer perMille,
                  java.util.function.Consumer<Found> each) throws IOException {
        this.cancelled = cancelled;
        this.perMille = perMille;
        FileChannel channel = file.channel();
        long size = channel.size(); // now, as a file that grew since it was opened is searched to its end
        long begin = file.begin();
        byte[] token = literal == null ? null
                : (caseSensitive ? literal : literal.toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
        if (token != null && known != null && known.index().size() == size) {
            return skipping(channel, begin, size, known, token, !caseSensitive, pattern, each);
        }
        List<LineScan> scans = scanRanges(channel, begin, size, token, !caseSensitive);
        return collect(channel, begin, size, scans, new Stitch(RangeShape.hasBlankSeparator(scans)), 0, pattern, each);
    }

    /**
     * The search where an index numbers paragraphs, as grep makes it: up to the index's last
     * paragraph only the lines that may hold a match are found ({@link SkipScan}) and numbered by
     * the index; from there on the counting scan numbers its own way ({@link LineScan}), from the
     * index's count. Once the file is indexed, nothing is counted.
     */
    private String skipping(FileChannel channel, long begin, long size, Known known, byte[] token, boolean fold,
                            Pattern pattern, java.util.function.Consumer<Found> each) throws IOException {
        ParagraphIndex index = known.index();
        // Skipping part of the file and counting the rest brings two scanning loops to compile, in
        // a reader that keeps C2 for later: in the user's flow (a search at once, the index a
        // little way in) it was no faster, so only an index most of the way through is used.
        long last = index.lastRawStart();
        long from = index.complete() ? size : last - begin >= (size - begin) * SKIP_SHARE ? last : begin;
        Paragraphs walk = new Paragraphs(channel, begin, size, known.blankSeparated(), tuning.pieces());
        Paragraphs.Body body = walk.body();
        boolean[] special = {false};
        List<long[]> paragraphs = from > begin ? skipScan(channel, begin, from, size, known, token, fold, walk, special)
                : List.of();
        String title = body.title().orElse(Sanitizer.line(path.getFileName().toString()));
        long shift = body.title().isPresent() ? 1 : 0;
        String source = body.source().orElse(null);
        // Only a complete index holds the source line; a partial one stops before its last paragraph.
        long lastBody = index.rawCount() - (source != null ? 1 : 0);
        for (long[] bounds : paragraphs) {
            long number = index.rawHolding(bounds[0]);
            if (index.complete() && number > lastBody) {
                break; // the source line: searched below, as the reader shows it
            }
            progress(bounds[0], size);
            searchParagraph(channel, begin, size, bounds, (int) (number - shift), pattern, each);
        }
        if (from >= size) {
            clean = known.clean() || !special[0];
            searchSource(source, pattern, each);
            return title;
        }
        // The paragraph the index ended in, and on: counted from the index's count before it.
        List<LineScan> scans = scanRanges(channel, from, size, token, fold);
        for (LineScan scan : scans) {
            special[0] |= scan.sawSpecial;
        }
        clean = !special[0];
        long before = from > begin ? index.rawHolding(from) - 1 : 0;
        return collect(channel, begin, size, scans, new Stitch(known.blankSeparated()), before, pattern, each);
    }

    /**
     * Finds the lines in [begin, to) that may hold a match, in ranges in parallel, and walks each
     * to its paragraph: {start, where its last line's terminator starts}, in order, once each.
     * {@code special[0]} is set when a byte other than printable ASCII was seen.
     */
    private List<long[]> skipScan(FileChannel channel, long begin, long to, long size, Known known, byte[] token,
                                  boolean fold, Paragraphs walk, boolean[] special) throws IOException {
        pilcrow.core.find.WordBytes word = new pilcrow.core.find.WordBytes(token, fold);
        Lines lines = new Lines(channel, begin, size);
        long nominal = tuning.rangeSize() > 0 ? tuning.rangeSize() : rangeSize(to - begin, tuning.threads());
        List<RangeScan.Part<SkipScan>> parts = new ArrayList<>();
        for (RangeScan.Range range : RangeScan.split(channel, begin, to, nominal)) {
            // Each part its own Lines: a line's start may be looked for before its window.
            parts.add(() -> new SkipScan(range.from(), range.to(), word, !known.clean(), tuning.window(),
                    new Lines(channel, begin, size)).scan(channel, cancelled));
        }
        List<long[]> paragraphs = new ArrayList<>();
        boolean whole = new RangeScan("pilcrow-scan", "search", tuning.threads()).run(parts, parts.size(), cancelled,
                (i, scan) -> {
                    special[0] |= scan.sawSpecial;
                    for (long line : scan.lineStarts()) {
                        long[] previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
                        if ((previous != null && line <= previous[1]) || blankLine(channel, lines, line, size)) {
                            continue;
                        }
                        paragraphs.add(walk.bounds(line));
                    }
                    progress(paragraphs.isEmpty() ? scan.end : Math.min(scan.end, paragraphs.get(0)[0]), size);
                });
        if (!whole) {
            throw new java.util.concurrent.CancellationException("search cancelled");
        }
        return paragraphs;
    }

    private List<LineScan> scanRanges(FileChannel channel, long begin, long size, byte[] token, boolean fold)
            throws IOException {
        long nominal = tuning.rangeSize() > 0 ? tuning.rangeSize() : rangeSize(size - begin, tuning.threads());
        List<LineScan> scans = new ArrayList<>();
        for (RangeScan.Range range : RangeScan.split(channel, begin, size, nominal)) {
            scans.add(new LineScan(range.from(), range.to(), token, fold, tuning.window()));
        }
        List<RangeScan.Part<LineScan>> parts = new ArrayList<>();
        scans.forEach(scan -> parts.add(() -> scan.scan(channel, cancelled)));
        long[] firstCandidate = {Long.MAX_VALUE};
        boolean whole = new RangeScan("pilcrow-scan", "search", tuning.threads()).run(parts, parts.size(), cancelled, (i, scan) -> {
            if (firstCandidate[0] == Long.MAX_VALUE && !scan.candidates.isEmpty()) {
                firstCandidate[0] = scan.candidates.get(0).lineStart();
            }
            progress(Math.min(scan.end, firstCandidate[0]), size);
        });
        if (!whole) {
            throw new java.util.concurrent.CancellationException("search cancelled");
        }
        return scans;
    }

    /**
     * The bytes of a range when {@code bytes} are scanned by {@code threads}: four ranges a
     * thread, but at most {@link #MAX_RANGE} (a range's offsets are ints: past 2 GiB the scan
     * refused it).
     */
    static long rangeSize(long bytes, int threads) {
        return Math.max(MIN_RANGE, Math.min(MAX_RANGE, bytes / (threads * 4L) + 1));
    }

    /**
     * Tells how far the search has come: everything before {@code offset} is scanned and searched
     * (the candidates' paragraphs are searched after the scan, so until then, up to the first).
     */
    private void progress(long offset, long size) {
        perMille.accept((int) Math.min(999, Math.max(0, offset) * 1000 / Math.max(1, size)));
    }

    /** The offset just after the first line break at or after {@code at} (a CRLF counts whole). */
    static long afterLineBreak(FileChannel channel, long at, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = at;
        while (position < size) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                byte b = buffer.get(i);
                if (b == '\n') {
                    return position + i + 1;
                }
                if (b == '\r') {
                    long next = position + i + 1;
                    return next < size && read(channel, next, 1)[0] == '\n' ? next + 1 : next;
                }
            }
            position += read;
        }
        return size;
    }

    /**
     * Numbers the candidates by stitching the ranges' counts together ({@code stitch}), after
     * {@code before} paragraphs (the index's, when the scan starts inside the file), and searches
     * their paragraphs exactly.
     */
    private String collect(FileChannel channel, long begin, long size, List<LineScan> scans, Stitch stitch, long before,
                           Pattern pattern, java.util.function.Consumer<Found> each) throws IOException {
        Map<Long, Long> numberByLine = new LinkedHashMap<>();
        for (LineScan scan : scans) {
            Stitch.Placed placed = stitch.add(scan);
            for (LineScan.Candidate candidate : scan.candidates) {
                numberByLine.put(candidate.lineStart(), before + placed.number(candidate.startsSoFar(stitch.blankSeparated())));
            }
        }
        return searchParagraphs(channel, begin, size, stitch.blankSeparated(), before + stitch.paragraphs(), numberByLine,
                pattern, each);
    }

    /** Searches the candidate paragraphs, handing each match to {@code found}; the title. */
    private String searchParagraphs(FileChannel channel, long begin, long size, boolean blankSeparated,
                                    long paragraphs, Map<Long, Long> numberByLine, Pattern pattern,
                                    java.util.function.Consumer<Found> found) throws IOException {
        Paragraphs walk = new Paragraphs(channel, begin, size, blankSeparated, tuning.pieces());
        Paragraphs.Body body = walk.body();
        String title = body.title().orElse(Sanitizer.line(path.getFileName().toString()));
        long shift = body.title().isPresent() ? 1 : 0;
        long lastBody = paragraphs - (body.source().isPresent() ? 1 : 0);
        String source = body.source().orElse(null);
        long done = -1;
        for (Map.Entry<Long, Long> candidate : numberByLine.entrySet()) {
            long number = candidate.getValue();
            if (number == done || number > lastBody) {
                continue;
            }
            done = number;
            progress(candidate.getKey(), size);
            searchParagraph(channel, begin, size, walk.bounds(candidate.getKey()), (int) (number - shift), pattern, found);
        }
        searchSource(source, pattern, found);
        return title;
    }

    /** Searches the paragraph within {@code bounds}, numbered {@code shown} (0: the title), handing each match to {@code found}. */
    private void searchParagraph(FileChannel channel, long begin, long size, long[] bounds, int shown, Pattern pattern,
                                 java.util.function.Consumer<Found> found) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("search cancelled");
        }
        if (shown != 0 && tuning.pieces().huge(bounds[0], bounds[1])) { // the title is shown whole
            new PieceSearch(channel, begin, size, bounds).search(shown, pattern, found);
            return;
        }
        String text = paragraphText(read(channel, bounds[0], (int) Math.min(Integer.MAX_VALUE - 16, bounds[1] - bounds[0])));
        List<Match> matches = new ArrayList<>();
        Finder.findIn(text, shown == 0 ? Match.TITLE : shown, pattern, Guard.of(cancelled), matches);
        for (Match match : matches) {
            // Where its paragraph starts: the reader can show it before the index numbers it.
            found.accept(new Found(shown == 0 ? match : match.at(bounds[0]), text));
        }
    }

    /** Searches the source line (null: none) as the reader shows it: after the last paragraph, without its dash. */
    private void searchSource(String source, Pattern pattern, java.util.function.Consumer<Found> found) {
        if (source == null) {
            return;
        }
        List<Match> matches = new ArrayList<>();
        Finder.findIn(source, Match.SOURCE, pattern, Guard.of(cancelled), matches);
        for (Match match : matches) {
            found.accept(new Found(match, source));
        }
    }

    /**
     * Whether the line at {@code lineStart} is blank once decoded: only a line of nothing but
     * spaces, tabs and non-ASCII bytes may be (an ideographic space is white space to the
     * paragraph splitter); any other byte makes it text without decoding it.
     */
    private static boolean blankLine(FileChannel channel, Lines lines, long lineStart, long size) throws IOException {
        long p = lineStart;
        while (p < size) {
            byte b = lines.byteAt(p);
            if (b == '\n' || b == '\r') {
                break;
            }
            if (b >= 0) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            p++;
        }
        return RangeLines.blankOnceDecoded(channel, lineStart, p);
    }

    /**
     * Searches a paragraph too long to decode whole, piece by piece as the reader shows it (see
     * {@link Pieces}), pieces in parallel; each piece is searched with the text before and after
     * it, so a match or a look-around that reaches less than {@link #CONTEXT_BYTES} beyond its
     * piece is found as in the whole text (a longer one is not). Matches count from their
     * piece's start and name the piece.
     */
    private final class PieceSearch {
        private final FileChannel channel;
        private final long begin;
        private final long size;
        private final long first;
        private final long end;

        /** @param bounds the paragraph's start and where its last line's terminator starts */
        PieceSearch(FileChannel channel, long begin, long size, long[] bounds) {
            this.channel = channel;
            this.begin = begin;
            this.size = size;
            this.first = bounds[0];
            this.end = bounds[1];
        }

        void search(int number, Pattern pattern, java.util.function.Consumer<Found> found) throws IOException {
            List<Long> starts = new ArrayList<>();
            starts.add(first);
            starts.addAll(tuning.pieces().cutsOf(channel, first, end));
            starts.add(end);
            List<RangeScan.Part<List<Found>>> parts = new ArrayList<>();
            for (int k = 0; k < starts.size() - 1; k++) {
                int piece = k;
                parts.add(() -> searchPiece(starts, piece, number, pattern));
            }
            // Pieces decoded at a time: a few MiB, whatever the paragraph's size.
            boolean whole = new RangeScan("pilcrow-pieces", "search", tuning.threads()).run(parts, 4 * tuning.threads(), cancelled,
                    (i, matches) -> {
                        matches.forEach(found);
                        progress(starts.get(i + 1), size);
                    });
            if (!whole) {
                throw new java.util.concurrent.CancellationException("search cancelled");
            }
        }

        private List<Found> searchPiece(List<Long> starts, int k, int number, Pattern pattern) throws IOException {
            Lines lines = new Lines(channel, begin, size);
            long start = starts.get(k);
            long stop = starts.get(k + 1);
            String text = Pieces.text(channel, lines, start, stop, first, end);
            // The text around, across as many pieces as it takes: a range's text is the same whole or in pieces.
            String before = k == 0 ? "" : Pieces.text(channel, lines,
                    characterStart(lines, Math.max(first, start - CONTEXT_BYTES), first), start, first, end);
            String after = stop >= end ? "" : Pieces.text(channel, lines, stop,
                    characterStart(lines, Math.min(end, stop + CONTEXT_BYTES), stop), first, end);
            String all = before + text + after;
            java.util.regex.Matcher matcher = Guard.of(cancelled).matcher(pattern, all);
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
            List<Found> found = new ArrayList<>();
            String snippetText = text + after; // one string for every match in the piece
            int from = before.length();
            int limit = before.length() + text.length();
            while (from < limit) {
                matcher.region(from, all.length());
                if (!matcher.find() || matcher.start() >= limit) {
                    break;
                }
                if (matcher.end() > matcher.start()) {
                    Match match = new Match(number, matcher.start() - before.length(), matcher.end() - before.length(),
                            start, first);
                    found.add(new Found(match, snippetText));
                }
                from = matcher.start() + Character.charCount(all.codePointAt(matcher.start()));
            }
            return found;
        }

        /** {@code at}, or the start of the character it is inside, but not before {@code floor}. */
        private long characterStart(Lines lines, long at, long floor) throws IOException {
            long p = at;
            while (p > floor && p - at > -3 && (lines.byteAt(p) & 0xC0) == 0x80) {
                p--;
            }
            return p;
        }
    }

    static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.array();
    }

    /** Decodes a paragraph's bytes the way {@link DocumentReader} decodes a whole document. */
    static String paragraphText(byte[] bytes) {
        return PlainTextParser.joinLines(normalizedText(bytes));
    }

    /** The bytes decoded, normalized and sanitized, lines not yet joined. */
    static String normalizedText(byte[] bytes) {
        return Sanitizer.text(TextNormalizer.normalize(Decoder.decodeUtf8(bytes, 0)));
    }
}
