package pilcrow.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pilcrow.core.doc.Block;
import pilcrow.core.doc.BlockKind;

/**
 * A document's headings in order, and the section each paragraph is in: the last heading at or
 * before it. A text that cannot list its headings without reading all of it (a large file read on
 * demand) has {@link #NOT_KNOWN}, which says so rather than pretending the document has none.
 *
 * @param headings the headings, in document order
 * @param known    whether these are all of them
 */
public record Outline(List<Heading> headings, boolean known) {

    /** The headings are not known (yet): none are listed. */
    public static final Outline NOT_KNOWN = new Outline(List.of(), false);

    public Outline {
        headings = List.copyOf(headings);
    }

    /** Every heading of a text, read paragraph by paragraph: for a text in memory, numbered whole. */
    static Outline read(DocumentText text, Numbering numbering) {
        List<Heading> headings = new ArrayList<>();
        for (long place = text.first(); place >= 0; place = text.next(place)) {
            Block block = text.block(place);
            if (block.kind() == BlockKind.HEADING) {
                headings.add(new Heading(numbering.numberAt(place), place, block.level(), block.text()));
            }
        }
        return new Outline(headings, true);
    }

    /**
     * The heading an {@code #anchor} names, by GitHub's rule: the heading's text in lower case,
     * spaces turned to {@code -}, other punctuation dropped, a repeated slug numbered {@code -1},
     * {@code -2} in order. The anchor is compared in lower case.
     */
    public Optional<Heading> anchored(String anchor) {
        String wanted = anchor.toLowerCase(java.util.Locale.ROOT);
        List<String> anchors = anchors(headings.stream().map(Heading::text).toList());
        for (int i = 0; i < anchors.size(); i++) {
            if (anchors.get(i).equals(wanted)) {
                return Optional.of(headings.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The anchor that names each of these headings' texts, in order, by {@link #anchored}'s rule:
     * what a parser writes in a link it resolves to a heading of its own (an EPUB's links between
     * chapters).
     */
    public static List<String> anchors(List<String> headingTexts) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<String> anchors = new ArrayList<>(headingTexts.size());
        for (String text : headingTexts) {
            String slug = slug(text);
            int repeats = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
        }
        return anchors;
    }

    /** GitHub's anchor for a heading's text: letters and digits in lower case, {@code -} and {@code _} kept, spaces to {@code -}. */
    static String slug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                slug.appendCodePoint(Character.toLowerCase(c));
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    /** The index of the heading whose section paragraph {@code number} is in, or -1 before the first. */
    public int sectionIndex(int number) {
        int low = 0;
        int high = headings.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (headings.get(middle).number() <= number) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /** The heading whose section paragraph {@code number} is in; none before the first heading. */
    public Optional<Heading> sectionOf(int number) {
        int index = sectionIndex(number);
        return index < 0 ? Optional.empty() : Optional.of(headings.get(index));
    }

    /** The first heading after paragraph {@code number}. */
    public Optional<Heading> after(int number) {
        int index = sectionIndex(number) + 1;
        return index < headings.size() ? Optional.of(headings.get(index)) : Optional.empty();
    }

    /** The last heading before paragraph {@code number} (the heading of its section, when it is not one). */
    public Optional<Heading> before(int number) {
        int index = sectionIndex(number - 1);
        return index < 0 ? Optional.empty() : Optional.of(headings.get(index));
    }
}
