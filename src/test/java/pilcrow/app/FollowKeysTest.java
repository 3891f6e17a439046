package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.Theme;
import pilcrow.view.View;

/** {@code T} follows a growing document's end, any move stops it, {@code R} reads it again in place. */
class FollowKeysTest {

    private static final String PATH = "/var/log/app.log";
    private final JLineTextMeasure measure = new JLineTextMeasure();

    /** A log of {@code lines} lines: the first is its title, so the last is paragraph {@code lines - 1}. */
    private static Document log(int lines) {
        return Fixtures.document(PATH, IntStream.rangeClosed(1, lines)
                .mapToObj(n -> "2024-05-01 request " + n + " served").collect(Collectors.joining("\n")) + "\n");
    }

    private KeyScript opened(int lines) {
        AppState state = AppState.initial("test", List.of(LibraryDocument.of(PATH, log(lines), null)), new Size(60, 12));
        return new KeyScript(new App(measure), state).send(new Msg.Open(0));
    }

    private static Msg grown(int lines) {
        return new Msg.Changed(0, PATH, LibraryDocument.of(PATH, log(lines), null), "", null);
    }

    private String screen(KeyScript keys) {
        return new View(measure, Theme.MONOCHROME).render(keys.state()).toText();
    }

    @Test
    void tGoesToTheEndAndStaysThereAsTheDocumentGrows() {
        KeyScript keys = opened(40).run("T");
        assertThat(keys.state().following()).isTrue();
        assertThat(keys.state().reader().current()).isEqualTo(39);
        assertThat(screen(keys)).contains("following").contains("request 40 served");

        keys.send(grown(55));

        assertThat(keys.state().reader().current()).isEqualTo(54);
        assertThat(screen(keys)).contains("request 55 served").contains("following");
    }

    @Test
    void anyMoveStopsFollowingAndTheNextGrowthLeavesThePlace() {
        KeyScript keys = opened(40).run("T k");
        assertThat(keys.state().following()).isFalse();
        int top = keys.state().reader().top();
        int current = keys.state().reader().current();

        keys.send(grown(55));

        assertThat(keys.state().reader().current()).isEqualTo(current);
        assertThat(keys.state().reader().top()).isEqualTo(top);
        assertThat(screen(keys)).doesNotContain("following");
    }

    /** A compressed log is not followed, and T says so in one line instead of "following" for nothing. */
    @Test
    void aCompressedLogIsNotFollowedAndTSaysSo() {
        String gz = "/var/log/app.log.2.gz";
        AppState state = AppState.initial("test", List.of(LibraryDocument.of(gz, log(40), null)), new Size(60, 12));
        KeyScript keys = new KeyScript(new App(measure), state).send(new Msg.Open(0)).run("T");
        assertThat(keys.state().following()).isFalse();
        assertThat(keys.state().reader().current()).isEqualTo(39);
        assertThat(keys.state().message()).isEqualTo("app.log.2.gz is compressed: it is not followed as it grows (R reads it again)");
    }

    /** An edge that follows nothing (a served session) stops following at once, with its line why. */
    @Test
    void anEdgeThatFollowsNothingStopsFollowingWithItsReason() {
        KeyScript keys = opened(40).run("T");
        keys.send(new Msg.NotFollowed("T does nothing here"));
        assertThat(keys.state().following()).isFalse();
        assertThat(screen(keys)).contains("T does nothing here").doesNotContain("following");
    }

    @Test
    void keysThatMoveNothingKeepFollowing() {
        KeyScript keys = opened(40).run("T # R");
        assertThat(keys.state().following()).isTrue();
    }

    @Test
    void rAsksForTheFileAgainWithThePlaceAndGoesBackThere() {
        KeyScript keys = opened(40).run(": 2 0 ENTER R");
        Effect.Reload reload = (Effect.Reload) keys.effects().get(keys.effects().size() - 1);
        assertThat(reload.path()).isEqualTo(PATH);
        assertThat(reload.place().paragraph()).isEqualTo(20);

        keys.send(new Msg.Changed(0, PATH, LibraryDocument.of(PATH, log(60), null), "", reload.place()));

        assertThat(keys.state().reader().current()).isEqualTo(20);
        assertThat(keys.state().reader().paragraphCount()).isEqualTo(59);
    }

    @Test
    void aFileCutShorterIsReadAgainWithItsNoteAndTheReaderKeptInside() {
        KeyScript keys = opened(40).run(": 3 5 ENTER");
        keys.send(new Msg.Changed(0, PATH, LibraryDocument.of(PATH, log(10), null),
                "app.log was cut shorter: read again", null));

        assertThat(keys.state().message()).isEqualTo("app.log was cut shorter: read again");
        assertThat(keys.state().reader().current()).isEqualTo(9);
    }

    @Test
    void pipedTextArrivingWhileFollowedIsShownAtItsEnd() {
        String name = "(standard input)";
        AppState state = AppState.initial("test", List.of(LibraryDocument.piped(name, log(20))), new Size(60, 12));
        KeyScript keys = new KeyScript(new App(measure), state).send(new Msg.Open(0)).run("T");

        keys.send(new Msg.Arrived(0, log(45)));

        assertThat(keys.state().reader().current()).isEqualTo(44);
        keys.run("R");
        assertThat(keys.state().message()).isEqualTo(Following.CANNOT_RELOAD_PIPE);
        assertThat(keys.effects()).noneMatch(Effect.Reload.class::isInstance);
    }
}
