package pilcrow.core.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns plain text into a {@link Document}.
 *
 * <p>Blank lines separate paragraphs and the hard-wrapped lines of one paragraph are joined with
 * spaces. A text with no blank line between its lines (a news wire: one paragraph a line) has one
 * paragraph per line. A short first line standing alone is the title; a short closing line that
 * starts with a dash ("-CHINA MEDIA GROUP") is the source. A paragraph of a line of text and a
 * line of three or more {@code =} (level 1) or {@code -} (level 2) under it is a setext heading,
 * and counts as one line for the title.
 */
public final class PlainTextParser {

    static final int MAX_TITLE_CHARS = 120;
    static final int MAX_TITLE_WORDS = 20;
    static final int MAX_SOURCE_CHARS = 60;
    static final int MAX_SOURCE_WORDS = 8;
    private static final Pattern SOURCE_LINE = Pattern.compile("^[-\u2013\u2014]+\\s*([^-\u2013\u2014\\s].*)$");

    private PlainTextParser() {
    }

    /** Parses normalized text (see {@link TextNormalizer}); {@code fallbackTitle} is the file name. */
    public static Document parse(String name, String text, String fallbackTitle, long byteSize) {
        List<Chunk> paragraphs = splitParagraphs(text);
        Ends ends = paragraphs.isEmpty() ? ends(null, 0)
                : ends(oneLine(paragraphs.get(0)), paragraphs.size()).withLast(oneLine(paragraphs.get(paragraphs.size() - 1)));
        String title = ends.title().orElse(fallbackTitle);
        boolean titleTaken = ends.title().isPresent();
        if (titleTaken) {
            paragraphs.remove(0);
        }
        Optional<String> source = ends.source();
        if (source.isPresent()) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (Chunk paragraph : paragraphs) {
            blocks.add(block(blocks.size() + 1, paragraph.text(), paragraph.lines()));
        }
        return new Document(name, title, blocks, source, byteSize, titleTaken);
    }

    /**
     * What a text's ends are: its title (when the first paragraph is one), how many body
     * paragraphs that leaves, and its source line (once the last paragraph was looked at).
     */
    public record Ends(Optional<String> title, long body, Optional<String> source) {

        /** Whether the last paragraph may be the source line: only after another body paragraph. */
        public boolean asksLast() {
            return body > 1;
        }

        /** With the last paragraph looked at: its text when it was written on one line, else null. */
        public Ends withLast(String last) {
            Optional<String> found = asksLast() && last != null ? sourceOf(last) : Optional.empty();
            return new Ends(title, found.isPresent() ? body - 1 : body, found);
        }
    }

    /**
     * The title and source rule, for every reader of plain text: a first paragraph of one
     * title-like line, followed by another paragraph, is the title; a last paragraph of one line
     * naming a source, after at least one other body paragraph, is the source line ({@link
     * Ends#withLast}). Large files, which know only their ends, ask this too, so they agree with
     * {@link #parse}; a reader that looks at the last paragraph only when {@link Ends#asksLast()}
     * reads no more than it needs.
     *
     * @param first      the first paragraph's text when it was written on one line, else null
     * @param paragraphs how many paragraphs there are; any count from 3 on gives the same answer
     */
    public static Ends ends(String first, long paragraphs) {
        boolean titled = paragraphs > 1 && first != null && !first.isEmpty() && isTitleLike(first);
        return new Ends(titled ? Optional.of(first) : Optional.empty(), paragraphs - (titled ? 1 : 0), Optional.empty());
    }

    private static String oneLine(Chunk paragraph) {
        return oneLine(block(0, paragraph.text(), paragraph.lines()), paragraph.lines());
    }

    /**
     * A paragraph's text when it is one line for the title and source rule: written on one line,
     * or a heading (a line underlined); else null. Large files ask this too.
     */
    public static String oneLine(Block paragraph, int lines) {
        return lines == 1 || paragraph.kind() == BlockKind.HEADING ? paragraph.text() : null;
    }

    /**
     * The block a paragraph makes from its lines joined with single spaces ({@code lines} of them):
     * a setext heading when it is two lines, the second an underline and the first not; else a
     * plain paragraph. An underline holds no space, so it is what follows the last one.
     */
    public static Block block(int number, String joined, int lines) {
        if (lines == 2) {
            int space = joined.lastIndexOf(' ');
            int level = underlineLevel(joined, space + 1, joined.length());
            String heading = joined.substring(0, Math.max(0, space));
            if (level > 0 && underlineLevel(heading, 0, heading.length()) == 0) {
                return new Block(number, BlockKind.HEADING, level, "", heading);
            }
        }
        return Block.paragraph(number, joined);
    }

    /** 1 for a run of three or more {@code =}, 2 for one of {@code -}, between {@code from} and {@code to}; else 0. */
    private static int underlineLevel(String text, int from, int to) {
        if (to - from < 3) {
            return 0;
        }
        char mark = text.charAt(from);
        if (mark != '=' && mark != '-') {
            return 0;
        }
        for (int i = from + 1; i < to; i++) {
            if (text.charAt(i) != mark) {
                return 0;
            }
        }
        return mark == '=' ? 1 : 2;
    }

    /** A paragraph's text and how many source lines were joined into it. */
    record Chunk(String text, int lines) {
    }

    /**
     * Splits into paragraphs. In a blank-line separated text each paragraph joins its lines; in a
     * text without blank separators every non-blank line is a paragraph. Lines are kept as their
     * stripped bounds, not as strings: across a library of small documents the split, the strip
     * and the copies were a tenth of the time spent in {@code pilcrow find} (with C1).
     */
    static List<Chunk> splitParagraphs(String text) {
        int[] bounds = strippedLines(text);
        int lineCount = bounds.length / 2;
        boolean blankSeparated = hasBlankSeparator(bounds, lineCount);
        List<Chunk> paragraphs = new ArrayList<>();
        int first = -1; // the paragraph's first line, while one is open
        int joined = 0;
        for (int line = 0; line <= lineCount; line++) {
            boolean blank = line == lineCount || bounds[2 * line] == bounds[2 * line + 1];
            if ((blank || !blankSeparated) && joined > 0) {
                paragraphs.add(new Chunk(join(text, bounds, first, joined), joined));
                joined = 0;
            }
            if (!blank) {
                if (joined == 0) {
                    first = line;
                }
                joined++;
            }
        }
        return paragraphs;
    }

    /**
     * Each line's bounds with white space stripped as {@link String#strip()} does, two ints a
     * line (start, end; equal for a blank line). Lines are split at {@code \n}, as
     * {@code split("\n", -1)} splits them.
     */
    private static int[] strippedLines(String text) {
        int[] bounds = new int[16];
        int count = 0;
        int from = 0;
        while (true) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            if (count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            int start = from;
            while (start < end && Character.isWhitespace(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            int stop = end;
            while (stop > start && Character.isWhitespace(text.codePointBefore(stop))) {
                stop -= Character.charCount(text.codePointBefore(stop));
            }
            bounds[count++] = start;
            bounds[count++] = stop;
            if (newline < 0) {
                return Arrays.copyOf(bounds, count);
            }
            from = newline + 1;
        }
    }

    /** {@code lines} non-blank lines from {@code first}, joined with single spaces. */
    private static String join(String text, int[] bounds, int first, int lines) {
        if (lines == 1) {
            return text.substring(bounds[2 * first], bounds[2 * first + 1]);
        }
        StringBuilder out = new StringBuilder();
        for (int line = first; line < first + lines; line++) {
            if (line > first) {
                out.append(' ');
            }
            out.append(text, bounds[2 * line], bounds[2 * line + 1]);
        }
        return out.toString();
    }

    private static boolean hasBlankSeparator(int[] bounds, int lineCount) {
        boolean seenText = false;
        boolean blankAfterText = false;
        for (int line = 0; line < lineCount; line++) {
            boolean blank = bounds[2 * line] == bounds[2 * line + 1];
            if (!blank && blankAfterText) {
                return true;
            }
            if (blank && seenText) {
                blankAfterText = true;
            }
            seenText |= !blank;
        }
        return false;
    }

    /**
     * The text of one paragraph from its lines, as {@link #parse} makes it: each line stripped,
     * blank ones dropped, the rest joined with spaces (a heading's underline dropped). For readers
     * that find paragraphs themselves.
     */
    public static String joinLines(String paragraphLines) {
        return blockOfLines(paragraphLines).text();
    }

    /** The block one paragraph's lines make, as {@link #parse} makes it (numbered 0). */
    public static Block blockOfLines(String paragraphLines) {
        StringBuilder joined = new StringBuilder();
        int lines = 0;
        for (String raw : paragraphLines.split("\n", -1)) {
            String line = raw.strip();
            if (!line.isEmpty()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(line);
                lines++;
            }
        }
        return block(0, joined.toString(), lines);
    }

    /** A heading-like line: short, few words, and not ending like a sentence or a clause. */
    public static boolean isTitleLike(String paragraph) {
        if (paragraph.length() > MAX_TITLE_CHARS || Words.count(paragraph) > MAX_TITLE_WORDS) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return ".,;:".indexOf(last) < 0;
    }

    /** The source named by a closing line such as "-CHINA MEDIA GROUP", if it is one. */
    public static Optional<String> sourceOf(String paragraph) {
        if (paragraph.length() > MAX_SOURCE_CHARS) {
            return Optional.empty();
        }
        var matcher = SOURCE_LINE.matcher(paragraph);
        if (!matcher.matches() || Words.count(matcher.group(1)) > MAX_SOURCE_WORDS) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1).strip());
    }
}
