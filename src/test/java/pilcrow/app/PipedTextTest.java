package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * Piped text ({@code cmd | pilcrow}) has no file: the next pipe is another text under the same
 * name, so nothing is kept for it (no bookmark, no reading position) and nothing kept under its
 * name is shown on it.
 */
class PipedTextTest {

    private static final String NAME = "(standard input)";

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private static Document text(int paragraphs) {
        return Fixtures.document(NAME, "Piped title\n\n" + IntStream.rangeClosed(1, paragraphs)
                .mapToObj(n -> "Paragraph " + n + " of the pipe.").collect(Collectors.joining("\n\n")) + "\n");
    }

    private KeyScript piped() {
        AppState state = AppState.initial("test", List.of(LibraryDocument.piped(NAME, text(40))), new Size(60, 12));
        return new KeyScript(new App(measure), state).send(new Msg.Open(0));
    }

    @Test
    void mSaysBookmarksNeedAFileAndSavesNothing() {
        KeyScript keys = piped().run("} } m");

        assertThat(keys.state().prompt()).isNull();
        assertThat(keys.state().message()).isEqualTo("Bookmarks need a file: piped text is not saved");
        assertThat(keys.effects()).noneMatch(Effect.AddBookmark.class::isInstance);
    }

    @Test
    void noReadingPositionIsSavedOnLeavingOrQuitting() {
        KeyScript keys = piped().run(": 2 0 ENTER q ENTER : 3 0 ENTER Q");

        assertThat(keys.state().reader().current()).isEqualTo(30);
        assertThat(keys.effects()).noneMatch(Effect.SavePosition.class::isInstance);
        assertThat(keys.effects()).contains(new Effect.Quit());
    }

    @Test
    void aPlaceOrBookmarkKeptUnderTheNameByAnOlderPilcrowIsNotUsed() {
        Mark old = new Mark("b1", NAME, "", 12, "", "from another pipe", 1L);
        KeyScript keys = piped().send(new Msg.DataLoaded(List.of(), List.of(old), Map.of(NAME, new Place(25, 0)), ""));

        assertThat(keys.state().reader().current()).isEqualTo(1);
        keys.run("]");
        assertThat(keys.state().message()).isEqualTo("No bookmarks in this document: m makes one");
    }

    @Test
    void textArrivingLaterIsStillPiped() {
        KeyScript keys = piped().send(new Msg.Arrived(0, text(60))).run(": 5 0 ENTER m");

        assertThat(keys.state().message()).isEqualTo("Bookmarks need a file: piped text is not saved");
        assertThat(keys.state().entries().get(0).piped()).isTrue();
    }
}
