package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;
import pilcrow.view.View;

/**
 * Issue 20: bookmarks and reading positions keep working in a document in sections. A bookmark
 * made in a section, and a place left in one, come back to that paragraph, and the status line
 * names its section there (the guide's ¶3 is "Get it.", under "Install"; ¶5 "Build it.", under "From source").
 */
class SectionedMarksTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();
    private final Document guide = Fixtures.guide();

    private KeyScript reader() {
        return new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), guide));
    }

    private String statusLine(KeyScript keys) {
        List<String> lines = new View(measure, false).render(keys.state()).toText().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aBookmarkMadeInASectionComesBackToItsParagraphUnderItsHeading() {
        KeyScript keys = reader().run("ENTER : 3 ENTER m h e r e ENTER");
        Effect.AddBookmark added = keys.effects().stream().filter(Effect.AddBookmark.class::isInstance)
                .map(Effect.AddBookmark.class::cast).findFirst().orElseThrow();
        assertThat(added.paragraph()).isEqualTo(3);
        assertThat(added.quote()).startsWith("Get it.");

        Mark mark = new Mark("m1", added.documentPath(), added.fingerprint(), added.paragraph(), added.quote(), added.note(), 1);
        keys.send(new Msg.MarksChanged(List.of(mark), false)).run("g ' ENTER");
        assertThat(keys.state().reader().current()).isEqualTo(3);
        assertThat(statusLine(keys)).contains("§ Install");
    }

    @Test
    void aPlaceLeftInASectionIsWhereTheNextRunOpens() {
        KeyScript keys = reader().run("ENTER : 5 ENTER q");
        Effect.SavePosition saved = keys.effects().stream().filter(Effect.SavePosition.class::isInstance)
                .map(Effect.SavePosition.class::cast).reduce((first, last) -> last).orElseThrow();
        assertThat(saved.place().paragraph()).isEqualTo(5);

        KeyScript again = reader().send(new Msg.DataLoaded(List.of(), List.of(),
                Map.of(saved.documentPath(), saved.place()), "")).run("ENTER");
        assertThat(again.state().reader().current()).isEqualTo(5);
        assertThat(statusLine(again)).contains("Back at ¶5");
        assertThat(statusLine(again.run("C-l"))).contains("§ From source");
    }
}
