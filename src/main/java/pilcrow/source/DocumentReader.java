package pilcrow.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.doc.Sgr;
import pilcrow.core.doc.TextNormalizer;
import pilcrow.core.text.Sanitizer;
import pilcrow.core.text.Reasons;

/**
 * Reads a source into a {@link Document}: decompress, decode, normalize, sanitize, then parse by
 * format. The fallback title (the file name) is sanitized too, as it may hold anything.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads a document whole. Any failure is this document's one-line problem, running out of
     * memory included: the bounds come first ({@link BoundedGunzip}), this is the last line.
     */
    public static LoadResult read(DocumentSource source) {
        return read(source, BoundedGunzip.LIMITS);
    }

    /**
     * As {@link #read(DocumentSource)}, within {@code limits}: gzipped text past what is read in
     * memory is refused with one line, never spooled and read back whole.
     */
    static LoadResult read(DocumentSource source, BoundedGunzip.Limits limits) {
        return failingAlone(source, () -> readWhole(source, limits));
    }

    /**
     * As {@link #read}, except that gzipped text too large to read in memory is opened from its
     * spooled copy as a large document ({@link LargeFile}), as a large plain file is.
     */
    static LoadResult readOpeningLarge(DocumentSource source) {
        return readOpeningLarge(source, BoundedGunzip.LIMITS, BoundedGunzip.Spool.in(null));
    }

    /** As above, within {@code limits}, spooling into {@code spoolFolder} (its file system's space kept as usual). */
    static LoadResult readOpeningLarge(DocumentSource source, BoundedGunzip.Limits limits, Path spoolFolder) {
        return readOpeningLarge(source, limits, BoundedGunzip.Spool.in(spoolFolder));
    }

    /** As above, spooling into {@code spool}. */
    static LoadResult readOpeningLarge(DocumentSource source, BoundedGunzip.Limits limits, BoundedGunzip.Spool spool) {
        return failingAlone(source, () -> {
            try (InputStream raw = new BufferedInputStream(source.openRaw())) {
                if (isEpub(source, raw)) {
                    return EpubBook.read((FileSource) source);
                }
                if (!isGzip(raw)) {
                    return fromBytes(source, raw.readAllBytes());
                }
                BoundedGunzip.Inflated inflated = BoundedGunzip.inflateOrSpool(raw, limits,
                        head -> refusalPastMemory(source, head, limits, true) == null, spool);
                if (inflated instanceof BoundedGunzip.Spooled spooled) {
                    return openSpooled(source, spooled, limits);
                }
                return fromInflated(source, inflated, limits, true);
            }
        });
    }

    /**
     * An EPUB book's opening ({@code EpubBook.readOpening}: its first chapter, numbered as in the
     * whole book), for the reader's first paint; empty for anything else, which is read as usual.
     */
    public static java.util.Optional<LoadResult> bookOpening(DocumentSource source) {
        return isBook(source) ? java.util.Optional.of(EpubBook.readOpening((FileSource) source))
                : java.util.Optional.empty();
    }

    /** Whether a source is a file read as an EPUB book (by its name or its signature); false when it cannot be read. */
    public static boolean isBook(DocumentSource source) {
        if (!(source instanceof FileSource)) {
            return false;
        }
        try (InputStream raw = new BufferedInputStream(source.openRaw())) {
            return isEpub(source, raw);
        } catch (IOException | RuntimeException e) {
            return false; // read as usual, which says why
        }
    }

    /** What reading may throw, to be caught as the document's own failure. */
    private interface Reading {
        LoadResult read() throws IOException;
    }

    private static LoadResult failingAlone(DocumentSource source, Reading reading) {
        try {
            return reading.read();
        } catch (IOException e) {
            return new LoadResult.Failed(source, reasonFor(e), false);
        } catch (OutOfMemoryError e) {
            return new LoadResult.Failed(source, "too large to read in the memory pilcrow has", false);
        } catch (RuntimeException | StackOverflowError e) {
            return new LoadResult.Failed(source, "cannot be read (" + e.getClass().getSimpleName() + ")", false);
        }
    }

    private static LoadResult readWhole(DocumentSource source, BoundedGunzip.Limits limits) throws IOException {
        try (InputStream raw = new BufferedInputStream(source.openRaw())) {
            if (isEpub(source, raw)) {
                return EpubBook.read((FileSource) source);
            }
            return isGzip(raw) ? fromInflated(source, BoundedGunzip.inflate(raw, limits), limits, false)
                    : fromBytes(source, raw.readAllBytes());
        }
    }

    /** Text inflated in memory read as a document; text past that, its one line. */
    private static LoadResult fromInflated(DocumentSource source, BoundedGunzip.Inflated inflated,
                                           BoundedGunzip.Limits limits, boolean lazily) {
        if (inflated instanceof BoundedGunzip.PastMemory past) {
            LoadResult.Failed refusal = refusalPastMemory(source, past.head(), limits, lazily);
            return refusal != null ? refusal : refusalPastMemory(source, past.head(), limits, false);
        }
        return fromBytes(source, ((BoundedGunzip.InMemory) inflated).bytes());
    }

    /**
     * Why gzipped text that goes on past what is read in memory cannot be read, judged from its
     * first bytes ({@code head}) before any more is inflated: binary; UTF-16 or Markdown, which
     * only a whole read can show; or, for a reader of whole documents, too large for it, while the
     * full-screen reader opens it lazily. Null when {@code lazily} and it can be opened so.
     */
    private static LoadResult.Failed refusalPastMemory(DocumentSource source, byte[] head, BoundedGunzip.Limits limits,
                                                       boolean lazily) {
        String past = "expands past " + BoundedGunzip.mebibytes(limits.inMemory());
        if (Decoder.looksBinary(head)) {
            return binary(source);
        }
        if (Decoder.isUtf16(head)) {
            return new LoadResult.Failed(source, past + ": too large for UTF-16 text, which is read whole", false);
        }
        if (source.isMarkdown()) {
            return new LoadResult.Failed(source, past + ": too large for Markdown, which is read whole", false);
        }
        if (source.isHtml() || HtmlParser.looksLikeHtml(head, head.length)) {
            return new LoadResult.Failed(source, past + ": too large for HTML, which is read whole", false);
        }
        return lazily ? null : new LoadResult.Failed(source, past + ": open it in the reader (pilcrow FILE)", false);
    }

    /**
     * The spooled text opened as a large document, from the channel the spool was written through:
     * its name was removed before it was written, so even a kill -9 leaves no copy behind.
     */
    private static LoadResult openSpooled(DocumentSource source, BoundedGunzip.Spooled spooled,
                                          BoundedGunzip.Limits limits) throws IOException {
        Optional<LargeFile> large;
        try {
            large = LargeFile.open(spooled.channel(), spooled.formerName(), source.name(), source.innerFileName());
        } catch (IOException | RuntimeException | Error e) {
            spooled.channel().close();
            throw e;
        }
        if (large.isPresent()) {
            return new LoadResult.Large(source, large.get());
        }
        // The large document's own look at the start disagrees with ours (it closed the channel).
        return new LoadResult.Failed(source, "expands past " + BoundedGunzip.mebibytes(limits.inMemory())
                + ": not text the reader can open", false);
    }

    private static LoadResult.Failed binary(DocumentSource source) {
        return new LoadResult.Failed(source, "binary file, with NUL bytes", true);
    }

    /** As {@link #read}, from the bytes already read (and gunzipped) from {@code source}. */
    public static LoadResult fromBytes(DocumentSource source, byte[] bytes) {
        return fromBytes(source, bytes, ManFormatter.fromEnvironment());
    }

    /** As above, a man page formatted by {@code formatter}. */
    static LoadResult fromBytes(DocumentSource source, byte[] bytes, ManFormatter formatter) {
        if (EpubArchive.hasSignature(bytes, bytes.length)) {
            return new LoadResult.Failed(source, "an EPUB book, which pilcrow reads from its own file", false);
        }
        if (Decoder.looksBinary(bytes)) {
            return binary(source);
        }
        String normalized = TextNormalizer.normalize(Decoder.decode(bytes));
        if (isManPage(source, normalized)) {
            // Roff first, unsanitized: the formatter reads it, and what it prints is sanitized.
            return ManPageReader.read(source, normalized, bytes.length, formatter);
        }
        if (isHtml(source, normalized)) {
            // Markup first: the sanitizer's visible forms (<U+202E>) would read as tags. The parser
            // sanitizes every text it makes, as it must anyway for what entities make.
            return new LoadResult.Loaded(source, HtmlParser.parse(source.name(), normalized, fallbackTitle(source),
                    bytes.length));
        }
        if (source.isMarkdown()) {
            // Sanitized once, here, so no path from a document to the terminal can skip it.
            return new LoadResult.Loaded(source, parse(source, Sanitizer.text(normalized), bytes.length));
        }
        return new LoadResult.Loaded(source, plainWithColour(source, normalized, bytes.length));
    }

    /**
     * Plain text (a file or piped input), sanitized with its SGR colour sequences kept, parsed,
     * then the sequences taken out of every text into spans ({@link Sgr}): what reaches the
     * screen holds no ESC. Markdown and HTML keep showing every escape, as one there is hostile.
     */
    private static Document plainWithColour(DocumentSource source, String normalized, long byteSize) {
        String text = Sgr.liftLoneSequences(Sanitizer.textKeeping(normalized, Sgr::sequenceLength));
        return Sgr.styled(PlainTextParser.parse(source.name(), text, fallbackTitle(source), byteSize));
    }

    /** A man page by its start (or, for a one-line link page, its name), unless its name says Markdown or HTML. */
    private static boolean isManPage(DocumentSource source, String text) {
        return !source.isMarkdown() && !source.isHtml() && ManPages.isRoff(source.innerFileName(), text);
    }

    /** HTML by its name, or by its start when its name says no other format. */
    private static boolean isHtml(DocumentSource source, String text) {
        return source.isHtml() || !source.isMarkdown() && HtmlParser.looksLikeHtml(text);
    }

    /**
     * As {@link #fromBytes}, for the first {@code length} bytes of {@code bytes} when every one is
     * printable ASCII, a tab or a line break ({@link Prefilter.Verdict#plainAscii()} says so): no
     * NUL, no byte-order mark, nothing to decode, every character below the combining marks and
     * nothing the sanitizer changes. So the text is the bytes as they are, with line ends and
     * tabs normalized when there are any; the passes that would find all that out are skipped.
     *
     * @param tabsOrReturns whether the bytes hold a tab or a carriage return
     */
    public static LoadResult fromPlainAscii(DocumentSource source, byte[] bytes, int length, boolean tabsOrReturns) {
        if (source.isHtml() && !tabsOrReturns) {
            // HTML by its name (so no man page), its bytes as they are: read from them without a copy as a string.
            return new LoadResult.Loaded(source, HtmlParser.parseAscii(source.name(), bytes, length,
                    fallbackTitle(source), length));
        }
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        String normalized = tabsOrReturns ? TextNormalizer.lineEndsAndTabs(text) : text;
        if (isManPage(source, normalized)) {
            return ManPageReader.read(source, normalized, length, ManFormatter.fromEnvironment());
        }
        if (isHtml(source, normalized)) {
            // Read from its bytes when it is simple (SimpleHtml), without jsoup's tree.
            byte[] ascii = normalized == text ? bytes : normalized.getBytes(StandardCharsets.ISO_8859_1);
            int asciiLength = normalized == text ? length : ascii.length;
            return new LoadResult.Loaded(source, HtmlParser.parseAscii(source.name(), ascii, asciiLength,
                    fallbackTitle(source), length));
        }
        return new LoadResult.Loaded(source, parse(source, normalized, length));
    }

    private static Document parse(DocumentSource source, String text, long byteSize) {
        if (isHtml(source, text)) {
            return HtmlParser.parse(source.name(), text, fallbackTitle(source), byteSize);
        }
        return source.isMarkdown()
                ? MarkdownParser.parse(source.name(), text, fallbackTitle(source), byteSize)
                : PlainTextParser.parse(source.name(), text, fallbackTitle(source), byteSize);
    }

    private static String fallbackTitle(DocumentSource source) {
        return Sanitizer.line(source.innerFileName());
    }

    /**
     * Reads a file for a search of a literal word: whole into {@code buffer}, then decoded and
     * parsed only when its bytes may hold the word ({@link Prefilter}), the plain-ASCII way when
     * they are plain ASCII. A gzip file (by its name or its first bytes) or one that cannot be read
     * is read the usual way ({@link #read}), which reports a problem the usual way.
     *
     * @return the document, or null when the bytes cannot hold the word
     */
    public static LoadResult readIfMayMatch(FileSource source, Prefilter filter, ReadBuffer buffer) {
        return failingAlone(source, () -> readIfMayMatchOrThrow(source, filter, buffer));
    }

    private static LoadResult readIfMayMatchOrThrow(FileSource source, Prefilter filter, ReadBuffer buffer) {
        if (source.isGzip() || source.isEpub()) { // compressed: its bytes cannot be prefiltered
            return read(source);
        }
        int length;
        try {
            length = buffer.readWhole(source);
        } catch (IOException e) {
            return read(source);
        }
        return ifMayMatch(source, filter, buffer, length);
    }

    /**
     * As {@link #readIfMayMatch}, for a file not named as gzip whose {@code length} bytes are
     * already in {@code buffer}.
     */
    public static LoadResult ifMayMatch(FileSource source, Prefilter filter, ReadBuffer buffer, int length) {
        return failingAlone(source, () -> ifMayMatchOrThrow(source, filter, buffer, length));
    }

    private static LoadResult ifMayMatchOrThrow(FileSource source, Prefilter filter, ReadBuffer buffer, int length) {
        byte[] bytes = buffer.bytes();
        if (length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B || source.isEpub()
                || EpubArchive.hasSignature(bytes, length)) {
            return read(source);
        }
        // A page parsed as HTML is looked at in the text it shows, between its tags. Roff (a file
        // that starts with a control line) is read with Markdown's care: an escape may split a word (wo\&rd).
        boolean html = source.isHtml() || !source.isMarkdown() && HtmlParser.looksLikeHtml(new AsciiView(bytes, length));
        boolean markup = source.isMarkdown() || length > 0 && (bytes[0] == '.' || bytes[0] == '\'');
        Prefilter.Verdict verdict = html ? filter.lookAtHtml(bytes, length, source.fileName())
                : filter.look(bytes, length, source.fileName(), markup);
        if (verdict == Prefilter.Verdict.CANNOT_MATCH) {
            return null;
        }
        return verdict.plainAscii()
                ? fromPlainAscii(source, bytes, length, verdict == Prefilter.Verdict.MAY_MATCH_ASCII_WITH_TABS_OR_RETURNS)
                : fromBytes(source, Arrays.copyOf(bytes, length));
    }

    /**
     * Whether a file is an EPUB book, by its name or its signature: read as an archive then, by
     * its path (a book piped or gzipped is refused with one line by {@link #fromBytes}).
     */
    private static boolean isEpub(DocumentSource source, InputStream in) throws IOException {
        if (!(source instanceof FileSource)) {
            return false;
        }
        if (source.isEpub()) {
            return true;
        }
        byte[] head = new byte[EpubArchive.SIGNATURE_BYTES];
        in.mark(head.length);
        int length = in.readNBytes(head, 0, head.length);
        in.reset();
        return EpubArchive.hasSignature(head, length);
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1F && second == 0x8B;
    }

    /** A short reason for an I/O failure, worded like the shell's; a gzip file's own failures too. */
    public static String reasonFor(IOException e) {
        if (e instanceof BoundedGunzip.TooLarge) {
            return e.getMessage(); // worded for the user already ("expands past 4 GiB")
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data";
        }
        if (e instanceof EOFException) {
            return "truncated gzip data";
        }
        return Reasons.of(e);
    }

    /**
     * Bytes read as Latin-1 characters without copying them: HTML is told by the start of the
     * same text the parser would be given ({@link HtmlParser#looksLikeHtml(CharSequence)}).
     */
    private record AsciiView(byte[] bytes, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }
}
