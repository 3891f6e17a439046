package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.doc.TextNormalizer;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Match;
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

    /** A match and the text of the paragraph (or title) it is in, for the snippet. */
    public record Found(Match match, String text) {
    }

    /** What a search found: the document's title, and every match in document order. */
    public record Result(String title, List<Found> found) {
    }

    private final Path path;
    private final long rangeSize;
    private final int threads;
    private final long window;
    private java.util.function.BooleanSupplier cancelled = () -> false;
    private java.util.function.IntConsumer perMille = done -> { };

    /** Two scanning threads a core: while one waits for a page of the mapping, the other scans. */
    public MappedSearch(Path path) {
        this(path, 0, 2 * Runtime.getRuntime().availableProcessors(), LineScan.MAP_WINDOW);
    }

    /**
     * @param rangeSize  bytes per scanned range (0: chosen from the size and the threads)
     * @param window     bytes mapped and scanned at a time within a range
     */
    MappedSearch(Path path, long rangeSize, int threads, long window) {
        this.path = path;
        this.rangeSize = rangeSize;
        this.threads = Math.max(1, threads);
        this.window = window;
    }

    /** Whether this file is one to search this way: large, and plain text (not Markdown or gzip). */
    public static boolean suits(DocumentSource source) {
        return source instanceof FileSource && !source.isMarkdown() && !source.isGzip()
                && source.size() >= THRESHOLD;
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
     * {@code cancelled} says so (asked before each range and between ranges).
     */
    public Optional<Result> search(Pattern pattern, String literal, boolean caseSensitive,
                                   java.util.function.BooleanSupplier cancelled,
                                   java.util.function.IntConsumer perMille) throws IOException {
        this.cancelled = cancelled;
        this.perMille = perMille;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            byte[] head = read(channel, 0, (int) Math.min(size, Decoder.BINARY_SNIFF_BYTES));
            if (Decoder.looksBinary(head) || Decoder.startsWith(head, 0xFF, 0xFE) || Decoder.startsWith(head, 0xFE, 0xFF)) {
                return Optional.empty();
            }
            long begin = Decoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            byte[] token = literal == null ? null
                    : (caseSensitive ? literal : literal.toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
            List<LineScan> scans = scanRanges(channel, begin, size, token, !caseSensitive);
            return Optional.of(collect(channel, begin, size, scans, pattern));
        }
    }

    private List<LineScan> scanRanges(FileChannel channel, long begin, long size, byte[] token, boolean fold)
            throws IOException {
        long nominal = rangeSize > 0 ? rangeSize : Math.max(MIN_RANGE, (size - begin) / (threads * 4L) + 1);
        List<LineScan> scans = new ArrayList<>();
        long from = begin;
        while (from < size) {
            long to = from + nominal >= size ? size : afterLineBreak(channel, from + nominal, size);
            scans.add(new LineScan(from, to, token, fold, window));
            from = to;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, scans.size())), r -> {
            Thread thread = new Thread(r, "pilcrow-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<LineScan>> running = new ArrayList<>();
            for (LineScan scan : scans) {
                running.add(pool.submit(() -> cancelled.getAsBoolean() ? scan : scan.scan(channel)));
            }
            for (int i = 0; i < running.size(); i++) {
                running.get(i).get();
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("search cancelled");
                }
                perMille.accept((int) ((i + 1) * 950L / running.size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("search interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return scans;
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

    /** Stitches the ranges' counts together and searches the candidate paragraphs exactly. */
    private Result collect(FileChannel channel, long begin, long size, List<LineScan> scans, Pattern pattern)
            throws IOException {
        boolean blankSeparated = RangeShape.hasBlankSeparator(scans);
        Map<Long, Long> numberByLine = new LinkedHashMap<>();
        long paragraphs = 0;
        boolean previousLastBlank = true;
        for (LineScan scan : scans) {
            long startsBefore = paragraphs;
            long nonBlankBefore = paragraphs;
            long firstStart = scan.firstLineIsText && previousLastBlank ? 1 : 0;
            for (LineScan.Candidate candidate : scan.candidates) {
                long number = blankSeparated
                        ? startsBefore + firstStart + candidate.startsSoFar()
                        : nonBlankBefore + candidate.nonBlankBefore() + 1;
                numberByLine.put(candidate.lineStart(), number);
            }
            paragraphs += blankSeparated ? firstStart + scan.startsAfterFirstLine : scan.nonBlankLines;
            if (scan.firstLineSeen) {
                previousLastBlank = scan.lastLineBlank;
            }
        }
        return searchParagraphs(channel, begin, size, blankSeparated, paragraphs, numberByLine, pattern);
    }


    private Result searchParagraphs(FileChannel channel, long begin, long size, boolean blankSeparated,
                                    long paragraphs, Map<Long, Long> numberByLine, Pattern pattern)
            throws IOException {
        ParagraphReader reader = new ParagraphReader(channel, begin, size, blankSeparated);
        ParagraphReader.Paragraph first = reader.first();
        boolean hasTitle = paragraphs > 1 && first != null && first.lines() == 1
                && PlainTextParser.isTitleLike(first.text());
        String title = hasTitle ? first.text() : Sanitizer.line(path.getFileName().toString());
        long shift = hasTitle ? 1 : 0;
        long lastBody = paragraphs;
        if (paragraphs - shift > 1) {
            ParagraphReader.Paragraph last = reader.last();
            if (last != null && last.lines() == 1 && PlainTextParser.sourceOf(last.text()).isPresent()) {
                lastBody = paragraphs - 1;
            }
        }
        List<Found> found = new ArrayList<>();
        long done = -1;
        for (Map.Entry<Long, Long> candidate : numberByLine.entrySet()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("search cancelled");
            }
            long number = candidate.getValue();
            if (number == done || number > lastBody) {
                continue;
            }
            done = number;
            String text = reader.around(candidate.getKey()).text();
            int shown = (int) (number - shift);
            List<Match> matches = new ArrayList<>();
            Finder.findIn(text, shown == 0 ? Match.TITLE : shown, pattern, matches);
            for (Match match : matches) {
                found.add(new Found(match, text));
            }
        }
        return new Result(title, found);
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
