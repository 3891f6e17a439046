package pilcrow.core.model;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;

/**
 * A document's text read by place, whatever holds it: a {@link Document} in memory
 * ({@link WholeText}) or a mapped file ({@code LargeText}). A place is an opaque, ordered long
 * naming a body paragraph (or a piece of a long one); -1 means none. Numbers come from a
 * {@link Numbering}, complete from the start in memory, built in the background for a file.
 */
public interface DocumentText {

    /** Where it came from, for display. */
    String name();

    /**
     * Lets go of what reading it holds open (a large file's descriptor and mapping), for a text
     * opened for one use and dropped after it (a search's, a measure's); nothing for one in memory.
     */
    default void release() {
    }

    String title();

    /** The title is the text's first line (not the file name). */
    boolean titleInText();

    Optional<String> source();

    /** Bytes it was read from (for a file: as measured when it was opened). */
    long size();

    /** The first body paragraph, or -1 when there is none. */
    long first();

    /** The last body paragraph, or -1 when there is none. */
    long last();

    /** The body paragraph (or piece of one) after {@code place}, or -1 after the last. */
    long next(long place);

    /** The body paragraph (or piece of one) before {@code place}, or -1 before the first. */
    long previous(long place);

    /** The body paragraph (or piece) at or after {@code offset}, in the text's own units (or the last). */
    long placeAt(long offset);

    /**
     * The body paragraph (or piece) {@code percent} of the way through (0 to 100): by the text's own
     * units, bytes in a file (as less's {@code p} goes), or -1 when there is none.
     */
    default long placeAtPercent(int percent) {
        return first() < 0 ? -1 : placeAt(size() * percent / 100);
    }

    /** Whether {@code place} is a piece of a long paragraph after its first (the paragraph goes on there). */
    boolean continues(long place);

    /** The paragraph's text as the reader shows it (lines joined, sanitized); for a piece, its part. */
    String text(long place);

    /** The block at {@code place} with its kind, level and marker; a plain paragraph where none are known. */
    default Block block(long place) {
        return Block.paragraph(0, text(place));
    }

    /**
     * Whether the reader lays it out whole rather than a window of it at a time: a text in memory is
     * small enough, and only a whole layout gives the line-based percent and end the reader shows.
     */
    default boolean laysOutWhole() {
        return false;
    }

    /** What finds the document again after a move (bookmarks); cheap enough to ask at any size. */
    String fingerprint();

    /**
     * Whether a bookmark's quote can be searched for in it to re-place the bookmark after an edit;
     * false where that means scanning a file too large to read (the number is kept).
     */
    boolean locatesQuotes();

    /**
     * The document held in memory, to look for a bookmark's quote in (see {@link #locatesQuotes()});
     * null for a file read on demand.
     */
    default Document held() {
        return null;
    }

    /**
     * The text with every paragraph numbered: at once for a text in memory; a file is indexed
     * first, on every core (about a second a GiB), for a command that prints numbers.
     */
    default TextSnapshot numberedWhole() throws IOException {
        return TextSnapshot.of(this);
    }

    /** Its words, or -1 where counting them means decoding every byte of a large file. */
    default int wordCount() {
        return -1;
    }

    /** Body paragraphs guessed before any are numbered, for the status line. */
    int estimatedParagraphs();

    /** The numbering known before any indexing: complete for a text in memory. */
    Numbering emptyNumbering();

    /** What {@link #findEach}'s progress counts up to (paragraphs, or per mille of the bytes). */
    int progressTotal();

    /**
     * Finds every match of {@code pattern}, as the in-memory find finds them in the whole document,
     * handing each with its text to {@code each} in document order on the calling thread.
     *
     * @param literal   a printable-ASCII run every match contains, or null (see SearchQuery)
     * @param cancelled asked now and then; when it answers true the search stops
     * @param progress  told how far the search has come, up to {@link #progressTotal()}
     * @return false when cancelled (some matches may have been handed on already)
     */
    boolean findEach(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                     IntConsumer progress, Consumer<Found> each) throws IOException;

    /**
     * As {@link #findEach}, one step (a paragraph) of the matcher stopped after {@code budgetNanos}
     * ({@link Guard}); a text that scans in steps of its own keeps {@link Guard#BUDGET_NANOS}. The
     * title is searched whatever it is (a line of the text or the file name): the find jobs call this.
     */
    default boolean findEach(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                             long budgetNanos, IntConsumer progress, Consumer<Found> each) throws IOException {
        return findEach(pattern, literal, caseSensitive, cancelled, progress, each);
    }

    /**
     * A match and the text its offsets count in: the paragraph's, the title's, or (a match in a
     * piece) the piece's followed by a little of the next; for a snippet.
     */
    record Found(Match match, String text) {
    }

    /**
     * Its headings and sections, as far as they are known without reading more than is read
     * already: all of them for a text in memory; {@link Outline#NOT_KNOWN} where listing them means
     * reading a large file through.
     */
    default Outline outline(Numbering numbering) {
        return Outline.NOT_KNOWN;
    }

    /** A stand-in {@link Document} for what needs one: the title, the source, the size; no blocks. */
    default Document standIn() {
        return new Document(name(), title(), List.of(), source(), size(), titleInText());
    }
}
