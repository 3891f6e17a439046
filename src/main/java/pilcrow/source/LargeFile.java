package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.concurrent.CancellationException;
import pilcrow.core.find.Match;
import pilcrow.core.large.LargeText;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.text.Sanitizer;

/**
 * A large plain-text file read lazily: paragraphs are found by reading around a place (no index
 * needed to move from one to the next) and decoded when asked for, through a small cache; the
 * {@link ParagraphIndex} that numbers them is built by {@link #index} in the background, in
 * parallel ranges like {@link MappedSearch}'s scan. Title, source line and numbering are those of
 * {@link DocumentReader} + {@link PlainTextParser} for the same bytes.
 *
 * <p>Whether paragraphs are blank-line separated is decided as the parser does (a blank line with
 * text before and after it), first from the first MiB: when that holds one, it is certain. When it
 * does not, the text is read as one paragraph a line until the index has seen the whole file, and
 * if a separator turns up later, {@link #index} answers with the file read the other way.
 *
 * <p>Reads go through {@link FileChannel#read(ByteBuffer, long)}: a file cut shorter meanwhile
 * gives short reads, never a fault. Paragraph reads are synchronized; the index and the search
 * use their own buffers.
 */
public final class LargeFile implements LargeText {

    static final long HEAD = 1L << 20;
    static final int CACHE = 128;
    static final long MIN_RANGE = 4L << 20;

    /** What {@link #index} ends with: the index, and the text it numbers (another when the mode flipped). */
    public record Indexed(LargeFile text, ParagraphIndex index) {
    }

    private final Path path;
    private final String name;
    private final String fileName;
    private final FileChannel channel;
    private final long size;
    private final long begin;
    private final boolean blankSeparated;
    private final boolean modeCertain;
    private final int estimate;
    private final long rangeSize;
    private final int threads;
    private final int bufferSize;

    private final String title;
    private final boolean titleInText;
    private final Optional<String> source;
    private final long bodyFirst;
    private final long bodyLast;

    /** Line by line around a place; only under this object's lock (paragraph reads are synchronized). */
    private final Lines lines;
    private final Map<Long, String> texts = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHE;
        }
    };

    private LargeFile(Path path, String name, String fileName, FileChannel channel, long size, long begin,
                      boolean blankSeparated, boolean modeCertain, int estimate, long rangeSize, int threads,
                      int bufferSize) throws IOException {
        this.path = path;
        this.name = name;
        this.fileName = fileName;
        this.channel = channel;
        this.size = size;
        this.begin = begin;
        this.lines = new Lines(channel, begin, size);
        this.blankSeparated = blankSeparated;
        this.modeCertain = modeCertain;
        this.estimate = estimate;
        this.rangeSize = rangeSize;
        this.threads = Math.max(1, threads);
        this.bufferSize = bufferSize;
        long first = rawFirst();
        boolean several = first >= 0 && rawNext(first) >= 0;
        String firstText = first >= 0 ? rawText(first) : "";
        boolean titled = several && lines(first) == 1 && PlainTextParser.isTitleLike(firstText);
        this.title = titled ? firstText : Sanitizer.line(fileName);
        this.titleInText = titled;
        long body = titled ? rawNext(first) : first;
        long last = rawLast();
        Optional<String> found = Optional.empty();
        if (body >= 0 && rawNext(body) >= 0 && lines(last) == 1) {
            found = PlainTextParser.sourceOf(rawText(last));
        }
        this.source = found;
        this.bodyFirst = body;
        this.bodyLast = body < 0 ? -1 : found.isPresent() ? rawPrevious(last) : last;
    }

    /** Opens a file to read lazily, or empty when it is not plain UTF-8 text (UTF-16, binary). */
    public static Optional<LargeFile> open(FileSource source) throws IOException {
        // One indexing thread a core (not two, as the search has): the reader's own thread must
        // still get a core's share while the index is built, or keys wait.
        return open(source.path(), source.name(), source.innerFileName(), HEAD, 0,
                Runtime.getRuntime().availableProcessors(), IndexScan.BUFFER);
    }

    /**
     * @param headBytes how much of the start decides the paragraph mode
     * @param rangeSize bytes per indexed range (0: chosen from the size); small in tests
     */
    static Optional<LargeFile> open(Path path, String name, String fileName, long headBytes, long rangeSize, int threads,
                                    int bufferSize) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            long size = channel.size();
            byte[] head = MappedSearch.read(channel, 0, (int) Math.min(size, Decoder.BINARY_SNIFF_BYTES));
            if (Decoder.looksBinary(head) || Decoder.startsWith(head, 0xFF, 0xFE) || Decoder.startsWith(head, 0xFE, 0xFF)) {
                channel.close();
                return Optional.empty();
            }
            long begin = Decoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            long headEnd = begin + headBytes >= size ? size : MappedSearch.afterLineBreak(channel, begin + headBytes, size);
            IndexScan scan = new IndexScan(begin, headEnd, false, bufferSize).scan(channel, () -> false);
            boolean blank = scan.innerSeparator;
            long raw = scan.afterBlank().length + (scan.firstLineIsText ? 1 : 0);
            int estimate = headEnd <= begin ? 0 : (int) Math.min(Integer.MAX_VALUE, raw * (size - begin) / (headEnd - begin));
            return Optional.of(new LargeFile(path, name, fileName, channel, size, begin, blank,
                    blank || headEnd >= size, estimate, rangeSize, threads, bufferSize));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The same file read the other way (blank-line separated), the mode now certain. */
    private LargeFile separated() throws IOException {
        return new LargeFile(path, name, fileName, channel, size, begin, true, true, estimate, rangeSize, threads,
                bufferSize);
    }

    public Path path() {
        return path;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public boolean titleInText() {
        return titleInText;
    }

    @Override
    public Optional<String> source() {
        return source;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public boolean blankSeparated() {
        return blankSeparated;
    }

    @Override
    public int estimatedParagraphs() {
        return estimate;
    }

    @Override
    public List<Match> find(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                            IntConsumer perMille) throws IOException {
        try {
            Optional<MappedSearch.Result> result = new MappedSearch(path, rangeSize, threads,
                    bufferSize >= IndexScan.BUFFER ? LineScan.MAP_WINDOW : bufferSize)
                    .search(pattern, literal, caseSensitive, cancelled, perMille);
            List<Match> matches = new ArrayList<>();
            result.ifPresent(r -> r.found().forEach(found -> matches.add(found.match())));
            return matches;
        } catch (CancellationException e) {
            return null;
        } catch (InternalError e) {
            throw new IOException("the file changed while it was searched", e);
        }
    }

    /** How much of each end of the file the fingerprint reads. */
    static final int FINGERPRINT_BYTES = 1 << 20;

    private String fingerprint;

    /**
     * SHA-256 of the size and the first and last MiB, the first 8 bytes in hex (as long as a small
     * document's). Hashing the whole GiB would take seconds; this takes milliseconds, and a file
     * that is appended to, cut or replaced gets a new one. An edit in the middle that keeps the
     * size does not: the paragraph's quote still tells.
     */
    @Override
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            try {
                fingerprint = fingerprintOf(channel, size);
            } catch (IOException e) {
                fingerprint = "";
            }
        }
        return fingerprint;
    }

    static String fingerprintOf(FileChannel channel, long size) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(("large " + size + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            int head = (int) Math.min(size, FINGERPRINT_BYTES);
            digest.update(MappedSearch.read(channel, 0, head));
            long tail = Math.max(head, size - FINGERPRINT_BYTES);
            digest.update(MappedSearch.read(channel, tail, (int) (size - tail)));
            return java.util.HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** An index with nothing in it yet, numbering as this text does. */
    public ParagraphIndex emptyIndex() {
        return ParagraphIndex.empty(size, titleInText ? 1 : 0);
    }

    @Override
    public long first() {
        return bodyFirst;
    }

    @Override
    public long last() {
        return bodyLast;
    }

    @Override
    public synchronized long next(long paragraph) {
        if (paragraph < 0 || paragraph >= bodyLast) {
            return -1;
        }
        try {
            return rawNext(paragraph);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public synchronized long previous(long paragraph) {
        if (paragraph <= bodyFirst) {
            return -1;
        }
        try {
            return rawPrevious(paragraph);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public synchronized long paragraphAt(long offset) {
        if (bodyFirst < 0) {
            return -1;
        }
        if (offset <= bodyFirst) {
            return bodyFirst;
        }
        if (offset >= bodyLast) {
            return bodyLast;
        }
        try {
            long line = lines.startOf(offset);
            while (line < size && lines.isBlank(line)) {
                line = lines.next(line);
            }
            long found = line >= size ? bodyLast : firstLineOf(line);
            return Math.max(bodyFirst, Math.min(bodyLast, found));
        } catch (IOException e) {
            return bodyFirst;
        }
    }

    @Override
    public synchronized String text(long paragraph) {
        String cached = texts.get(paragraph);
        if (cached != null) {
            return cached;
        }
        String text;
        try {
            text = rawText(paragraph);
        } catch (IOException e) {
            text = "(cannot read this paragraph: " + DocumentReader.reasonFor(e) + ")";
        }
        texts.put(paragraph, text);
        return text;
    }

    // ---- the index ----

    /**
     * Builds the index, handing {@code progress} a snapshot as each range (in order) is done; ends
     * with the whole index (or the last snapshot, when cancelled).
     */
    public Indexed index(Consumer<ParagraphIndex> progress, BooleanSupplier cancelled) throws IOException {
        boolean recordLines = !blankSeparated;
        long nominal = rangeSize > 0 ? rangeSize
                : Math.max(MIN_RANGE, Math.min(64L << 20, (size - begin) / (threads * 8L) + 1));
        List<IndexScan> scans = new ArrayList<>();
        for (long from = begin; from < size; ) {
            long to = from + nominal >= size ? size : MappedSearch.afterLineBreak(channel, from + nominal, size);
            scans.add(new IndexScan(from, to, recordLines, bufferSize));
            from = to;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, scans.size())), r -> {
            Thread thread = new Thread(r, "pilcrow-index");
            thread.setDaemon(true);
            return thread;
        });
        Stitch stitch = new Stitch(blankSeparated);
        ParagraphIndex snapshot = emptyIndex();
        try {
            List<Future<IndexScan>> running = new ArrayList<>();
            for (IndexScan scan : scans) {
                running.add(pool.submit(() -> scan.scan(channel, cancelled)));
            }
            long lastPost = 0;
            for (int i = 0; i < running.size(); i++) {
                running.get(i).get();
                if (cancelled.getAsBoolean()) {
                    return new Indexed(this, snapshot);
                }
                stitch.add(scans.get(i));
                boolean done = i == running.size() - 1;
                if (!done && System.nanoTime() - lastPost > 100_000_000L) {
                    snapshot = stitch.index(size, false, titleInText ? 1 : 0, false);
                    progress.accept(snapshot);
                    lastPost = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (!modeCertain && RangeShape.hasBlankSeparator(scans)) {
            LargeFile flipped = separated();
            Stitch again = new Stitch(true);
            scans.forEach(again::add);
            return new Indexed(flipped, again.index(size, true, flipped.titleInText ? 1 : 0, flipped.source.isPresent()));
        }
        return new Indexed(this, stitch.index(size, true, titleInText ? 1 : 0, source.isPresent()));
    }


    /** Ranges' paragraph starts put together in order, deciding whether each range's first line starts one. */
    private static final class Stitch {
        private final boolean blankSeparated;
        private final List<Long> rangeStarts = new ArrayList<>();
        private final List<int[]> starts = new ArrayList<>();
        private boolean previousLastBlank = true;
        private long indexed;

        Stitch(boolean blankSeparated) {
            this.blankSeparated = blankSeparated;
        }

        void add(IndexScan scan) {
            boolean firstStarts = scan.firstLineIsText && (!blankSeparated || previousLastBlank);
            int[] rest = blankSeparated ? scan.afterBlank() : scan.textLines();
            int[] all = rest;
            if (firstStarts) {
                all = new int[rest.length + 1];
                System.arraycopy(rest, 0, all, 1, rest.length);
            }
            rangeStarts.add(scan.start);
            starts.add(all);
            if (scan.firstLineSeen) {
                previousLastBlank = scan.lastLineBlank;
            }
            indexed = scan.end;
        }

        ParagraphIndex index(long size, boolean complete, int shift, boolean dropLast) {
            long[] at = new long[rangeStarts.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = rangeStarts.get(i);
            }
            return new ParagraphIndex(at, starts.toArray(new int[0][]), complete ? size : indexed, size, complete,
                    shift, dropLast);
        }
    }

    // ---- reading around a place (callers hold the lock) ----

    private String rawText(long paragraph) throws IOException {
        long end = lines.end(lastLineOf(paragraph));
        long length = end - paragraph;
        boolean cut = length > MAX_PARAGRAPH_BYTES;
        int take = (int) Math.min(length, MAX_PARAGRAPH_BYTES);
        byte[] bytes = MappedSearch.read(channel, paragraph, take);
        if (cut) {
            bytes = java.util.Arrays.copyOf(bytes, wholeCharacters(bytes));
        }
        String text = MappedSearch.paragraphText(bytes);
        return cut ? text + " [\u2026 cut here: the paragraph goes on for " + (length - bytes.length) + " bytes]" : text;
    }

    /** How many of the bytes end on a whole UTF-8 character (a character cut at the end is left out). */
    static int wholeCharacters(byte[] bytes) {
        int i = bytes.length - 1;
        while (i > 0 && (bytes[i] & 0xC0) == 0x80 && bytes.length - i < 4) {
            i--;
        }
        if (i < 0) {
            return 0;
        }
        int lead = bytes[i] & 0xFF;
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return i + length > bytes.length ? i : bytes.length;
    }

    private long rawFirst() throws IOException {
        long line = begin;
        while (line < size && lines.isBlank(line)) {
            line = lines.next(line);
        }
        return line < size ? line : -1;
    }

    private long rawLast() throws IOException {
        long line = lines.last();
        while (line >= 0 && lines.isBlank(line)) {
            line = lines.previous(line);
        }
        return line < 0 ? -1 : firstLineOf(line);
    }

    private long rawNext(long paragraph) throws IOException {
        long line = lines.next(lastLineOf(paragraph));
        while (line < size && lines.isBlank(line)) {
            line = lines.next(line);
        }
        return line < size ? line : -1;
    }

    private long rawPrevious(long paragraph) throws IOException {
        long line = lines.previous(paragraph);
        while (line >= 0 && lines.isBlank(line)) {
            line = lines.previous(line);
        }
        return line < 0 ? -1 : firstLineOf(line);
    }

    /** The paragraph's last line: itself one a line, else the last before a blank line. */
    private long lastLineOf(long paragraph) throws IOException {
        long line = paragraph;
        if (blankSeparated) {
            for (long next = lines.next(line); next < size && !lines.isBlank(next); next = lines.next(next)) {
                line = next;
            }
        }
        return line;
    }

    private long firstLineOf(long line) throws IOException {
        long first = line;
        if (blankSeparated) {
            for (long previous = lines.previous(first); previous >= 0 && !lines.isBlank(previous);
                 previous = lines.previous(previous)) {
                first = previous;
            }
        }
        return first;
    }

    /** Lines the paragraph was written on: 1, or 2 for more. */
    private int lines(long paragraph) throws IOException {
        if (!blankSeparated) {
            return 1;
        }
        long next = lines.next(paragraph);
        return next < size && !lines.isBlank(next) ? 2 : 1;
    }

    @Override
    public String toString() {
        return "LargeFile[" + name + ", " + size + " bytes]";
    }
}
