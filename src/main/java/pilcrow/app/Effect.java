package pilcrow.app;

import java.util.List;
import java.util.regex.Pattern;
import pilcrow.core.doc.Document;

/** Work that {@link App#update} asks the edge to do; it never does I/O or starts threads itself. */
public sealed interface Effect {

    /** Leave: the terminal adapter restores the terminal and the process (or session) ends. */
    record Quit() implements Effect {
    }

    /** Forget what the terminal shows and draw every cell again (Ctrl-L). */
    record FullRepaint() implements Effect {
    }

    /** Find every match in a document; answer with {@link Msg.FindResults} messages. */
    record Find(long id, Document document, Pattern pattern) implements Effect {
    }

    /**
     * Find every match in a large document, scanning its bytes; answer with {@link Msg.FindResults}
     * whose {@code scanned}/{@code total} are per mille of the bytes.
     */
    record FindLarge(long id, pilcrow.core.model.DocumentText text, pilcrow.core.find.SearchQuery query, Pattern pattern)
            implements Effect {
    }

    /**
     * Find every match in every readable entry; answer with {@link Msg.LibraryResults} messages.
     * The query tells the job its literal word and case mode (to skip documents whose bytes cannot
     * match, and to scan large ones in place); {@code pattern} is the query compiled.
     */
    record FindInLibrary(long id, List<Entry> entries, pilcrow.core.find.SearchQuery query, Pattern pattern)
            implements Effect {
    }

    /** Stop the background search {@code id}; results it already sent are ignored by id. */
    record CancelSearch(long id) implements Effect {
    }

    /** Keep a searched-for pattern in the history of the data folder (Up in the find prompt). */
    record RememberSearch(String pattern) implements Effect {
    }

    /**
     * Save a bookmark in the data folder; answer with {@link Msg.MarksChanged}.
     *
     * @param fingerprint and {@code quote}: what finds the place again after edits and moves
     */
    record AddBookmark(String documentPath, String fingerprint, int paragraph, String quote, String note)
            implements Effect {
    }

    /** Delete a bookmark (a tombstone in the file); answer with {@link Msg.MarksChanged}. */
    record DeleteBookmark(String id) implements Effect {
    }

    /** Bring back a bookmark deleted in this session as it was (undo); answer with {@link Msg.MarksChanged}. */
    record RestoreBookmark(Mark mark) implements Effect {
    }

    /** Give a bookmark a new note; answer with {@link Msg.MarksChanged}. */
    record EditNote(String id, String note) implements Effect {
    }

    /** Keep where the document at {@code documentPath} was left (on leaving it, quitting, idling). */
    record SavePosition(String documentPath, Place place) implements Effect {
    }
}
