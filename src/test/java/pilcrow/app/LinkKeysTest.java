package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pilcrow.core.doc.Document;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/** Links in the reader, typed as a user would: l and L select, Enter follows, Ctrl-O comes back. */
public class LinkKeysTest {

    private final JLineTextMeasure measure = new JLineTextMeasure();

    /** ¶1 four links, ¶2-¶21 filler, ¶22 "Install", ¶23 a link far below the first screen. */
    public static Document links() {
        StringBuilder text = new StringBuilder("""
                # Links

                See [Install](#install), [the guide](guide.md#use), [a site](https://example.com/a\u001b]8;;x) \
                and [nothing](nowhere.md).

                """);
        for (int i = 1; i <= 20; i++) {
            text.append("Filler ").append(i).append(".\n\n");
        }
        text.append("## Install\n\nBack to [the top](#links) and [the guide](guide.md).\n");
        return Fixtures.document("docs/links.md", text.toString());
    }

    public static Document guide() {
        return Fixtures.document("docs/guide.md", Fixtures.GUIDE);
    }

    private KeyScript keys(String script) {
        return new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), links(), guide())).run(script);
    }

    private static String selected(KeyScript keys) {
        LinkSpot link = keys.state().reader().link();
        return link == null ? null : link.link().target();
    }

    private static String where(KeyScript keys) {
        ReaderState reader = keys.state().reader();
        return keys.state().entries().get(reader.entry()).path() + " " + reader.current();
    }

    @Test
    void lSelectsTheNextLinkOnScreenAndLThePrevious() {
        KeyScript keys = keys("ENTER l");
        assertThat(selected(keys)).isEqualTo("#install");
        assertThat(keys.state().message()).contains("#install");
        assertThat(selected(keys.run("l l"))).startsWith("https://example.com/a");
        assertThat(selected(keys.run("L"))).isEqualTo("guide.md#use");
        assertThat(keys.state().reader().top()).isZero();
    }

    @Test
    void lPastTheLastLinkOnScreenScrollsTheNextIntoView() {
        KeyScript keys = keys("ENTER l l l l l");
        assertThat(selected(keys)).isEqualTo("#links");
        int line = keys.state().reader().link().line();
        assertThat(line).isBetween(keys.state().reader().top(),
                keys.state().reader().top() + keys.state().geometry().bodyRows() - 1);
        assertThat(selected(keys.run("l"))).isEqualTo("guide.md");
        assertThat(keys.run("l").state().message()).isEqualTo("No link after this one");
        assertThat(selected(keys.run("L"))).isEqualTo("#links");
        assertThat(selected(keys.run("L"))).as("back above the screen").isEqualTo("nowhere.md");
        assertThat(keys.state().reader().top()).isEqualTo(keys.state().reader().link().line());
    }

    @Test
    void enterOnAnAnchorGoesToItsHeadingAndCtrlOComesBack() {
        KeyScript keys = keys("ENTER l ENTER");
        assertThat(where(keys)).isEqualTo("docs/links.md 22");
        assertThat(where(keys.run("C-o"))).isEqualTo("docs/links.md 1");
        assertThat(where(keys.run("TAB"))).isEqualTo("docs/links.md 22");
    }

    @Test
    void enterOnARelativeLinkOpensThatDocumentAtItsAnchorAndCtrlOComesBack() {
        KeyScript keys = keys("ENTER l l ENTER");
        assertThat(keys.state().screen()).isEqualTo(AppState.Screen.READER);
        assertThat(where(keys)).isEqualTo("docs/guide.md 6");
        assertThat(where(keys.run("C-o"))).isEqualTo("docs/links.md 1");
    }

    @Test
    void anExternalUrlIsShownSanitizedAndNotOpened() {
        KeyScript keys = keys("ENTER l l l ENTER");
        assertThat(where(keys)).isEqualTo("docs/links.md 1");
        assertThat(keys.state().message()).startsWith("Not opened").contains("https://example.com/a")
                .doesNotContain("\u001b");
    }

    @Test
    void aLinkToNoDocumentOfTheLibrarySaysSoAndStays() {
        KeyScript keys = keys("ENTER l l l l ENTER");
        // With no file system beyond the library (OpenFromInsideTest opens files beside it).
        assertThat(keys.state().message()).isEqualTo("Not in the library: docs/nowhere.md");
        assertThat(where(keys)).isEqualTo("docs/links.md 1");
    }

    @Test
    void enterWithoutASelectedLinkSaysHowToSelectOne() {
        assertThat(keys("ENTER ENTER").state().message()).startsWith("No link selected");
        assertThat(keys("ENTER l G ENTER").state().message()).as("the selected link scrolled away")
                .startsWith("No link selected");
    }

    @Test
    void aDocumentWithoutLinksSaysSo() {
        KeyScript keys = new KeyScript(new App(measure), Fixtures.state(new Size(60, 12), guide())).run("ENTER l");
        assertThat(keys.state().message()).isEqualTo("No links in this document");
    }
}
