package pilcrow.core.large;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import pilcrow.core.doc.Document;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.find.Match;

/**
 * A document too large to hold in memory: its paragraphs are found and decoded on demand. A
 * paragraph is named by its place, the byte offset of its first line; -1 means none. The body is
 * numbered as {@link PlainTextParser} numbers it (the title and the source line are not in it), but
 * numbers come from a {@link ParagraphIndex}, built in the background; moving from paragraph to
 * paragraph needs no index. Implemented at the edge (a mapped file); text comes back sanitized.
 *
 * <p>A paragraph longer than {@link #MAX_PARAGRAPH_BYTES} (a 100 MB line) comes in pieces of at
 * most that many bytes, each a place of its own: {@link #next}, {@link #previous},
 * {@link #paragraphAt} and {@link #text} go piece by piece, {@link #continues} tells a piece after
 * the first, and the pieces' texts one after another make the paragraph's text.
 */
public interface LargeText {

    /** Where it came from, for display. */
    String name();

    String title();

    /** The title is the text's first line (not the file name). */
    boolean titleInText();

    Optional<String> source();

    /** Bytes in the file, as measured when it was opened. */
    long size();

    /** Paragraphs are separated by blank lines (else each line is one). */
    boolean blankSeparated();

    /** The first body paragraph, or -1 when there is none. */
    long first();

    /** The last body paragraph, or -1 when there is none. */
    long last();

    /** The body paragraph (or piece of one) after {@code place}, or -1 after the last. */
    long next(long place);

    /** The body paragraph (or piece of one) before {@code place}, or -1 before the first. */
    long previous(long place);

    /** The body paragraph (or piece) holding the byte at {@code offset}, or the next one after it (or the last). */
    long paragraphAt(long offset);

    /** Whether {@code place} is a piece of a long paragraph after its first (the paragraph goes on there). */
    boolean continues(long place);

    /**
     * The paragraph's text as the in-memory reader has it (lines joined, sanitized); for a piece of
     * a long paragraph, that piece's part of it.
     */
    String text(long place);

    /**
     * A fingerprint of the file cheap enough for 1 GiB and stable while the file is unchanged
     * (bookmarks find a moved document by it): from its size and its first and last bytes, not
     * from all of its text as a small document's is.
     */
    String fingerprint();

    /** Body paragraphs guessed before any are indexed (from the first 64 KiB), for the status line. */
    int estimatedParagraphs();

    /**
     * Finds every match of {@code pattern} by scanning the bytes, as the in-memory find would find
     * them in the whole document, in document order.
     *
     * @param literal   a printable-ASCII run every match contains, or null (see SearchQuery)
     * @param cancelled asked now and then; when it answers true the search stops and returns null
     * @param perMille  told how far the search has come, 0-1000
     */
    List<Match> find(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                     IntConsumer perMille) throws IOException;

    /**
     * A match and the text its offsets count in: the paragraph's, the title's, or (a match in a
     * piece) the piece's followed by a little of the next; for a snippet.
     */
    record Found(Match match, String text) {
    }

    /**
     * As {@link #find}, handing each match with its text to {@code each} as it is found, in
     * document order, on the calling thread; nothing is kept, so a common word in a GiB does not
     * keep its paragraphs. Progress is told as by {@code find}.
     *
     * @return false when cancelled (some matches may have been handed on already)
     */
    boolean findEach(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                     IntConsumer perMille, java.util.function.Consumer<Found> each) throws IOException;

    /**
     * Paragraphs longer than this come in pieces of at most this many bytes: laying out 100 MB of
     * one line at once helps nobody, and a quarter MiB laid out before the first paint shows.
     */
    int MAX_PARAGRAPH_BYTES = 64 * 1024;

    /** A stand-in {@link Document} for what needs one: the title, the source, the size; no blocks. */
    default Document outline() {
        return new Document(name(), title(), List.of(), source(), size(), titleInText());
    }
}
