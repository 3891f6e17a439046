package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Msg;
import pilcrow.app.Size;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Small things a try-out saw on the screen: headers, cut notices, cut paths, a hint that lied. */
class ScreenPapercutsTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final View view = new View(measure, false);

    private List<String> rows(AppState state) {
        return view.render(state).toText().lines().toList();
    }

    @Test
    void theTitleHeaderIsWholeWhenEveryTitleIsShorterThanIt() {
        // printf 'a\n\nb\n' | pilcrow: a one-letter title once made the header "TIPARAS".
        AppState state = AppState.initial("lib", List.of(LibraryDocument.of(Fixtures.document("a.txt", "a\n\nb\n"))),
                new Size(80, 10));
        assertThat(rows(state).get(2)).as("the title is one letter").startsWith("\u25b8 a ");

        String header = rows(state).get(1);

        assertThat(header).contains("TITLE").contains("PARAS").doesNotContain("TIPARAS");
        assertThat(header.indexOf("PARAS")).isGreaterThan(header.indexOf("TITLE") + "TITLE".length());
    }

    @Test
    void aNoticeTooLongForTheStatusLineEndsInAnEllipsis() {
        String notice = "cannot open /usr/share/doc/x: permission denied; 64 files skipped: 60 binary, 4 hidden "
                + "(pilcrow list --verbose names them)";
        AppState state = AppState.initial("lib", List.of(LibraryDocument.of(Fixtures.document("a.txt", "A title\n\nText.\n"))),
                new Size(100, 10), notice);

        String last = rows(state).get(9).stripTrailing();

        assertThat(last).endsWith("\u2026");
        assertThat(last).startsWith(" cannot open /usr/share/doc/x");
    }

    @Test
    void aLongPathKeepsItsFileNameWholeAndItsFirstFolder() {
        String path = "/usr/share/doc/bash/a-long-folder-name/another-long-folder/README.Debian.gz";
        AppState state = AppState.initial("lib", List.of(LibraryDocument.of(path,
                Fixtures.document(path, "Bash notes\n\nText.\n"), null)), new Size(80, 10));

        String row = rows(state).get(2).stripTrailing();

        assertThat(row).endsWith("/README.Debian.gz");
        assertThat(row).contains("/usr/\u2026/");
    }

    @Test
    void theEmptyBookmarkListOnPipedTextDoesNotSayMMakesOne() {
        AppState state = AppState.initial("lib", List.of(LibraryDocument.piped("(standard input)",
                Fixtures.document("(standard input)", "Piped title\n\nText.\n"))), new Size(80, 10));
        KeyScript keys = new KeyScript(new App(measure), state).send(new Msg.Open(0)).run("m '");

        String screen = view.render(keys.state()).toText();

        assertThat(screen).doesNotContain("m in a document makes one");
        assertThat(screen).contains("No bookmarks: piped text has no file to keep them for");
    }
}
