package pilcrow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateJsonTest {

    private static final String HAND_WRITTEN = """
            {
              "version": 1,
              "editor": {"name": "by hand", "tags": [1, 2]},
              "bookmarks": [
                {"id": "0badcafe", "colour": "red", "documentPath": "a.txt", "paragraph": 7,
                 "note": "n", "createdMillis": 5, "updatedMillis": 6, "links": {"x": null}},
                {"id": "dead0001", "updatedMillis": 9, "deleted": true}
              ],
              "positions": [
                {"documentKey": "k", "documentPath": "a.txt", "paragraph": 3, "offset": 12,
                 "updatedMillis": 4, "zoom": 2.5}
              ],
              "history": ["one", "two"],
              "later": true
            }
            """;

    @Test
    void unknownFieldsSurviveAndKnownOnesAreOverlaid() throws Exception {
        State read = StateJson.parse(HAND_WRITTEN);
        Bookmark b = read.bookmarks.get("0badcafe").value();
        assertThat(b.paragraph()).isEqualTo(7);
        assertThat(b.fingerprint()).isEmpty();
        assertThat(read.bookmarks.get("dead0001").value().deleted()).isTrue();

        Bookmark edited = b.withNote("new note").stamped(50, false);
        State changed = State.merge(read, State.of(edited));
        JsonObject out = JsonParser.parseString(StateJson.render(changed)).getAsJsonObject();

        assertThat(out.get("version").getAsInt()).isEqualTo(1);
        assertThat(out.get("editor")).isEqualTo(JsonParser.parseString(
                "{\"name\": \"by hand\", \"tags\": [1, 2]}"));
        assertThat(out.get("later").getAsBoolean()).isTrue();
        JsonObject mark = out.getAsJsonArray("bookmarks").get(0).getAsJsonObject();
        assertThat(mark.get("colour").getAsString()).isEqualTo("red");
        assertThat(mark.get("links").toString()).isEqualTo("{\"x\":null}");
        assertThat(mark.get("note").getAsString()).isEqualTo("new note");
        assertThat(mark.get("updatedMillis").getAsLong()).isEqualTo(50);
        JsonObject position = out.getAsJsonArray("positions").get(0).getAsJsonObject();
        assertThat(position.get("zoom").getAsDouble()).isEqualTo(2.5);
        assertThat(out.getAsJsonArray("history").toString()).isEqualTo("[\"one\",\"two\"]");

        // and once more through the file format: nothing changes on a second round trip
        String again = StateJson.render(StateJson.parse(StateJson.render(changed)));
        assertThat(again).isEqualTo(StateJson.render(changed));
    }

    @Test
    void theFileIsPrettyAndVersioned() {
        String text = StateJson.render(State.of(new Bookmark("12345678", "a.txt", "fp", 1, "q",
                "<b> & 'x'", 1, 2, false)));
        assertThat(text).startsWith("{\n  \"version\": 1,\n").contains("\n  \"bookmarks\": [\n")
                .contains("\"positions\": []").contains("\"history\": []")
                .contains("<b> & 'x'").endsWith("}\n");
    }

    @Test
    void aTombstoneKeepsOnlyWhatTheMergeNeeds() throws Exception {
        State read = StateJson.parse(HAND_WRITTEN);
        Bookmark b = read.bookmarks.get("0badcafe").value();
        String text = StateJson.render(State.merge(read, State.of(b.stamped(60, true))));
        JsonObject mark = JsonParser.parseString(text).getAsJsonObject()
                .getAsJsonArray("bookmarks").get(0).getAsJsonObject();
        assertThat(mark.keySet()).containsExactly("id", "createdMillis", "updatedMillis", "deleted");
    }

    @Test
    void anotherVersionOrNoVersionIsRefused() {
        assertThatThrownBy(() -> StateJson.parse("{\"version\": 2, \"bookmarks\": []}"))
                .isInstanceOf(StateJson.Unreadable.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> StateJson.parse("{\"bookmarks\": []}"))
                .isInstanceOf(StateJson.Unreadable.class);
        assertThat(StateJson.read("{\"version\": 2, \"bookmarks\": [{\"id\": \"a\"}]}"))
                .satisfies(r -> assertThat(r.newerVersion()).isEqualTo(2))
                .satisfies(r -> assertThat(r.state().bookmarks).containsOnlyKeys("a"));
        assertThatThrownBy(() -> StateJson.parse("{\"version\": \"1\"}"))
                .isInstanceOf(StateJson.Unreadable.class);
    }

    @Test
    void everyTruncationOfAFileIsRefused() throws Exception {
        State s = StateJson.parse(HAND_WRITTEN);
        String text = StateJson.render(s).strip();
        for (int n = 0; n < text.length(); n++) {
            String prefix = text.substring(0, n);
            assertThatThrownBy(() -> StateJson.parse(prefix)).as("first %d chars", n)
                    .isInstanceOf(StateJson.Unreadable.class);
        }
    }

    @Test
    void garbageAndWrongTypesAreRefusedWithAOneLineReason() {
        List<String> bad = List.of("", "   ", "null", "[]", "garbage", "{\"version\": 1} x",
                "{\"version\": 1, /* c */ \"history\": []}",
                "{\"version\": 1, \"bookmarks\": {}}");
        for (String text : bad) {
            assertThatThrownBy(() -> StateJson.parse(text)).as(text)
                    .isInstanceOf(StateJson.Unreadable.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        List<String> badEntries = List.of(
                "{\"version\": 1, \"bookmarks\": [{\"note\": \"no id\"}]}",
                "{\"version\": 1, \"bookmarks\": [{\"id\": \"a\", \"paragraph\": \"7\"}]}",
                "{\"version\": 1, \"bookmarks\": [{\"id\": \"a\", \"deleted\": 1}]}",
                "{\"version\": 1, \"positions\": [{\"paragraph\": 1}]}",
                "{\"version\": 1, \"history\": [1]}");
        for (String text : badEntries) {
            StateJson.Reading reading = StateJson.read(text);
            assertThat(reading.damage()).as(text).isNull();
            assertThat(reading.skipped()).as(text).isEqualTo(1);
            assertThat(reading.state().isEmpty()).as(text).isTrue();
        }
    }

    @Test
    void duplicateEntriesWrittenByHandAreMerged() throws Exception {
        State s = StateJson.parse("""
                {"version": 1, "bookmarks": [
                  {"id": "a", "note": "new", "updatedMillis": 9},
                  {"id": "a", "note": "old", "updatedMillis": 3}]}
                """);
        assertThat(s.bookmarks.get("a").value().note()).isEqualTo("new");
    }

    @Test
    void awkwardTextRoundTripsExactlyAndTheFileIsSafeToCat() throws Exception {
        String note = "line one\nline two\r\n\t\"quoted\" \\n \\u001b literal\u001b[31mred\u001b[0m"
                + " \u0007 \u009b2J \u007f \u202eevil\u202c \u200b \ufeff \u2028 \udc80\udcff lone"
                + " \ud83d\ude00 emoji é e\u0301 </script>";
        State s = State.of(new Bookmark("a", "dir/\n$(rm -rf).txt", "fp", 1, "\udcfe quote",
                note, 1, 1, false));
        String text = StateJson.render(s);

        Bookmark back = StateJson.parse(text).bookmarks.get("a").value();
        assertThat(back.note()).isEqualTo(note);
        assertThat(back.note().toCharArray()).isEqualTo(note.toCharArray());
        assertThat(back.quote()).isEqualTo("\udcfe quote");
        assertThat(back.documentPath()).isEqualTo("dir/\n$(rm -rf).txt");

        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text); // no lone surrogate
        assertThat(text.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || Character.getType(c) == Character.FORMAT))).isEmpty();
        assertThat(text).contains("\\u001b[31m").contains("\\u202e").contains("\\udc80")
                .contains("\ud83d\ude00").doesNotContain("\u001b").doesNotContain("\u009b");
    }
}
