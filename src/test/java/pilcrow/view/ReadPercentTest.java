package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pilcrow.app.App;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.testing.SourceGens;

/**
 * The list's READ column and the reader's status line say the same percentage for the same place:
 * how far the current paragraph is through the document's paragraphs.
 */
class ReadPercentTest {

    private static final Pattern STATUS_PERCENT = Pattern.compile("(\\d+)% *$");
    private static final Pattern READ_COLUMN = Pattern.compile(" (\\d+)%");

    private final JLineTextMeasure measure = new JLineTextMeasure();

    /** The reader's percentage on its status line, after {@code keys} from the list. */
    private int statusPercent(AppState state) {
        String[] rows = new View(measure, false).render(state).toText().split("\n");
        Matcher m = STATUS_PERCENT.matcher(rows[rows.length - 1]);
        assertThat(m.find()).as("a percentage on the status line: " + rows[rows.length - 1]).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The list's READ for the only document, or -1 when it shows none (the document was not read). */
    private int listPercent(AppState state) {
        String[] rows = new View(measure, false).render(state).toText().split("\n");
        assertThat(rows[1]).as("the list has its READ column").contains("READ");
        String row = java.util.Arrays.stream(rows).filter(r -> r.startsWith("\u25b8")).findFirst().orElseThrow();
        Matcher m = READ_COLUMN.matcher(row);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private int[] both(Document document, Size size, String moves) {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(size, document)).run("ENTER " + moves);
        int status = statusPercent(keys.state());
        int list = listPercent(keys.run("q").state());
        return new int[] {status, list};
    }

    @Test
    void theSeedAtItsTopIsAtZeroAndAtItsEndAtAHundred() {
        int[] top = both(Fixtures.seed(), new Size(80, 24), "");
        assertThat(top[0]).as("status line at the top").isZero();
        assertThat(top[1]).as("a document only opened has no READ").isEqualTo(-1);
        int[] end = both(Fixtures.seed(), new Size(80, 24), "G");
        assertThat(end).containsExactly(100, 100);
    }

    @Test
    void theListAndTheStatusLineAgreeForTheSamePlace() {
        String[] moveKeys = {"j", "k", "}", "{", "SPACE", "G", "g", "PGDN", "PGUP"};
        qt().withExamples(200).forAll(
                lists().of(integers().between(1, 400)).ofSizeBetween(1, 30),
                integers().between(60, 140), integers().between(4, 50),
                lists().of(integers().between(0, moveKeys.length - 1)).ofSizeBetween(0, 12))
                .checkAssert((lengths, columns, rows, moves) -> {
                    StringBuilder text = new StringBuilder("A title\n\n");
                    for (int i = 0; i < lengths.size(); i++) {
                        text.append(("word" + i + " ").repeat(Math.max(1, lengths.get(i) / 6))).append("\n\n");
                    }
                    Document document = Fixtures.document("p.txt", text.toString());
                    StringBuilder keys = new StringBuilder();
                    moves.forEach(m -> keys.append(moveKeys[m]).append(' '));
                    int[] both = both(document, new Size(columns, rows), keys.toString());
                    String where = lengths.size() + " paragraphs at " + columns + "x" + rows + " after " + keys;
                    // A document left at its top keeps no place, so the list shows no READ; its top
                    // is 0%, or 100% when its one paragraph is both the first and the last.
                    int atTop = lengths.size() == 1 ? 100 : 0;
                    assertThat(both[0]).as(where).isEqualTo(both[1] < 0 ? atTop : both[1]);
                });
    }
}
