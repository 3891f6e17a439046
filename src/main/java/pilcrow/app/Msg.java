package pilcrow.app;

import java.util.List;
import java.util.Map;
import pilcrow.core.find.Match;
import pilcrow.library.LibraryDocument;

/** Everything that can happen to the app: keys, resizes, and the answers to effects. */
public sealed interface Msg {

    record Key(KeyInput key) implements Msg {
    }

    /**
     * The mouse, when it is on ({@code --mouse}): a press of a button or a notch of the wheel at a
     * screen cell (0-based column and row), read at {@code millis}. The time comes with the
     * message, so update tells a double click without a clock.
     */
    record Mouse(Kind kind, int column, int row, long millis) implements Msg {
        public enum Kind { PRESS, WHEEL_UP, WHEEL_DOWN }
    }

    /** The terminal now has this many columns and rows (handled on the UI thread like a key). */
    record Resize(int columns, int rows) implements Msg {
    }

    /**
     * More matches from the background search {@code id}, in document order after those sent
     * before; {@code scanned} of {@code total} paragraphs are done.
     */
    record FindResults(long id, List<Match> matches, int scanned, int total, boolean done) implements Msg {
        public FindResults {
            matches = List.copyOf(matches);
        }
    }

    /**
     * More hits from the library search {@code id}; {@code scanned} of {@code total} documents
     * done, and {@code partPerMille} of the next one while a large document is scanned (else 0).
     */
    record LibraryResults(long id, List<Hit> hits, int scanned, int total, int partPerMille, boolean done)
            implements Msg {
        public LibraryResults {
            hits = List.copyOf(hits);
        }

        public LibraryResults(long id, List<Hit> hits, int scanned, int total, boolean done) {
            this(id, hits, scanned, total, 0, done);
        }
    }

    /** The background search {@code id} failed (a pattern too complex for the text); one line why. */
    record SearchFailed(long id, String reason) implements Msg {
    }

    /** Open document {@code entry} at once (one file was named on the command line, as with less). */
    record Open(int entry) implements Msg {
    }

    /** The bookmarks now, newest first, after one was saved ({@code saved}) or read. */
    record MarksChanged(List<Mark> marks, boolean saved) implements Msg {
        public MarksChanged {
            marks = List.copyOf(marks);
        }
    }

    /**
     * The bookmarks placed in the library ({@link Effect.Anchor}): by the path or fingerprint of
     * their document, and the quote of their paragraph.
     */
    record MarksPlaced(List<Mark> marks) implements Msg {
        public MarksPlaced {
            marks = List.copyOf(marks);
        }
    }

    /**
     * Row {@code entry} is read ({@link Effect.Load}): {@code row} holds its document, or why it
     * cannot be opened; {@code then}, the message that needed it, is handled next.
     */
    record Loaded(int entry, LibraryDocument row, Msg then) implements Msg {
    }

    /**
     * What the data folder holds, read after the first paint (it is not needed to draw the list):
     * the search history, the bookmarks, where each document was left (by path), and a one-line
     * warning about the folder, or "".
     */
    record DataLoaded(List<String> history, List<Mark> marks, Map<String, Place> places, String warning)
            implements Msg {
        public DataLoaded {
            history = List.copyOf(history);
            marks = List.copyOf(marks);
            places = Map.copyOf(places);
        }
    }

    /**
     * Documents of a large library measured in the background (title, paragraphs, words), in any
     * order; {@code done} of {@code total} are measured now, and when they are equal the pass is over.
     */
    record Measured(List<Measurement> measured, int done, int total) implements Msg {
        public Measured {
            measured = List.copyOf(measured);
        }
    }

    /**
     * More of the document at {@code path} is numbered ({@code snapshot.numbering().complete()} at
     * the end); its text is the document as now read (another object when its paragraph mode was
     * found only by the whole index).
     */
    record Indexed(String path, pilcrow.core.model.TextSnapshot snapshot) implements Msg {
    }

    /**
     * More of a document read from a stream (standard input) has arrived: entry {@code entry} is
     * now {@code document}, which holds everything read so far.
     */
    record Arrived(int entry, pilcrow.core.doc.Document document) implements Msg {
    }

    /**
     * Row {@code entry}'s file was read again ({@link Effect.Reload}, or grown, cut or replaced
     * while followed): {@code row} is it now. The reader goes to {@code keep} (a reload's place),
     * else to the end while following, else stays where it was; {@code note} is said ("" for none).
     */
    record Changed(int entry, String path, LibraryDocument row, String note, Place keep) implements Msg {
    }

    /**
     * A quit held back, as vim's E37: changes wait to be saved, and {@code message} says so; the
     * next quit goes.
     */
    record QuitHeld(String message) implements Msg {
    }

    /**
     * The library's search index is being brought up to date in the background: {@code read} of the
     * {@code toRead} documents new or changed since it was last are read; done when they are equal.
     */
    record LibraryIndexing(int read, int toRead) implements Msg {
    }

    /** Something the edge wants said in one line (a file that changed while open). */
    record Notice(String message) implements Msg {
    }

    /** The edge follows no file (a served session): following stops, and {@code message} says why. */
    record NotFollowed(String message) implements Msg {
    }

    /** No key for a few seconds: a good moment to save the reading position. */
    record Idle() implements Msg {
    }

    /** What {@link Effect.OpenPath} found at {@code typed}, with the effect's {@code anchor} and {@code then}. */
    record PathOpened(String typed, Paths.Opened opened, String anchor, Msg then) implements Msg {
    }

    /** The completions of {@code typed} ({@link Effect.CompletePath}). */
    record Completed(String typed, Paths.Completion completion) implements Msg {
    }

    /** The document at {@code path} read again after the editor ({@link Effect.Edit}): {@code row}, or why not. */
    record Edited(String path, pilcrow.library.LibraryDocument row) implements Msg {
    }
}
