package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.library.LibraryDocument;
import pilcrow.runtime.LocalPaths;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** {@code v}: the editor asked for at the current paragraph, refused where there is no plain file, and the text read again. */
class EditKeysTest {

    @TempDir
    Path folder;

    private KeyScript reader(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        AppState state = Fixtures.state(new Size(60, 12), Fixtures.document(file.toString(), text));
        return new KeyScript(new App(new JLineTextMeasure()), state)
                .opening(LocalPaths.local(folder, folder)).run("ENTER");
    }

    private static String text(int paragraphs) {
        StringBuilder text = new StringBuilder("Title\n\n");
        for (int i = 1; i <= paragraphs; i++) {
            text.append("Paragraph ").append(i).append(".\n\n");
        }
        return text.toString();
    }

    private static List<Effect.Edit> edits(KeyScript keys) {
        return keys.effects().stream().filter(Effect.Edit.class::isInstance).map(Effect.Edit.class::cast).toList();
    }

    @Test
    void vAsksForTheEditorOnTheFileAtTheCurrentParagraph() throws IOException {
        KeyScript keys = reader("a.txt", text(30)).run(": 1 2 ENTER v");
        assertThat(edits(keys)).containsExactly(new Effect.Edit(folder.resolve("a.txt").toString(), 12, -1));
    }

    @Test
    void textFromAPipeOrInsideAGzipIsNotAPlainFile() throws IOException {
        Document piped = Fixtures.document("(standard input)", text(3));
        AppState state = AppState.initial("pipe", List.of(new LibraryDocument.Whole("-", piped, true)), new Size(60, 12));
        KeyScript keys = new KeyScript(new App(new JLineTextMeasure()), state).run("ENTER v");
        assertThat(keys.state().message()).isEqualTo(Editing.NOT_A_PLAIN_FILE);
        assertThat(edits(keys)).isEmpty();

        Document gz = Fixtures.document("/d/a.txt.gz", text(3));
        KeyScript gzipped = new KeyScript(new App(new JLineTextMeasure()), Fixtures.state(new Size(60, 12), gz)).run("ENTER v");
        assertThat(gzipped.state().message()).isEqualTo(Editing.NOT_A_PLAIN_FILE);
    }

    @Test
    void theTextReadAgainIsShownFromTheSameParagraph() throws IOException {
        KeyScript keys = reader("a.txt", text(30)).run(": 1 2 ENTER");
        Path file = folder.resolve("a.txt");
        Files.writeString(file, text(30) + "Added at the end.\n");
        keys.send(new Msg.Edited(file.toString(), LocalPaths.local(folder, folder).reread(file.toString())));
        assertThat(keys.state().reader().current()).isEqualTo(12);
        assertThat(keys.state().reader().paragraphCount()).isEqualTo(31);
        assertThat(keys.state().message()).isEqualTo("Read again after editing");

        keys.send(new Msg.Edited(file.toString(), new LibraryDocument.Unreadable(file.toString(), "binary file")));
        assertThat(keys.state().message()).endsWith("again: binary file");
        assertThat(keys.state().reader().paragraphCount()).as("the text before is kept").isEqualTo(31);
    }
}
