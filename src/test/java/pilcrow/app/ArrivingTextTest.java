package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Text arriving on a pipe while it is read ({@link Msg.Arrived}): the reader shows it and stays where it was. */
class ArrivingTextTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    private static Document piped(int paragraphs) {
        String text = "Piped title\n\n" + IntStream.rangeClosed(1, paragraphs)
                .mapToObj(n -> "Paragraph " + n + " of the pipe.")
                .collect(Collectors.joining("\n\n")) + "\n";
        return Fixtures.document("(standard input)", text);
    }

    @Test
    void theFirstTextToArriveFillsAnEmptyReader() {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), Fixtures.document(
                "(standard input)", ""))).send(new Msg.Open(0));
        assertThat(keys.state().reader().paragraphCount()).isZero();

        keys.send(new Msg.Arrived(0, piped(3)));
        ReaderState reader = keys.state().reader();
        assertThat(reader.paragraphCount()).isEqualTo(3);
        assertThat(reader.current()).isEqualTo(1);
        assertThat(keys.state().entries().get(0).document().paragraphCount()).isEqualTo(3);
        assertThat(reader.lines().stream().map(line -> line.text()).toList()).contains("Paragraph 3 of the pipe.");
    }

    @Test
    void moreTextKeepsTheTopLineAndTheCurrentParagraph() {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), piped(20)))
                .send(new Msg.Open(0)).run(": 9 ENTER j");
        ReaderState before = keys.state().reader();
        String topLine = before.lines().get(before.top()).text();
        assertThat(before.current()).isGreaterThan(1);

        keys.send(new Msg.Arrived(0, piped(200)));
        ReaderState after = keys.state().reader();
        assertThat(after.paragraphCount()).isEqualTo(200);
        assertThat(after.lines().get(after.top()).text()).isEqualTo(topLine);
        assertThat(after.current()).isEqualTo(before.current());
    }

    @Test
    void textForAnotherEntryLeavesTheOpenReaderAlone() {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), piped(2), Fixtures.seed()))
                .send(new Msg.Open(1));
        ReaderState before = keys.state().reader();
        keys.send(new Msg.Arrived(0, piped(5)));
        assertThat(keys.state().reader()).isEqualTo(before);
        assertThat(keys.state().entries().get(0).document().paragraphCount()).isEqualTo(5);
    }
}
