package pilcrow.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pilcrow.app.AppState;
import pilcrow.app.Size;
import pilcrow.core.text.TextMeasure;
import pilcrow.library.LibraryDocument;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;

/** The list's title column is sized once per list of entries, not on every key. */
class ListTitlesTest {

    /** Counts the texts measured whole, by text. */
    private static final class CountingMeasure implements TextMeasure {
        final TextMeasure real = new JLineTextMeasure();
        final Map<String, Integer> measured = new HashMap<>();

        @Override
        public int graphemeLength(CharSequence text, int index) {
            return real.graphemeLength(text, index);
        }

        @Override
        public int graphemeWidth(CharSequence text, int index) {
            return real.graphemeWidth(text, index);
        }

        @Override
        public int width(CharSequence text) {
            measured.merge(text.toString(), 1, Integer::sum);
            return real.width(text);
        }
    }

    @Test
    void titlesOffScreenAreMeasuredOnceForTheColumnNotOnEveryRender() {
        List<LibraryDocument> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(LibraryDocument.of(Fixtures.document("doc" + i + ".txt", "Title number " + i + "\n\nText.\n")));
        }
        AppState state = AppState.initial("lib", entries, new Size(100, 20));
        CountingMeasure measure = new CountingMeasure();
        View view = new View(measure, false);
        String first = view.render(state).toText();
        String second = view.render(state).toText();
        assertThat(second).isEqualTo(first).contains("Title number 0");
        assertThat(measure.measured.get("Title number 99")).isEqualTo(1); // off screen: the column only
    }
}
