package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The argument vector {@code v} runs: VISUAL, else EDITOR, else vi; split on spaces, never a shell line. */
class EditorCommandTest {

    @Test
    void visualComesFirstThenEditorThenVi() {
        assertThat(EditorCommand.argv("nano", "emacs", 7, "/d/a.md")).containsExactly("nano", "+7", "/d/a.md");
        assertThat(EditorCommand.argv(null, "emacs", 7, "/d/a.md")).containsExactly("emacs", "+7", "/d/a.md");
        assertThat(EditorCommand.argv(" ", "", 7, "/d/a.md")).containsExactly("vi", "+7", "/d/a.md");
        assertThat(EditorCommand.argv(null, null, 0, "/d/a.md")).as("a line from 1").containsExactly("vi", "+1", "/d/a.md");
    }

    @Test
    void theCommandIsSplitOnSpacesAndTheFileNameIsOneArgumentWhateverItHolds() {
        assertThat(EditorCommand.argv("code  -w", null, 3, "/d/my notes; $(rm -rf x).md"))
                .containsExactly("code", "-w", "+3", "/d/my notes; $(rm -rf x).md");
    }
}
