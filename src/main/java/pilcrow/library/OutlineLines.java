package pilcrow.library;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.model.Heading;
import pilcrow.core.model.Outline;

/**
 * An outline as plain lines, the same for {@code pilcrow show --outline} and the line mode's
 * {@code outline}: each heading's paragraph number, padded to the widest, then its text indented
 * two spaces a level below the shallowest heading.
 */
public final class OutlineLines {

    private OutlineLines() {
    }

    public static List<String> of(Outline outline) {
        List<Heading> headings = outline.headings();
        int shallowest = headings.stream().mapToInt(Heading::level).min().orElse(1);
        int widest = headings.stream().mapToInt(h -> numbered(h).length()).max().orElse(0);
        List<String> lines = new ArrayList<>(headings.size());
        for (Heading heading : headings) {
            String number = numbered(heading);
            lines.add(number + " ".repeat(widest - number.length() + 2)
                    + "  ".repeat(Math.max(0, heading.level() - shallowest)) + heading.text());
        }
        return lines;
    }

    private static String numbered(Heading heading) {
        return "\u00b6" + heading.number();
    }
}
