package pilcrow.app;

import java.util.List;
import java.util.regex.Pattern;
import pilcrow.core.find.SearchQuery;
import pilcrow.core.model.TextSnapshot;
import pilcrow.library.LibraryDocument;

/** Work that {@link App#update} asks the edge to do; it never does I/O or starts threads itself. */
public sealed interface Effect {

    /** Hands this effect to the visitor's method for its group (or its kind, for a group of one). */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per group of effects, by where they are carried out, so the router names every
     * group: a new one does not compile until it has a route (Java 17 has no pattern switch). Each
     * group has its own visitor, so a runner names every kind of its group and nothing else.
     */
    interface Visitor<R> {
        /** The loop ends. */
        R quit(Quit effect);

        /** The screen is drawn again. */
        R fullRepaint(FullRepaint effect);

        /** The terminal is handed back to the shell until it continues the process (Ctrl-Z). */
        R suspend(Suspend effect);

        /** A document read again from its file. */
        R reload(Reload effect);

        /** The background searches. */
        R search(Search effect);

        /** The data folder. */
        R save(Save effect);

        /** The settings file. */
        R remember(RememberLayout effect);

        /** A file the app needs, read before the next draw. */
        R read(Read effect);

        /** The user's editor, run on the terminal handed over, then the document read again. */
        R edit(Edit effect);
    }

    /** Searches run off the UI thread, and their cancel. */
    sealed interface Search extends Effect {
        <R> R accept(Search.Visitor<R> visitor);

        @Override
        default <R> R accept(Effect.Visitor<R> visitor) {
            return visitor.search(this);
        }

        /** One method per kind of search effect. */
        interface Visitor<R> {
            R find(Find effect);

            R findInLibrary(FindInLibrary effect);

            R cancelSearch(CancelSearch effect);
        }
    }

    /** What is kept in the data folder: history, bookmarks, reading positions. */
    sealed interface Save extends Effect {
        <R> R accept(Save.Visitor<R> visitor);

        @Override
        default <R> R accept(Effect.Visitor<R> visitor) {
            return visitor.save(this);
        }

        /** One method per kind of saving effect. */
        interface Visitor<R> {
            R rememberSearch(RememberSearch effect);

            R addBookmark(AddBookmark effect);

            R deleteBookmark(DeleteBookmark effect);

            R restoreBookmark(RestoreBookmark effect);

            R editNote(EditNote effect);

            R savePosition(SavePosition effect);
        }
    }

    /** Files the app needs read (see {@link Reads}), answered before the next draw. */
    sealed interface Read extends Effect {
        <R> R accept(Read.Visitor<R> visitor);

        @Override
        default <R> R accept(Effect.Visitor<R> visitor) {
            return visitor.read(this);
        }

        /** One method per kind of reading effect. */
        interface Visitor<R> {
            R load(Load effect);

            R anchor(Anchor effect);

            R openPath(OpenPath effect);

            R completePath(CompletePath effect);
        }
    }

    /** Leave: the terminal adapter restores the terminal and the process (or session) ends. */
    record Quit() implements Effect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.quit(this);
        }
    }

    /** Forget what the terminal shows and draw every cell again (Ctrl-L). */
    record FullRepaint() implements Effect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.fullRepaint(this);
        }
    }

    /**
     * The text width or the numbers changed by key ({@code <}, {@code >}, {@code #}): written into
     * the settings file, so the next start has them; a failure comes back as a {@link Msg.Notice}.
     */
    record RememberLayout(boolean numbers, int measure) implements Effect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.remember(this);
        }
    }

    /**
     * {@code R}: read row {@code entry}'s file ({@code path}) again, answered by {@link Msg.Changed}
     * keeping {@code place}, or a {@link Msg.Notice} when it cannot be read.
     */
    record Reload(int entry, String path, Place place) implements Effect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reload(this);
        }
    }

    /** Ctrl-Z: stop until the shell's fg, as less and vim do; a server's session says it cannot. */
    record Suspend() implements Effect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.suspend(this);
        }
    }

    /**
     * Find every match in a document's text; answer with {@link Msg.FindResults} messages whose
     * {@code scanned}/{@code total} count in the text's own units ({@code progressTotal}: paragraphs,
     * or per mille of a large file's bytes). The query tells a large text its literal word and case
     * mode (to scan its bytes); {@code pattern} is the query compiled.
     */
    record Find(long id, TextSnapshot snapshot, SearchQuery query, Pattern pattern) implements Search {
        @Override
        public <R> R accept(Search.Visitor<R> visitor) {
            return visitor.find(this);
        }
    }

    /**
     * Find every match in every readable entry; answer with {@link Msg.LibraryResults} messages.
     * The query tells the job its literal word and case mode (to skip documents whose bytes cannot
     * match, and to scan large ones in place); {@code pattern} is the query compiled.
     */
    record FindInLibrary(long id, List<LibraryDocument> entries, SearchQuery query, Pattern pattern)
            implements Search {
        @Override
        public <R> R accept(Search.Visitor<R> visitor) {
            return visitor.findInLibrary(this);
        }
    }

    /** Stop the background search {@code id}; results it already sent are ignored by id. */
    record CancelSearch(long id) implements Search {
        @Override
        public <R> R accept(Search.Visitor<R> visitor) {
            return visitor.cancelSearch(this);
        }
    }

    /** Keep a searched-for pattern in the history of the data folder (Up in the find prompt). */
    record RememberSearch(String pattern) implements Save {
        @Override
        public <R> R accept(Save.Visitor<R> visitor) {
            return visitor.rememberSearch(this);
        }
    }

    /**
     * Save a bookmark in the data folder; answer with {@link Msg.MarksChanged}.
     *
     * @param fingerprint and {@code quote}: what finds the place again after edits and moves
     */
    record AddBookmark(String documentPath, String fingerprint, int paragraph, String quote, String note)
            implements Save {
        @Override
        public <R> R accept(Save.Visitor<R> visitor) {
            return visitor.addBookmark(this);
        }
    }

    /** Delete a bookmark (a tombstone in the file); answer with {@link Msg.MarksChanged}. */
    record DeleteBookmark(String id) implements Save {
        @Override
        public <R> R accept(Save.Visitor<R> visitor) {
            return visitor.deleteBookmark(this);
        }
    }

    /** Bring back a bookmark deleted in this session as it was (undo); answer with {@link Msg.MarksChanged}. */
    record RestoreBookmark(Mark mark) implements Save {
        @Override
        public <R> R accept(Save.Visitor<R> visitor) {
            return visitor.restoreBookmark(this);
        }
    }

    /** Give a bookmark a new note; answer with {@link Msg.MarksChanged}. */
    record EditNote(String id, String note) implements Save {
        @Override
        public <R> R accept(Save.Visitor<R> visitor) {
            return visitor.editNote(this);
        }
    }

    /** Keep where the document at {@code documentPath} was left (on leaving it, quitting, idling). */
    record SavePosition(String documentPath, Place place) implements Save {
        @Override
        public <R> R accept(Save.Visitor<R> visitor) {
            return visitor.savePosition(this);
        }
    }

    /**
     * Read row {@code entry}'s document (a large library's row, read when it is first needed) and
     * answer {@link Msg.Loaded}, with which the app handles {@code then}, the message that needed
     * it, again. Carried out on the UI thread before the next draw, so nothing shows in between.
     */
    record Load(int entry, LibraryDocument row, Msg then) implements Read {
        @Override
        public <R> R accept(Read.Visitor<R> visitor) {
            return visitor.load(this);
        }
    }

    /**
     * Place {@code marks} in the library's rows {@code entries}, reading what placing needs (a row
     * not read yet, a large file's fingerprint); answer {@link Msg.MarksPlaced}. Carried out on the
     * UI thread before the next draw.
     */
    record Anchor(List<LibraryDocument> entries, List<Mark> marks) implements Read {
        @Override
        public <R> R accept(Read.Visitor<R> visitor) {
            return visitor.anchor(this);
        }
    }

    /**
     * Open what {@code typed} names ({@code :e PATH}, a link to a file outside the library) through
     * {@link Paths}; answer {@link Msg.PathOpened}. Carried out on the UI thread before the next draw.
     *
     * @param beside the open document's path, which a relative path is taken beside, or null
     * @param anchor where to go in a file: null its saved place ({@code :e}), "" its start, else
     *               that heading (a link's {@code #anchor})
     * @param then   the message that needed the file (Ctrl-O back to a document no longer listed),
     *               handled again once it is in the list; or null
     */
    record OpenPath(String typed, String beside, String anchor, Msg then) implements Read {
        @Override
        public <R> R accept(Read.Visitor<R> visitor) {
            return visitor.openPath(this);
        }
    }

    /** Tab in {@code :e PATH}: the names that complete it, through {@link Paths}; answer {@link Msg.Completed}. */
    record CompletePath(String typed, String beside) implements Read {
        @Override
        public <R> R accept(Read.Visitor<R> visitor) {
            return visitor.completePath(this);
        }
    }

    /**
     * {@code v}: open the file at {@code path} in the user's editor at the line paragraph
     * {@code paragraph} starts on, the terminal handed over while it runs; answer {@link Msg.Edited}
     * with the document read again (or a {@link Msg.Notice} why not: a served session has no editor).
     *
     * @param byteOffset where the paragraph starts in a large file's bytes, or -1 (a document in memory)
     */
    record Edit(String path, int paragraph, long byteOffset) implements Effect {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.edit(this);
        }
    }
}
