package pilcrow.library;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.Document;
import pilcrow.core.model.DocumentText;
import pilcrow.core.model.WholeText;
import pilcrow.source.DocumentReader;
import pilcrow.source.FileSource;
import pilcrow.source.LargeFile;
import pilcrow.source.LoadResult;

/** Whole paragraphs walked by place give the document's blocks, in a file read in pieces too. */
class ParagraphWalkTest {

    @TempDir
    Path dir;

    private static List<Block> forward(DocumentText text) {
        List<Block> blocks = new ArrayList<>();
        int number = 1;
        for (long place = text.first(); place >= 0; place = ParagraphWalk.after(text, place)) {
            blocks.add(ParagraphWalk.block(text, number++, place));
        }
        return blocks;
    }

    private static List<Block> backward(DocumentText text, int count) {
        List<Block> blocks = new ArrayList<>();
        int number = count;
        for (long place = ParagraphWalk.startOf(text, text.last()); place >= 0; place = ParagraphWalk.before(text, place)) {
            blocks.add(0, ParagraphWalk.block(text, number--, place));
        }
        return blocks;
    }

    @Test
    void aLargeFileWithLongParagraphsWalksAsTheWholeDocument() throws IOException {
        StringBuilder text = new StringBuilder("Title\n\nFirst paragraph.\n\n");
        // Paragraphs past 64 KiB come in pieces: one in the middle and one at the end.
        text.append("middle ".repeat(30_000)).append("\n\nA short one.\n\n");
        text.append("last words here ".repeat(20_000)).append('\n');
        Path path = dir.resolve("long.txt");
        Files.writeString(path, text, UTF_8);
        FileSource source = FileSource.of(path);
        Document whole = ((LoadResult.Loaded) DocumentReader.read(source)).document();
        try (LargeFile file = LargeFile.open(source).orElseThrow()) {
            assertThat(file.continues(file.last())).as("the last paragraph is in pieces").isTrue();
            assertThat(forward(file)).isEqualTo(whole.blocks());
            assertThat(backward(file, whole.paragraphCount())).isEqualTo(whole.blocks());
        }
        WholeText inMemory = new WholeText(whole);
        assertThat(forward(inMemory)).isEqualTo(whole.blocks());
        assertThat(backward(inMemory, whole.paragraphCount())).isEqualTo(whole.blocks());
    }
}
