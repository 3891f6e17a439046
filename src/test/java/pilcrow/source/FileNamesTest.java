package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a file's name says (text, Markdown, HTML, gzip), told without lower-case copies: the same as
 * lower-casing the name and comparing its ending, in any case, KELVIN SIGN included.
 */
class FileNamesTest {

    private static final List<String> NAMES = List.of("a.md", "A.MD", "notes.Markdown", "x.marKdown".replace('K', '\u212a'),
            "log.txt.gz", "LOG.TXT.GZ", "b.text", "c.TeXt.Gz", "md", ".md", "x.gz", "gz", "archive.tar.gz", "plain",
            "a.mdx", "a.m", "photo.JPG", "\u0130.md", "s.\u017fd", "x.md.gz", "x.MARKDOWN.gz",
            "index.html", "A.HTM", "c.xhtml", "p.html.gz", "x.htmlx", "html", "s.\u017ftml");

    @Test
    void aNameSaysGzipAndMarkdownAsItsLowerCaseEndingDoes() {
        for (String name : NAMES) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean gzip = lower.endsWith(".gz");
            String inner = gzip ? lower.substring(0, lower.length() - 3) : lower;
            FileSource source = FileSource.of(Path.of("/lib", name));
            assertThat(source.isGzip()).as(name).isEqualTo(gzip);
            assertThat(source.isMarkdown()).as(name).isEqualTo(inner.endsWith(".md") || inner.endsWith(".markdown"));
            assertThat(source.isHtml()).as(name)
                    .isEqualTo(inner.endsWith(".html") || inner.endsWith(".htm") || inner.endsWith(".xhtml"));
            assertThat(source.innerFileName()).as(name).isEqualTo(gzip ? name.substring(0, name.length() - 3) : name);
        }
    }

    @Test
    void aFolderScanTakesEveryTextFileWhateverItsEnding(@TempDir Path dir) throws Exception {
        for (String name : NAMES) {
            Files.writeString(dir.resolve(name), "text\n");
        }
        List<String> taken = LibraryScanner.scan(List.of(dir.toString()), java.io.InputStream.nullInputStream())
                .sources().stream().map(DocumentSource::fileName).toList();
        for (String name : NAMES) {
            // The content decides, and "text\n" is text; a gzip name over it too (reading says what it is).
            assertThat(taken.contains(name)).as(name).isEqualTo(!name.startsWith(".")); // hidden: skipped
        }
    }
}
