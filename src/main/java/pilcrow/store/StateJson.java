package pilcrow.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code bookmarks.json}: pretty JSON with a format version, for people to read and edit too. */
final class StateJson {

    static final int VERSION = 1;

    // Gson is immutable and thread-safe. Nulls kept: an unknown field may be null on purpose.
    // HTML escaping off: notes with < > & stay readable.
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .disableHtmlEscaping().create();

    private StateJson() {}

    /** Why a file is not one this version can use; the message is one line. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    /**
     * What a file holds, as far as this version can use it.
     *
     * @param skipped      entries that do not parse: left out of the state, kept in it verbatim
     * @param damage       why the file as a whole is not sound ("cut short", "damaged"), or null;
     *                     the state then holds the complete entries found before the damage
     * @param newerVersion the format version of a newer pilcrow, or 0: read-only for this one
     */
    record Reading(State state, int skipped, String damage, long newerVersion) {}

    /** Reads {@code text}, never refusing it whole: see {@link Reading}. */
    static Reading read(String text) {
        JsonObject top;
        String damage = null;
        try {
            // Strict: a half-written or hand-mangled file is noticed, never half understood.
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !root.isJsonObject()) {
                throw new JsonParseException("not one object");
            }
            top = root.getAsJsonObject();
        } catch (JsonParseException | IOException e) {
            top = new JsonObject();
            completeEntries(text, top);
            damage = cutShort(text) ? "cut short" : "damaged";
        }
        JsonElement version = top.get("version");
        long newer = 0;
        if (isNumber(version) && version.getAsDouble() == Math.rint(version.getAsDouble())) {
            newer = version.getAsLong() > VERSION ? version.getAsLong() : 0;
        } else if (damage == null) {
            damage = "damaged"; // no version: not a file any pilcrow wrote, and not safe to rewrite
        }
        Map<String, List<JsonElement>> unparsed = new LinkedHashMap<>();
        Map<String, State.Entry<Bookmark>> bookmarks = new LinkedHashMap<>();
        for (JsonElement e : array(top, "bookmarks")) {
            try {
                Bookmark b = bookmark(object(e));
                State.Entry<Bookmark> old = bookmarks.get(b.id());
                if (old == null || State.replaces(b, old.value())) { // duplicates (hand edits) merge
                    bookmarks.put(b.id(), new State.Entry<>(b, e.getAsJsonObject()));
                }
            } catch (Unreadable bad) {
                unparsed.computeIfAbsent("bookmarks", k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, State.Entry<Position>> positions = new LinkedHashMap<>();
        for (JsonElement e : array(top, "positions")) {
            try {
                Position p = position(object(e));
                State.Entry<Position> old = positions.get(p.documentKey());
                if (old == null || p.updatedMillis() >= old.value().updatedMillis()) {
                    positions.put(p.documentKey(), new State.Entry<>(p, e.getAsJsonObject()));
                }
            } catch (Unreadable bad) {
                unparsed.computeIfAbsent("positions", k -> new ArrayList<>()).add(e);
            }
        }
        List<String> history = new ArrayList<>();
        for (JsonElement e : array(top, "history")) {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                history.add(e.getAsString());
            } else {
                unparsed.computeIfAbsent("history", k -> new ArrayList<>()).add(e);
            }
        }
        int skipped = unparsed.values().stream().mapToInt(List::size).sum();
        for (String name : List.of("bookmarks", "positions", "history")) {
            JsonElement e = top.get(name);
            if (e != null && !e.isJsonNull() && !e.isJsonArray()) {
                damage = damage == null ? "damaged" : damage; // a whole section that is not a list
            }
        }
        return new Reading(new State(bookmarks, positions, history, top, unparsed), skipped, damage, newer);
    }

    /**
     * Reads what it can of a file that is not valid JSON into {@code top}: the members before the
     * damage, and of the lists the elements that are complete.
     */
    private static void completeEntries(String text, JsonObject top) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (reader.peek() == JsonToken.BEGIN_ARRAY) {
                    JsonArray list = new JsonArray();
                    top.add(name, list);
                    reader.beginArray();
                    while (reader.hasNext()) {
                        list.add(JsonParser.parseReader(reader));
                    }
                    reader.endArray();
                } else {
                    top.add(name, JsonParser.parseReader(reader));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the damage: what was read before it is kept
        }
    }

    /**
     * Whether a file that does not parse looks cut off (a full disk, an editor killed while
     * saving) rather than overwritten: it stops before its closing brace, with no NUL filling.
     */
    private static boolean cutShort(String text) {
        String end = text.stripTrailing();
        return !end.isEmpty() && !end.endsWith("}") && text.indexOf('\0') < 0;
    }

    private static JsonObject object(JsonElement e) throws Unreadable {
        if (!e.isJsonObject()) {
            throw new Unreadable("not an object");
        }
        return e.getAsJsonObject();
    }

    /** As {@link #read}, refusing any file that is not wholly sound and of this version. */
    static State parse(String text) throws Unreadable {
        Reading reading = read(text);
        if (reading.damage() != null) {
            throw new Unreadable(reading.damage());
        }
        if (reading.newerVersion() != 0) {
            throw new Unreadable("format version " + reading.newerVersion());
        }
        return reading.state();
    }

    static String render(State state) {
        JsonObject top = state.top.deepCopy();
        top.addProperty("version", VERSION);
        JsonArray bookmarks = new JsonArray();
        state.bookmarks.values().forEach(e -> bookmarks.add(bookmark(e)));
        state.unparsed("bookmarks").forEach(e -> bookmarks.add(e.deepCopy()));
        top.add("bookmarks", bookmarks);
        JsonArray positions = new JsonArray();
        state.positions.values().forEach(e -> positions.add(position(e)));
        state.unparsed("positions").forEach(e -> positions.add(e.deepCopy()));
        top.add("positions", positions);
        JsonArray history = new JsonArray();
        state.unparsed("history").forEach(e -> history.add(e.deepCopy()));
        state.history.forEach(history::add);
        top.add("history", history);
        return escapeUnsafe(GSON.toJson(top)) + "\n";
    }

    private static JsonObject bookmark(State.Entry<Bookmark> e) {
        Bookmark b = e.value();
        // A tombstone drops everything else, unknown fields too: the entry is gone for the user.
        JsonObject o = b.deleted() ? new JsonObject() : e.raw().deepCopy();
        o.addProperty("id", b.id());
        if (!b.deleted()) {
            o.addProperty("documentPath", b.documentPath());
            o.addProperty("fingerprint", b.fingerprint());
            o.addProperty("paragraph", b.paragraph());
            o.addProperty("quote", b.quote());
            o.addProperty("note", b.note());
        }
        o.addProperty("createdMillis", b.createdMillis());
        o.addProperty("updatedMillis", b.updatedMillis());
        if (b.deleted()) {
            o.addProperty("deleted", true);
        } else {
            o.remove("deleted");
        }
        return o;
    }

    private static JsonObject position(State.Entry<Position> e) {
        Position p = e.value();
        JsonObject o = e.raw().deepCopy();
        o.addProperty("documentKey", p.documentKey());
        o.addProperty("documentPath", p.documentPath());
        o.addProperty("paragraph", p.paragraph());
        o.addProperty("offset", p.offset());
        o.addProperty("updatedMillis", p.updatedMillis());
        return o;
    }

    private static Bookmark bookmark(JsonObject o) throws Unreadable {
        String id = string(o, "bookmark", "id", null);
        if (id == null || id.isEmpty()) {
            throw new Unreadable("a bookmark has no id");
        }
        String what = "bookmark " + id;
        return new Bookmark(id, string(o, what, "documentPath", ""),
                string(o, what, "fingerprint", ""), (int) number(o, what, "paragraph"),
                string(o, what, "quote", ""), string(o, what, "note", ""),
                number(o, what, "createdMillis"), number(o, what, "updatedMillis"),
                bool(o, what, "deleted"));
    }

    private static Position position(JsonObject o) throws Unreadable {
        String key = string(o, "position", "documentKey", null);
        if (key == null) {
            throw new Unreadable("a position has no documentKey");
        }
        String what = "the position of " + key;
        return new Position(key, string(o, what, "documentPath", ""),
                (int) number(o, what, "paragraph"), (int) number(o, what, "offset"),
                number(o, what, "updatedMillis"));
    }

    private static List<JsonObject> objects(JsonObject top, String name) throws Unreadable {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : array(top, name)) {
            if (!e.isJsonObject()) {
                throw new Unreadable(name + " holds something that is not an object");
            }
            out.add(e.getAsJsonObject());
        }
        return out;
    }

    private static JsonArray array(JsonObject top, String name) {
        JsonElement e = top.get(name);
        if (e == null || e.isJsonNull()) {
            return new JsonArray();
        }
        return e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    }

    private static String string(JsonObject o, String what, String field, String absent)
            throws Unreadable {
        return field(o, what, field, absent, "text",
                e -> e.isJsonPrimitive() && e.getAsJsonPrimitive().isString(), JsonElement::getAsString);
    }

    private static long number(JsonObject o, String what, String field) throws Unreadable {
        return field(o, what, field, 0L, "a number", StateJson::isNumber, JsonElement::getAsLong);
    }

    private static boolean bool(JsonObject o, String what, String field) throws Unreadable {
        return field(o, what, field, false, "true or false",
                e -> e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean(), JsonElement::getAsBoolean);
    }

    /** A field as {@code as} reads it; {@code absent} when missing or null; else it must be {@code kind}. */
    private static <T> T field(JsonObject o, String what, String field, T absent, String kind,
                               java.util.function.Predicate<JsonElement> is,
                               java.util.function.Function<JsonElement, T> as) throws Unreadable {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return absent;
        }
        if (!is.test(e)) {
            throw new Unreadable(what + ": " + field + " is not " + kind);
        }
        return as.apply(e);
    }

    private static boolean isNumber(JsonElement e) {
        return e != null && e.isJsonPrimitive() && ((JsonPrimitive) e).isNumber();
    }

    /**
     * Gson writes some characters raw that should not be: a lone surrogate (an undecodable byte
     * kept by ByteEscapes) would become '?' in UTF-8, and DEL, C1 controls and bidi or other format
     * characters would act on a terminal showing the file with cat. They can only occur inside
     * strings, where a backslash-u escape stands for the same character.
     */
    static String escapeUnsafe(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean unsafe = Character.isSurrogate(c) || (c >= 0x7f && c <= 0x9f)
                    || Character.getType(c) == Character.FORMAT;
            if (unsafe && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? json : out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
