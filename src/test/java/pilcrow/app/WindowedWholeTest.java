package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.core.model.TextSnapshot;
import pilcrow.core.model.WholeText;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * The differential test of issue 19's "the reader always windows": a document in memory read
 * through a window (its {@link WholeText}, laid out whole) shows, key after key, the screens the
 * whole-document reader shows, status line included, for plain text, Markdown and the seed, on a
 * large screen and a small one.
 */
class WindowedWholeTest {

    private static final List<String> MOVES = List.of("j", "j j j", "SPACE", "SPACE SPACE SPACE", "b", "d", "u",
            "} } }", "{", "G", "k k", "b b b b b b b b", "g", ": 1 5 0 ENTER", "j j", "RESIZE:60x20", "j",
            "RESIZE:80x24", "} } } } }", "> >", "<", "#", "G", "j", "}", "RESIZE:40x12", "g", "k", "{",
            "SPACE SPACE SPACE SPACE SPACE SPACE SPACE SPACE", ": 9 9 9 9 ENTER", ": 0 ENTER", ": 2 ENTER", "{ {",
            "RESIZE:30x8", "RESIZE:80x24", "G g", "HOME", "END", "PGUP PGUP", "PGDN");

    private static final List<String> FINDS = List.of("/ P a r a g r a p h SPACE 1 9 ENTER", "n", "N", "N N",
            "/ s e c o n d ENTER", "n n n", "/ w o r d s ESC", "/ T H E ENTER", "n", "G / b e g i n s ENTER N N",
            "/ z z z q ENTER", "n", "/ s e ESC", "g / l i n e BACKSPACE ENTER N");

    private static final Document PLAIN = plain(300);

    private static final Document MARKDOWN = WholeWindowTest.MARKDOWN; // headings, lists, a quote, code

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final App app = new App(measure);
    private final View view = new View(measure, false);

    /** Paragraphs of one to seven lines, some of two source lines, with a source line at the end. */
    static Document plain(int paragraphs) {
        StringBuilder text = new StringBuilder("A document read two ways\n\n");
        for (int i = 1; i <= paragraphs; i++) {
            text.append("Paragraph ").append(i).append(" begins here.")
                    .append(" Some words to wrap over lines.".repeat(i % 7)).append('\n')
                    .append(i % 3 == 0 ? "A second line. é e\u0301 中文\n" : "").append('\n');
        }
        return Fixtures.document("plain.txt", text.append("-THE SOURCE\n").toString());
    }

    /** The same document, read through a window of its text in memory. */
    static LibraryDocument windowed(Document document) {
        return new LibraryDocument.Large(document.name(), TextSnapshot.of(new WholeText(document)), document);
    }

    private KeyScript reader(LibraryDocument entry, int columns, int rows) {
        KeyScript keys = new KeyScript(app, AppState.initial("t", List.of(entry), new Size(columns, rows)));
        return keys.send(new Msg.Resize(columns, rows)).send(new Msg.Open(0));
    }

    private String screen(KeyScript keys) {
        return view.render(keys.state()).toText();
    }

    private void sameScreens(Document document, int columns, int rows, List<String> script) {
        KeyScript whole = reader(LibraryDocument.of(document), columns, rows);
        KeyScript windowed = reader(windowed(document), columns, rows);
        assertThat(screen(windowed)).as("%s opened at %dx%d", document.name(), columns, rows)
                .isEqualTo(screen(whole));
        for (String step : script) {
            whole.run(step);
            windowed.run(step);
            assertThat(screen(windowed)).as("%s at %dx%d after %s", document.name(), columns, rows, step)
                    .isEqualTo(screen(whole));
            assertThat(windowed.state().reader().current()).as("current after %s", step)
                    .isEqualTo(whole.state().reader().current());
            assertThat(windowed.state().reader().percent()).as("percent after %s", step)
                    .isEqualTo(whole.state().reader().percent());
        }
    }

    @Test
    void movingShowsTheSameScreens() {
        for (Document document : List.of(PLAIN, MARKDOWN, Fixtures.seed())) {
            sameScreens(document, 80, 24, MOVES);
            sameScreens(document, 40, 12, MOVES);
        }
    }

    @Test
    void findingShowsTheSameScreens() {
        for (Document document : List.of(PLAIN, Fixtures.seed())) {
            sameScreens(document, 80, 24, FINDS);
            sameScreens(document, 40, 12, FINDS);
        }
    }
}
