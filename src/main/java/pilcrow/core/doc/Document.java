package pilcrow.core.doc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as the reader sees it: a title, numbered body blocks, and an optional source line
 * (the closing "-CHINA MEDIA GROUP" of a news item), which is metadata and not a paragraph.
 *
 * @param name        where it came from, for display (a path, "(standard input)", "seeds/x.txt")
 * @param byteSize    the size of the bytes it was read from
 * @param titleInText the title is a line of the text (not the file name), so its words count
 */
public record Document(String name, String title, List<Block> blocks, Optional<String> source, long byteSize,
                       boolean titleInText) {

    public Document {
        Objects.requireNonNull(name);
        Objects.requireNonNull(title);
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(source);
    }

    public int paragraphCount() {
        return blocks.size();
    }

    public int wordCount() {
        int words = titleInText ? Words.count(title) : 0;
        for (Block block : blocks) {
            words += block.wordCount();
        }
        return words + source.map(Words::count).orElse(0);
    }

    /** The block numbered {@code number} (from 1). */
    public Block paragraph(int number) {
        if (number < 1 || number > blocks.size()) {
            throw new IndexOutOfBoundsException("no paragraph " + number + " (1-" + blocks.size() + ")");
        }
        return blocks.get(number - 1);
    }
}
