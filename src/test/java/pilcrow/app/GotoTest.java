package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Issue 22: less's 50% typed in the reader, and :+N / :-N relative to the current paragraph. */
class GotoTest {

    private static final int PARAGRAPHS = 40;

    private KeyScript opened() {
        StringBuilder text = new StringBuilder("Forty\n\n");
        for (int i = 1; i <= PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(".\n\n");
        }
        Document document = Fixtures.document("forty.txt", text.toString());
        return new KeyScript(new App(new JLineTextMeasure()), Fixtures.state(new Size(80, 24), document)).run("ENTER");
    }

    private int current(KeyScript keys) {
        return keys.state().reader().current();
    }

    @Test
    void aNumberThenPercentGoesThatFarAtOnce() {
        KeyScript keys = opened();

        assertThat(current(keys.run("5 0 %"))).isEqualTo(20);
        assertThat(keys.state().prompt()).isNull();
        assertThat(current(keys.run("1 0 0 %"))).isEqualTo(PARAGRAPHS);
        assertThat(current(keys.run("0 %"))).isEqualTo(1);
        assertThat(current(keys.run("2 5 %"))).isEqualTo(10);
        assertThat(current(keys.run(": 7 5 %"))).as("after :, too").isEqualTo(30);
    }

    @Test
    void aNumberThenEnterIsParagraphN() {
        assertThat(current(opened().run("1 7 ENTER"))).isEqualTo(17);
    }

    @Test
    void plusAndMinusAreRelativeAndStayInsideTheDocument() {
        KeyScript keys = opened().run("1 0 ENTER");

        assertThat(current(keys.run(": + 5 ENTER"))).isEqualTo(15);
        assertThat(current(keys.run(": - 3 ENTER"))).isEqualTo(12);
        assertThat(current(keys.run(": - 9 9 ENTER"))).isEqualTo(1);
        assertThat(current(keys.run(": + 9 9 9 ENTER"))).isEqualTo(PARAGRAPHS);
    }

    @Test
    void whatIsNotAPlaceSaysSo() {
        KeyScript keys = opened().run("1 0 ENTER");

        assertThat(keys.run("1 5 0 %").state().message()).isEqualTo("Not a percentage: 150% (0-100%)");
        assertThat(current(keys)).isEqualTo(10);
        assertThat(keys.run(": x ENTER").state().message()).isEqualTo("Not a paragraph number, +N, -N or N%: x");
    }
}
