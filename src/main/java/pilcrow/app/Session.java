package pilcrow.app;

import java.util.List;
import java.util.Map;
import pilcrow.library.LibraryDocument;

/**
 * What this run of the reader knows of its library, whatever the screen: the rows, the
 * bookmarks and reading positions as saved, the search history, and the id the next background
 * search gets, and the places jumps left.
 *
 * @param entries the library's documents, in list order
 * @param marks   the bookmarks, newest first
 * @param places  where each document was left, by its path, as last saved
 * @param history patterns searched for, oldest first
 * @param nextId  the id the next background search gets, so stale results can be told apart
 * @param jumps   the places jumps left, for Ctrl-O, Ctrl-I and {@code ''}: this run's, not saved
 * @param following the open document follows its end as it grows (tail -f); any move stops it
 */
public record Session(String libraryName,
                      List<LibraryDocument> entries,
                      List<Mark> marks,
                      Map<String, Place> places,
                      List<String> history,
                      long nextId,
                      JumpList jumps,
                      boolean following) {

    public Session {
        entries = List.copyOf(entries);
        marks = List.copyOf(marks);
        places = Map.copyOf(places);
        history = List.copyOf(history);
    }

    public Session(String libraryName, List<LibraryDocument> entries, List<Mark> marks, Map<String, Place> places,
                   List<String> history, long nextId, JumpList jumps) {
        this(libraryName, entries, marks, places, history, nextId, jumps, false);
    }

    Session withFollowing(boolean value) {
        return new Session(libraryName, entries, marks, places, history, nextId, jumps, value);
    }

    Session withLibraryName(String value) {
        return new Session(value, entries, marks, places, history, nextId, jumps, following);
    }

    Session withEntries(List<LibraryDocument> value) {
        return new Session(libraryName, value, marks, places, history, nextId, jumps, following);
    }

    Session withMarks(List<Mark> value) {
        return new Session(libraryName, entries, value, places, history, nextId, jumps, following);
    }

    Session withPlaces(Map<String, Place> value) {
        return new Session(libraryName, entries, marks, value, history, nextId, jumps, following);
    }

    Session withHistory(List<String> value) {
        return new Session(libraryName, entries, marks, places, value, nextId, jumps, following);
    }

    Session withNextId(long value) {
        return new Session(libraryName, entries, marks, places, history, value, jumps, following);
    }

    Session withJumps(JumpList value) {
        return new Session(libraryName, entries, marks, places, history, nextId, value, following);
    }
}
