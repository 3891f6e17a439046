package pilcrow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Effect;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.core.text.Clip;
import pilcrow.core.text.TextMeasure;
import pilcrow.store.Store;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.Frame;
import pilcrow.view.View;

/**
 * A failed save's status line fits an 80-column terminal: it says that nothing was saved, why,
 * that the change is kept for this session and tried again, with a long path elided in its middle.
 */
class NotSavedMessageTest {

    private final TextMeasure measure = new JLineTextMeasure();

    @TempDir
    Path dir;

    @Test
    void theBriefsExampleFitsTheReadersStatusLineAt80Columns() {
        String message = FullScreen.notSaved(new Store.SaveFailure(Path.of("/tmp/notadir/pilcrow"), "not a directory"),
                measure);
        assertThat(message).isEqualTo("Not saved: /tmp/\u2026/pilcrow: not a directory; kept for now, retrying");
        assertThat(measure.width(message)).isLessThanOrEqualTo(FullScreen.NOTICE_COLUMNS);
    }

    @Test
    void aShortPathIsShownWhole() {
        assertThat(FullScreen.notSaved(new Store.SaveFailure(Path.of("/srv/pilcrow"), "permission denied"), measure))
                .isEqualTo("Not saved: /srv/pilcrow: permission denied; kept for now, retrying");
    }

    @Test
    void aLongPathKeepsItsLastNameWhole() {
        Path deep = Path.of("/home/someone-with-a-long-name/.local/share/pilcrow");
        assertThat(Clip.middle(deep.toString(), 22, measure)).isEqualTo("/home/\u2026/share/pilcrow");
        assertThat(FullScreen.notSaved(new Store.SaveFailure(deep, "permission denied"), measure))
                .as("the first folder gives way when the last name would not fit beside it")
                .isEqualTo("Not saved: \u2026/pilcrow: permission denied; kept for now, retrying");
    }

    @Test
    void aLongReasonStillFitsTheWholeWidth() {
        Path deep = Path.of("/home/someone-with-a-long-name/.local/share/pilcrow");
        String message = FullScreen.notSaved(new Store.SaveFailure(deep, "no space left on device"), measure);
        assertThat(message).isEqualTo("Not saved: \u2026/pilcrow: no space left on device; kept for now, retrying");
        assertThat(measure.width(message)).isLessThan(80);
    }

    @Test
    void aRealFailedSaveIsShownWholeOnThe80ColumnStatusLine() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notadir"), "x");
        Store store = Store.open(notAFolder.resolve("pilcrow"), Clock.systemUTC());
        List<Msg> answers = FullScreen.save(new Effect.AddBookmark("doc.txt", "", 1, "a quote", ""), store);
        Msg.Notice notice = (Msg.Notice) answers.get(answers.size() - 1);

        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(80, 24), Fixtures.seed()));
        AppState shown = keys.run("ENTER").send(notice).state();
        Frame frame = new View(measure, false).render(shown);
        String statusLine = frame.toText().lines().reduce((first, second) -> second).orElseThrow();

        assertThat(statusLine).as("the whole message, not cut").contains(notice.message());
        assertThat(notice.message()).startsWith("Not saved: /").contains("/pilcrow: not a directory")
                .endsWith("; kept for now, retrying");
    }
}
