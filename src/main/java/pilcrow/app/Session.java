package pilcrow.app;

import java.util.List;
import java.util.Map;
import pilcrow.library.LibraryDocument;

/**
 * What this run of the reader knows of its library, whatever the screen: the rows, the
 * bookmarks and reading positions as saved, the search history, and the id the next background
 * search gets.
 *
 * @param entries the library's documents, in list order
 * @param marks   the bookmarks, newest first
 * @param places  where each document was left, by its path, as last saved
 * @param history patterns searched for, oldest first
 * @param nextId  the id the next background search gets, so stale results can be told apart
 */
public record Session(String libraryName,
                      List<LibraryDocument> entries,
                      List<Mark> marks,
                      Map<String, Place> places,
                      List<String> history,
                      long nextId) {

    public Session {
        entries = List.copyOf(entries);
        marks = List.copyOf(marks);
        places = Map.copyOf(places);
        history = List.copyOf(history);
    }

    Session withLibraryName(String value) {
        return new Session(value, entries, marks, places, history, nextId);
    }

    Session withEntries(List<LibraryDocument> value) {
        return new Session(libraryName, value, marks, places, history, nextId);
    }

    Session withMarks(List<Mark> value) {
        return new Session(libraryName, entries, value, places, history, nextId);
    }

    Session withPlaces(Map<String, Place> value) {
        return new Session(libraryName, entries, marks, value, history, nextId);
    }

    Session withHistory(List<String> value) {
        return new Session(libraryName, entries, marks, places, value, nextId);
    }

    Session withNextId(long value) {
        return new Session(libraryName, entries, marks, places, history, value);
    }
}
