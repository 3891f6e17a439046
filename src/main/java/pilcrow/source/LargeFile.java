package pilcrow.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.concurrent.CancellationException;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;
import pilcrow.core.large.LargeText;
import pilcrow.core.large.ParagraphIndex;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.text.Sanitizer;

/**
 * A large plain-text file read lazily: paragraphs are found by reading around a place (no index
 * needed to move from one to the next) and decoded when asked for, through a small cache; the
 * {@link ParagraphIndex} that numbers them is built by {@link #index} ({@link LargeIndexer}) in
 * the background, in parallel ranges like {@link MappedSearch}'s scan. Paragraphs are found by
 * {@link Paragraphs}. Title, source line and numbering are those of
 * {@link DocumentReader} + {@link PlainTextParser} for the same bytes.
 *
 * <p>Whether paragraphs are blank-line separated is decided as the parser does (a blank line with
 * text before and after it), first from the first 64 KiB: when that holds one, it is certain. When it
 * does not, the text is read as one paragraph a line until the index has seen the whole file, and
 * if a separator turns up later, {@link #index} answers with the file read the other way.
 *
 * <p>Reads go through {@link FileChannel#read(ByteBuffer, long)}: a file cut shorter meanwhile
 * gives short reads, never a fault. Paragraph reads are synchronized; the index and the search
 * use their own buffers.
 */
public final class LargeFile implements LargeText, AutoCloseable {

    /**
     * How much of the start decides the paragraph mode and the first estimate of the count. It is
     * scanned before the first paint by code not yet compiled: 1 MiB took 30-100 ms of it, 64 KiB
     * (hundreds of paragraphs of prose) a few ms.
     */
    static final long HEAD = 64 * 1024;
    static final int CACHE = 128;
    /** Pieces of a paragraph too long to show whole. */
    static final Pieces PIECES = new Pieces(MAX_PARAGRAPH_BYTES, 2 * 1024);
    /**
     * One indexing thread a core (not two, as the search across files has): the reader's own
     * thread must still get a core's share while the index is built, or keys wait.
     */
    private static final Tuning TUNING = new Tuning(0, Runtime.getRuntime().availableProcessors(),
            RangeLines.MAP_WINDOW, PIECES);

    /** What {@link #index} ends with: the index, and the text it numbers (another when the mode flipped). */
    public record Indexed(LargeFile text, ParagraphIndex index) {
    }

    private final Path path;
    /** How the file is opened again (to search it in place): a served file only while inside the roots. */
    private final FileOpener opener;
    private final String name;
    private final String fileName;
    /** The file opened and sniffed; channel, size and begin are its own, kept at hand. */
    private final TextFile file;
    private final FileChannel channel;
    private final long size;
    private final long begin;
    private final boolean blankSeparated;
    private final boolean modeCertain;
    private final int estimate;
    /** How the index and the search cut their work (small in tests). */
    private final Tuning tuning;

    private final String title;
    private final boolean titleInText;
    private final Optional<String> source;
    private final long bodyFirst;
    private final long bodyLast;

    /** The walk around a place; only under this object's lock (paragraph reads are synchronized). */
    private final Paragraphs paragraphs;
    private final Map<Long, Block> blocks = Paragraphs.recent(CACHE);
    /** The complete index {@link #index} ended with for this text, or null: the search numbers its matches by it. */
    private volatile ParagraphIndex numbered;
    /** The index as far as {@link #index} has come (a snapshot, or complete): the search numbers by it where it reaches. */
    private volatile ParagraphIndex reached;
    /** The file holds only printable ASCII, spaces, tabs and line breaks (a search of it all found nothing else). */
    private volatile boolean clean;

    private LargeFile(Path path, FileOpener opener, String name, String fileName, TextFile file, boolean blankSeparated,
                      boolean modeCertain, int estimate, Tuning tuning) throws IOException {
        this.path = path;
        this.opener = opener;
        this.name = name;
        this.fileName = fileName;
        this.file = file;
        this.channel = file.channel();
        this.size = file.size();
        this.begin = file.begin();
        this.paragraphs = new Paragraphs(channel, begin, size, blankSeparated, tuning.pieces());
        this.blankSeparated = blankSeparated;
        this.modeCertain = modeCertain;
        this.estimate = estimate;
        this.tuning = tuning;
        Paragraphs.Body body = paragraphs.body();
        this.title = body.title().orElse(Sanitizer.line(fileName));
        this.titleInText = body.title().isPresent();
        this.source = body.source();
        this.bodyFirst = body.first();
        this.bodyLast = body.last();
    }

    /** Opens a file to read lazily, or empty when it is not plain UTF-8 text (UTF-16, binary). */
    public static Optional<LargeFile> open(FileSource source) throws IOException {
        return open(source.path(), source.opener(), source.name(), source.innerFileName(), HEAD, TUNING);
    }

    /**
     * A file already open, read lazily: a spooled copy whose name is gone ({@code formerName} only
     * names it). Empty, and {@code opened} closed, when it is not plain UTF-8 text.
     */
    static Optional<LargeFile> open(FileChannel opened, Path formerName, String name, String fileName) throws IOException {
        return open(formerName, file -> opened, name, fileName, HEAD, TUNING);
    }

    /**
     * @param headBytes how much of the start decides the paragraph mode
     * @param rangeSize bytes per indexed range (0: chosen from the size); small in tests
     */
    static Optional<LargeFile> open(Path path, String name, String fileName, long headBytes, long rangeSize, int threads,
                                    int window) throws IOException {
        return open(path, name, fileName, headBytes, rangeSize, threads, window, PIECES);
    }

    /** As above, with paragraphs longer than {@code pieces.cap} shown in those pieces; small in tests. */
    static Optional<LargeFile> open(Path path, String name, String fileName, long headBytes, long rangeSize, int threads,
                                    int window, Pieces pieces) throws IOException {
        return open(path, FileOpener.PLAIN, name, fileName, headBytes, new Tuning(rangeSize, threads, window, pieces));
    }

    private static Optional<LargeFile> open(Path path, FileOpener opener, String name, String fileName, long headBytes,
                                            Tuning tuning) throws IOException {
        Optional<TextFile> opened = TextFile.open(path, opener);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        TextFile file = opened.get();
        try {
            FileChannel channel = file.channel();
            long size = file.size();
            long begin = file.begin();
            // The head ends after a line break, unless the line goes on for more than another head
            // (a 100 MB line): then inside it, so opening never reads a long line to its end.
            long headEnd = begin + headBytes >= size ? size
                    : MappedSearch.afterLineBreak(channel, begin + headBytes, Math.min(size, begin + 2 * headBytes));
            IndexScan scan = new IndexScan(begin, headEnd, false, tuning.window()).scan(channel, () -> false);
            boolean blank = scan.innerSeparator;
            long raw = scan.afterBlank().length + (scan.firstLineIsText ? 1 : 0);
            int estimate = headEnd <= begin ? 0 : (int) Math.min(Integer.MAX_VALUE, raw * (size - begin) / (headEnd - begin));
            return Optional.of(new LargeFile(path, opener, name, fileName, file, blank,
                    blank || headEnd >= size, estimate, tuning));
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The same file read the other way (blank-line separated), the mode now certain. */
    private LargeFile separated() throws IOException {
        return new LargeFile(path, opener, name, fileName, file, true, true, estimate, tuning);
    }

    public Path path() {
        return path;
    }

    /**
     * Closes the file (and its disk space, for a spooled copy with no name): reads and searches
     * fail from now on, so only once nothing shows or searches it. The view read the other way
     * ({@link #index}'s answer when the mode flips) shares the file and is closed with it.
     */
    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public void release() {
        try {
            close();
        } catch (IOException e) {
            // Closing a file read for one use: nothing is lost when it fails.
        }
    }

    public boolean isOpen() {
        return channel.isOpen();
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
        List<Match> matches = new ArrayList<>();
        return findEach(pattern, literal, caseSensitive, cancelled, perMille, found -> matches.add(found.match()))
                ? matches : null;
    }

    @Override
    public boolean findEach(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                            IntConsumer perMille, Consumer<Found> each) throws IOException {
        try {
            // A match's place fits this text only when it reads paragraphs as the search did: one
            // read a line a paragraph until the index has seen it all may yet be read the other
            // way (then its matches wait for the index, as :N does).
            boolean settled = modeCertain || numbered != null;
            Consumer<Found> placed = settled ? shownWithColour(pattern, cancelled, each)
                    : found -> each.accept(new Found(found.match().at(-1), found.text()));
            ParagraphIndex known = numbered != null ? numbered : reached != null ? reached : emptyIndex();
            MappedSearch search = new MappedSearch(path, opener, tuning);
            search.search(file, settled ? new MappedSearch.Known(blankSeparated, known, clean) : null, pattern, literal,
                    caseSensitive, cancelled, perMille, found -> placed.accept(new Found(found.match(), found.text())));
            // Only for this size: a file that grew was searched to its new end, and the old path ran.
            clean |= Boolean.TRUE.equals(search.clean()) && channel.size() == size;
            return true;
        } catch (CancellationException e) {
            return false;
        } catch (Guard.Stopped e) {
            if (e.tooSlow()) {
                throw e;
            }
            return false;
        } catch (InternalError e) {
            throw new IOException("the file changed while it was searched", e);
        }
    }

    /**
     * The search's matches as the paragraphs are shown: the search reads a paragraph with its
     * escapes visible ({@code ^[[31m}), where the reader shows SGR colour as styles
     * ({@link Paragraphs#blockWithColour}), so in a paragraph that holds any its matches are found
     * again in the text shown (once, at its first match), and a match inside a sequence is none.
     */
    private Consumer<Found> shownWithColour(Pattern pattern, BooleanSupplier cancelled, Consumer<Found> each) {
        long[] redone = {-1}; // the place of the last paragraph searched again
        return found -> {
            Match match = found.match();
            if (match.piece() >= 0 || match.place() < 0 || !found.text().contains("^[")) {
                each.accept(found);
                return;
            }
            if (match.place() == redone[0]) {
                return;
            }
            String shown = block(match.place()).text();
            if (shown.equals(found.text())) {
                each.accept(found);
                return;
            }
            redone[0] = match.place();
            List<Match> again = new ArrayList<>();
            Finder.findIn(shown, match.paragraph(), pattern, Guard.of(cancelled), again);
            for (Match m : again) {
                each.accept(new Found(m.at(match.place()), shown));
            }
        };
    }

    private String fingerprint;

    /** The cheap fingerprint ({@link EndsFingerprint}), read once; empty when the file cannot be read. */
    @Override
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            try {
                fingerprint = EndsFingerprint.of(channel, size);
            } catch (IOException e) {
                fingerprint = "";
            }
        }
        return fingerprint;
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
    public synchronized long next(long place) {
        return place < 0 || place >= bodyLast ? -1 : step(place, paragraphs::next);
    }

    @Override
    public synchronized long previous(long place) {
        return place <= bodyFirst ? -1 : step(place, paragraphs::previous);
    }

    /** One step of the walk from a place. */
    private interface Step {
        long from(long place) throws IOException;
    }

    /** A step, or -1 where the file cannot be read (cut shorter meanwhile): the walk ends there. */
    private static long step(long place, Step step) {
        try {
            return step.from(place);
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
            long found = paragraphs.holding(offset, bodyFirst);
            return found < 0 ? bodyLast : Math.max(bodyFirst, Math.min(bodyLast, found));
        } catch (IOException e) {
            return bodyFirst;
        }
    }

    @Override
    public synchronized boolean continues(long place) {
        try {
            return paragraphs.continues(place);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String text(long place) {
        return block(place).text();
    }

    /** The paragraph (or piece) at {@code place}, a heading when it is a line underlined, as the parser has it. */
    @Override
    public synchronized Block block(long place) {
        Block cached = blocks.get(place);
        if (cached != null) {
            return cached;
        }
        Block block;
        try {
            block = paragraphs.block(place);
        } catch (IOException e) {
            block = Block.paragraph(0, "(cannot read this paragraph: " + DocumentReader.reasonFor(e) + ")");
        }
        blocks.put(place, block);
        return block;
    }

    /**
     * Builds the index, handing {@code progress} a snapshot as each range (in order) is done; ends
     * with the whole index (or the last snapshot, when cancelled). When the mode was not certain
     * and a blank separator turned up, the text read the other way comes with it.
     */
    @Override
    public TextSnapshot numberedWhole() throws IOException {
        Indexed done = index(index -> { }, () -> false);
        return new TextSnapshot(done.text(), done.index());
    }

    public Indexed index(Consumer<ParagraphIndex> progress, BooleanSupplier cancelled) throws IOException {
        int shift = titleInText ? 1 : 0;
        LargeIndexer.Scanned scanned = new LargeIndexer(file, tuning)
                .scan(blankSeparated, shift, emptyIndex(), snapshot -> {
                    reached = snapshot;
                    progress.accept(snapshot);
                }, cancelled);
        if (!scanned.whole()) {
            return new Indexed(this, scanned.last());
        }
        if (!modeCertain && RangeShape.hasBlankSeparator(scanned.scans())) {
            LargeFile flipped = separated();
            return flipped.indexed(LargeIndexer.stitched(scanned.scans(), size, flipped.titleInText ? 1 : 0,
                    flipped.source.isPresent()));
        }
        return indexed(scanned.starts().index(size, true, shift, source.isPresent()));
    }

    /**
     * This file grown to {@code newSize} (a log appended to), read through the same open file, with
     * {@code old} (this text's complete index) extended: only what follows its last paragraph is
     * scanned, as that paragraph may have grown. A text read one paragraph a line whose new part
     * brings a blank-line separator is indexed whole again (the parser's mode flips); so is one
     * whose index was not complete. The fingerprint stays ({@link EndsFingerprint} reads only the start).
     */
    public Indexed grownTo(long newSize, ParagraphIndex old) throws IOException {
        // A text without a blank-line separator was certain of its mode only as far as it went.
        LargeFile grown = new LargeFile(path, opener, name, fileName, new TextFile(channel, newSize, begin),
                blankSeparated, blankSeparated, estimate, tuning);
        grown.fingerprint = fingerprint;
        long from = old.lastRawStart();
        if (!old.complete() || from < 0) {
            return grown.index(index -> { }, () -> false);
        }
        LargeIndexer.Scanned tail = new LargeIndexer(grown.file, tuning)
                .scan(from, blankSeparated, 0, grown.emptyIndex(), index -> { }, () -> false);
        if (!blankSeparated && RangeShape.hasBlankSeparator(tail.scans())) {
            return grown.index(index -> { }, () -> false);
        }
        ParagraphIndex rest = tail.starts().index(newSize, true, 0, false);
        return grown.indexed(old.joined(rest, grown.titleInText ? 1 : 0, grown.source.isPresent()));
    }

    /** This text with its complete index, kept for the search to number by. */
    private Indexed indexed(ParagraphIndex complete) {
        numbered = complete;
        return new Indexed(this, complete);
    }

    @Override
    public String toString() {
        return "LargeFile[" + name + ", " + size + " bytes]";
    }
}
