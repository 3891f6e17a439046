package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one-line text input every prompt edits with. */
class TextInputTest {

    /** Typed a character at a time, any text reads back as typed up to the limit; Backspace takes back whole code points. */
    @Test
    void typingThenDeletingGivesBackEveryTextOnTheWay() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 260)).checkAssert(text -> {
            TextInput input = TextInput.EMPTY;
            for (char ch : text.toCharArray()) {
                input = input.type(ch);
            }
            String kept = text.substring(0, Math.min(text.length(), TextInput.MAX_LENGTH));
            assertThat(input.text()).isEqualTo(kept);
            int codePoints = kept.codePointCount(0, kept.length());
            for (int i = 0; i < codePoints; i++) {
                String before = input.text();
                input = input.deleteLast();
                assertThat(input.text()).isEqualTo(before.substring(0, before.offsetByCodePoints(before.length(), -1)));
            }
            assertThat(input).isEqualTo(TextInput.EMPTY);
            assertThat(input.deleteLast()).isSameAs(input);
        });
    }

    @Test
    void aPrintableKeyTypesBackspaceDeletesOtherActionsAreNoEdit() {
        TextInput input = new TextInput("ab");
        assertThat(input.update(KeyInput.of('c'), Optional.empty())).contains(new TextInput("abc"));
        assertThat(input.update(KeyInput.of('c'), Optional.of(Action.PROMPT_DELETE))).contains(new TextInput("a"));
        assertThat(input.update(KeyInput.of('c'), Optional.of(Action.PROMPT_SUBMIT))).isEmpty();
    }
}
