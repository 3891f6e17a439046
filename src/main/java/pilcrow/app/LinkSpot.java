package pilcrow.app;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.doc.BlockKind;
import pilcrow.core.doc.Link;
import pilcrow.core.layout.LayoutLine;
import pilcrow.core.layout.LineKind;

/**
 * A link as the reader lays it out: whose it is and the line its text begins on.
 *
 * @param paragraph the number of the paragraph it is in
 * @param index     its place among that paragraph's links
 * @param link      the link: its text's chars in the paragraph and its target
 * @param line      the layout line its text begins on
 */
public record LinkSpot(int paragraph, int index, Link link, int line) {

    /**
     * The links whose text shows on lines {@code from} to {@code to} (exclusive) of the reader's
     * layout, in order, each once. A table's cells are laid out in columns, away from the offsets
     * its links have, and a large file read on demand is not parsed for links: neither has any.
     */
    public static List<LinkSpot> on(ReaderState reader, int from, int to) {
        List<LinkSpot> spots = new ArrayList<>();
        List<LayoutLine> lines = reader.lines();
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            LayoutLine line = lines.get(i);
            List<Link> links = linksOf(reader, line);
            for (int k = 0; k < links.size(); k++) {
                Link link = links.get(k);
                boolean begins = link.start() >= line.start() && link.start() < line.end();
                boolean continues = i == from && link.start() < line.start() && link.end() > line.start();
                if (begins || continues) {
                    spots.add(new LinkSpot(line.paragraph(), k, link, begins ? i : beginning(reader, i, link)));
                }
            }
        }
        return spots;
    }

    /** The same link (whatever line it was found from). */
    public boolean sameLink(LinkSpot other) {
        return other != null && other.paragraph == paragraph && other.index == index;
    }

    /** The chars of {@code line}'s text this link covers, as [from, to), or null when none. */
    public int[] charsOn(LayoutLine line) {
        if (line.paragraph() != paragraph || line.kind() != LineKind.BODY) {
            return null;
        }
        int from = Math.max(link.start(), line.start());
        int to = Math.min(link.end(), line.end());
        return from < to ? new int[] {from - line.start(), to - line.start()} : null;
    }

    private static List<Link> linksOf(ReaderState reader, LayoutLine line) {
        if (line.kind() != LineKind.BODY || line.paragraph() <= 0 || line.blockKind() == BlockKind.TABLE
                || !reader.window().laidOutWhole()) {
            return List.of();
        }
        return reader.document().paragraph(line.paragraph()).links();
    }

    /** The line a link begun above line {@code i} begins on. */
    private static int beginning(ReaderState reader, int i, Link link) {
        int line = i;
        while (line > 0 && reader.lines().get(line - 1).paragraph() == reader.lines().get(i).paragraph()
                && reader.lines().get(line - 1).end() > link.start()) {
            line--;
        }
        return line;
    }
}
