package pilcrow.source;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.model.Outline;

/**
 * The anchor of the section each block is in: how a link to an element id (an HTML page's own
 * {@code #id}, an EPUB's {@code chapter.xhtml#id}) is written so the reader can follow it, as the
 * link model names headings ({@link Outline#anchored}), not elements.
 */
final class SectionAnchors {

    private final int[] sectionOf;
    private final List<String> anchors;

    SectionAnchors(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        sectionOf = new int[blocks.size() + 1];
        int section = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.HEADING) {
                texts.add(blocks.get(i).text());
                section = texts.size() - 1;
            }
            sectionOf[i] = section;
        }
        sectionOf[blocks.size()] = section; // an id after the last block lands in the last section
        anchors = Outline.anchors(texts);
    }

    /**
     * {@code #anchor} of the heading whose section block {@code index} (0-based; the block count for
     * past the end) is in, or null before the first heading or for no block.
     */
    String linkTo(int index) {
        if (index < 0 || index >= sectionOf.length || sectionOf[index] < 0) {
            return null;
        }
        return "#" + anchors.get(sectionOf[index]);
    }
}
