package pilcrow.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a bookmarks file, immutable. Each entry keeps the JSON object it was read from, so
 * fields written by a newer pilcrow (or by hand) survive being rewritten by this one. Those JSON
 * objects are shared between states and never modified: writing works on copies.
 */
final class State {

    static final int HISTORY_LIMIT = 100;

    /** A known value with the raw JSON it came from (empty for entries made here). */
    record Entry<T>(T value, JsonObject raw) {}

    final Map<String, Entry<Bookmark>> bookmarks;
    final Map<String, Entry<Position>> positions;
    /** Oldest first. */
    final List<String> history;
    /** The top-level object as read: unknown top-level fields live here. */
    final JsonObject top;

    /**
     * Entries of the file that this version could not read, per list ("bookmarks", "positions",
     * "history"): written back as they were, never shown. Shared like {@link #top}, never modified.
     */
    private final Map<String, List<JsonElement>> unparsed;

    State(Map<String, Entry<Bookmark>> bookmarks, Map<String, Entry<Position>> positions,
            List<String> history, JsonObject top) {
        this(bookmarks, positions, history, top, Map.of());
    }

    State(Map<String, Entry<Bookmark>> bookmarks, Map<String, Entry<Position>> positions,
            List<String> history, JsonObject top, Map<String, List<JsonElement>> unparsed) {
        this.bookmarks = Collections.unmodifiableMap(new LinkedHashMap<>(bookmarks));
        this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        this.history = List.copyOf(history);
        this.top = top;
        Map<String, List<JsonElement>> copy = new LinkedHashMap<>();
        unparsed.forEach((list, elements) -> copy.put(list, List.copyOf(elements)));
        this.unparsed = Collections.unmodifiableMap(copy);
    }

    List<JsonElement> unparsed(String list) {
        return unparsed.getOrDefault(list, List.of());
    }

    /** A new one each time: JsonObject is mutable, and nothing mutable is static here. */
    static State empty() {
        return new State(Map.of(), Map.of(), List.of(), new JsonObject());
    }

    static State of(Bookmark b) {
        return new State(Map.of(b.id(), new Entry<>(b, new JsonObject())), Map.of(), List.of(),
                new JsonObject());
    }

    static State of(Position p) {
        return new State(Map.of(), Map.of(p.documentKey(), new Entry<>(p, new JsonObject())),
                List.of(), new JsonObject());
    }

    static State ofHistory(String pattern) {
        return new State(Map.of(), Map.of(), List.of(pattern), new JsonObject());
    }

    boolean isEmpty() {
        return bookmarks.isEmpty() && positions.isEmpty() && history.isEmpty();
    }

    /**
     * {@code newer} laid over {@code base}, entry by entry. Bookmarks by id: the later
     * {@code updatedMillis} wins; on a tie a tombstone wins, else {@code newer} does (it is the
     * change being saved). Positions by document: the later wins, {@code newer} on a tie. History:
     * {@code newer}'s patterns move to the end (the most recent), the oldest beyond the limit go.
     * Top-level unknown fields come from {@code base}, which is what is on disk when saving.
     */
    static State merge(State base, State newer) {
        Map<String, Entry<Bookmark>> bookmarks = new LinkedHashMap<>(base.bookmarks);
        newer.bookmarks.forEach((id, entry) -> bookmarks.merge(id, entry,
                (old, mine) -> replaces(mine.value(), old.value()) ? over(old, mine) : old));
        Map<String, Entry<Position>> positions = new LinkedHashMap<>(base.positions);
        newer.positions.forEach((key, entry) -> positions.merge(key, entry,
                (old, mine) -> mine.value().updatedMillis() >= old.value().updatedMillis()
                        ? over(old, mine) : old));
        List<String> history = new ArrayList<>(base.history);
        for (String pattern : newer.history) {
            history.remove(pattern);
            history.add(pattern);
        }
        if (history.size() > HISTORY_LIMIT) {
            history = history.subList(history.size() - HISTORY_LIMIT, history.size());
        }
        JsonObject top = base.top.size() > 0 ? base.top : newer.top;
        // What could not be read is only ever on disk: the base's, when saving.
        return new State(bookmarks, positions, history, top,
                base.unparsed.isEmpty() ? newer.unparsed : base.unparsed);
    }

    /**
     * The winner's value, with the unknown fields of both. Fields this version does not know are
     * only ever changed by others (a newer pilcrow, a person), so the base's copy, which is what
     * is on disk when saving, is the fresher one. Known fields in the raw are overwritten when
     * written.
     */
    private static <T> Entry<T> over(Entry<T> base, Entry<T> winner) {
        JsonObject raw = winner.raw().deepCopy();
        base.raw().entrySet().forEach(e -> raw.add(e.getKey(), e.getValue().deepCopy()));
        return new Entry<>(winner.value(), raw);
    }

    /** Whether {@code mine} takes the place of {@code old}, the same bookmark elsewhere. */
    static boolean replaces(Bookmark mine, Bookmark old) {
        if (mine.updatedMillis() != old.updatedMillis()) {
            return mine.updatedMillis() > old.updatedMillis();
        }
        return mine.deleted() || !old.deleted();
    }
}
