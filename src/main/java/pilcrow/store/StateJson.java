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

    static State parse(String text) throws Unreadable {
        JsonElement root;
        try {
            // Strict: a half-written or hand-mangled file must be refused, never half understood.
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Unreadable("not valid JSON: text after the end");
            }
        } catch (JsonParseException | IOException e) {
            throw new Unreadable("not valid JSON: " + firstLine(e.getMessage()));
        }
        if (!root.isJsonObject()) {
            throw new Unreadable("not a JSON object");
        }
        JsonObject top = root.getAsJsonObject();
        JsonElement version = top.get("version");
        if (!isNumber(version) || version.getAsDouble() != Math.rint(version.getAsDouble())) {
            throw new Unreadable("no format version");
        }
        if (version.getAsLong() != VERSION) {
            // A newer pilcrow wrote it: rewriting it with this one's fields could lose data.
            throw new Unreadable("format version " + version.getAsLong()
                    + " is not the version this pilcrow knows (" + VERSION + ")");
        }
        Map<String, State.Entry<Bookmark>> bookmarks = new LinkedHashMap<>();
        for (JsonObject o : objects(top, "bookmarks")) {
            Bookmark b = bookmark(o);
            State.Entry<Bookmark> old = bookmarks.get(b.id());
            if (old == null || State.replaces(b, old.value())) { // duplicates (hand edits) merge
                bookmarks.put(b.id(), new State.Entry<>(b, o));
            }
        }
        Map<String, State.Entry<Position>> positions = new LinkedHashMap<>();
        for (JsonObject o : objects(top, "positions")) {
            Position p = position(o);
            State.Entry<Position> old = positions.get(p.documentKey());
            if (old == null || p.updatedMillis() >= old.value().updatedMillis()) {
                positions.put(p.documentKey(), new State.Entry<>(p, o));
            }
        }
        List<String> history = new ArrayList<>();
        for (JsonElement e : array(top, "history")) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new Unreadable("history holds something that is not text");
            }
            history.add(e.getAsString());
        }
        return new State(bookmarks, positions, history, top);
    }

    static String render(State state) {
        JsonObject top = state.top.deepCopy();
        top.addProperty("version", VERSION);
        JsonArray bookmarks = new JsonArray();
        state.bookmarks.values().forEach(e -> bookmarks.add(bookmark(e)));
        top.add("bookmarks", bookmarks);
        JsonArray positions = new JsonArray();
        state.positions.values().forEach(e -> positions.add(position(e)));
        top.add("positions", positions);
        JsonArray history = new JsonArray();
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

    private static JsonArray array(JsonObject top, String name) throws Unreadable {
        JsonElement e = top.get(name);
        if (e == null || e.isJsonNull()) {
            return new JsonArray();
        }
        if (!e.isJsonArray()) {
            throw new Unreadable(name + " is not a list");
        }
        return e.getAsJsonArray();
    }

    private static String string(JsonObject o, String what, String field, String absent)
            throws Unreadable {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return absent;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new Unreadable(what + ": " + field + " is not text");
        }
        return e.getAsString();
    }

    private static long number(JsonObject o, String what, String field) throws Unreadable {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return 0;
        }
        if (!isNumber(e)) {
            throw new Unreadable(what + ": " + field + " is not a number");
        }
        return e.getAsLong();
    }

    private static boolean bool(JsonObject o, String what, String field) throws Unreadable {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new Unreadable(what + ": " + field + " is not true or false");
        }
        return e.getAsBoolean();
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
