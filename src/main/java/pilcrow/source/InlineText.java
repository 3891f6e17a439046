package pilcrow.source;

import java.util.ArrayList;
import java.util.List;
import pilcrow.core.doc.Link;
import pilcrow.core.text.Sanitizer;

/**
 * A block's text as a parser made it, and its links, their offsets in that text: what the
 * Markdown and HTML parsers hand over before the text is sanitized for the block.
 */
record InlineText(String text, List<Link> links) {

    /** {@code raw} stripped of white space at both ends, and its links moved with it (cut to what is left). */
    static InlineText stripped(String raw, List<Link> links) {
        String text = raw.strip();
        int lead = raw.length() - raw.stripLeading().length();
        List<Link> kept = new ArrayList<>();
        for (Link link : links) {
            int start = Math.min(text.length(), Math.max(0, link.start() - lead));
            int end = Math.min(text.length(), Math.max(0, link.end() - lead));
            if (end > start) {
                kept.add(new Link(start, end, link.target()));
            }
        }
        return new InlineText(text, kept);
    }

    /**
     * This text as it is, known to be clean already (nothing {@link Sanitizer#text} would change),
     * its links' targets sanitized as {@link #sanitizedFrom} sanitizes them.
     */
    InlineText withTargetsSanitized() {
        if (links.isEmpty()) {
            return this;
        }
        List<Link> moved = new ArrayList<>(links.size());
        for (Link link : links) {
            if (link.end() > link.start()) {
                moved.add(new Link(link.start(), link.end(), Sanitizer.line(link.target())));
            }
        }
        return new InlineText(text, moved);
    }

    /**
     * The text from {@code from} on (after a task's box) as shown, sanitized, and the links
     * moved with it: the sanitizer may lengthen what precedes or makes a link (^[ for ESC), and
     * a target is sanitized as a line. The text between links is sanitized once, in order, so a
     * long paragraph of many links is not sanitized again for each.
     */
    InlineText sanitizedFrom(int from) {
        String rest = text.substring(from);
        String shown = Sanitizer.text(rest);
        List<Link> moved = new ArrayList<>();
        int read = 0; // of rest, sanitized into shownRead characters
        int shownRead = 0;
        for (Link link : links) {
            int start = Math.max(0, link.start() - from);
            int end = link.end() - from;
            if (end <= start) {
                continue;
            }
            if (start < read) { // out of order: measured from the start
                read = 0;
                shownRead = 0;
            }
            int shownStart = shownRead + Sanitizer.text(rest.substring(read, start)).length();
            int shownLink = Sanitizer.text(rest.substring(start, end)).length();
            int shownEnd = Math.min(shown.length(), shownStart + shownLink);
            moved.add(new Link(Math.min(shownStart, shownEnd), shownEnd, Sanitizer.line(link.target())));
            read = end;
            shownRead = shownStart + shownLink;
        }
        return new InlineText(shown, moved);
    }
}
