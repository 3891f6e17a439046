package pilcrow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Document;
import pilcrow.core.model.Heading;
import pilcrow.source.DocumentReader;
import pilcrow.source.FileSource;
import pilcrow.source.LoadResult;
import pilcrow.terminal.JLineTextMeasure;
import pilcrow.testing.Epubs;
import pilcrow.testing.Fixtures;
import pilcrow.testing.KeyScript;

/**
 * An EPUB book in the reader, typed as a user would: {@code t} lists its chapters, {@code /}
 * finds in it, and a link to another chapter is followed inside the book.
 * The sample: ¶1 "by Ada Writer", ¶2 "The Start", ¶4 a link to the harbour, ¶5 "Interlude"
 * (the table of contents' label), ¶6 lanterns, ¶8 "The End", ¶10 "The Harbour".
 */
class EpubReaderKeysTest {

    @TempDir
    Path dir;

    private KeyScript keys(String script) throws IOException {
        Path file = Epubs.sample(Epubs.epub3()).writeTo(dir.resolve("book.epub"));
        Document book = ((LoadResult.Loaded) DocumentReader.read(FileSource.of(file))).document();
        return new KeyScript(new App(new JLineTextMeasure()), Fixtures.state(new Size(60, 12), book)).run(script);
    }

    @Test
    void tListsTheChaptersAndEnterGoesToOne() throws IOException {
        KeyScript keys = keys("ENTER t");

        assertThat(keys.state().outlineScreen().outline().headings()).extracting(Heading::text)
                .containsExactly("The Start", "Interlude", "The End", "The Harbour");
        assertThat(keys.run("j ENTER").state().reader().current()).isEqualTo(5);
    }

    @Test
    void slashFindsInTheBook() throws IOException {
        KeyScript keys = keys("ENTER / l a n t e r n s ENTER");

        assertThat(keys.state().search().matches()).hasSize(1);
        assertThat(keys.state().reader().current()).isEqualTo(6);
    }

    @Test
    void aLinkToAnotherChapterIsFollowedInsideTheBook() throws IOException {
        KeyScript keys = keys("ENTER l");
        assertThat(keys.state().reader().link().link().target()).isEqualTo("#the-harbour");

        assertThat(keys.run("ENTER").state().reader().current()).isEqualTo(10);
    }
}
