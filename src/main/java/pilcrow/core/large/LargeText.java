package pilcrow.core.large;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import pilcrow.core.doc.PlainTextParser;
import pilcrow.core.find.Finder;
import pilcrow.core.find.Guard;
import pilcrow.core.find.Match;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.Numbering;

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
 *
 * <p>As a {@link DocumentText} its places are byte offsets, its numbering a {@link ParagraphIndex},
 * its find progress per mille of the bytes, and a bookmark's quote is not searched in it.
 */
public interface LargeText extends DocumentText {

    /** Paragraphs are separated by blank lines (else each line is one). */
    boolean blankSeparated();

    /** The body paragraph (or piece) holding the byte at {@code offset}, or the next one after it (or the last). */
    long paragraphAt(long offset);

    @Override
    default long placeAt(long offset) {
        return paragraphAt(offset);
    }

    /** Finding a quote would mean scanning the file: a bookmark keeps its number. */
    @Override
    default boolean locatesQuotes() {
        return false;
    }

    /** Nothing indexed yet, numbering as this text does (the title, when in the text, is not numbered). */
    @Override
    default Numbering emptyNumbering() {
        return ParagraphIndex.empty(size(), titleInText() ? 1 : 0);
    }

    /**
     * The scan ({@link #findEach(Pattern, String, boolean, BooleanSupplier, IntConsumer, Consumer)})
     * reads the bytes, where a title that is the file name is not: it is searched here first, as a
     * document in memory searches every title. Its budget is the scan's own ({@link Guard#BUDGET_NANOS}).
     */
    @Override
    default boolean findEach(Pattern pattern, String literal, boolean caseSensitive, BooleanSupplier cancelled,
                             long budgetNanos, IntConsumer progress, Consumer<Found> each) throws IOException {
        if (!titleInText()) {
            List<Match> inTitle = new ArrayList<>();
            Finder.findIn(title(), Match.TITLE, pattern, Guard.of(cancelled, budgetNanos, System::nanoTime), inTitle);
            inTitle.forEach(match -> each.accept(new Found(match, title())));
        }
        return findEach(pattern, literal, caseSensitive, cancelled, progress, each);
    }

    /** Find progress is per mille of the bytes. */
    @Override
    default int progressTotal() {
        return 1000;
    }

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
     * Paragraphs longer than this come in pieces of at most this many bytes: laying out 100 MB of
     * one line at once helps nobody, and a quarter MiB laid out before the first paint shows.
     */
    int MAX_PARAGRAPH_BYTES = 64 * 1024;
}
