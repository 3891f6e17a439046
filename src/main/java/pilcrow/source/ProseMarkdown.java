package pilcrow.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import pilcrow.core.doc.BlockKind;

/**
 * Markdown that is only prose: ATX headings ({@code # Title}) and paragraphs of text, without a
 * character of inline markup. Its blocks are found here in one pass over its lines, the same
 * blocks commonmark's parser makes of it ({@code MarkdownParserTest} compares the two); anything
 * else is left to commonmark. Under C1 (the launcher's for {@code find}), commonmark's block
 * parser cost about 300 µs for a Markdown document of 9 KB, ten times a plain-text one: for each
 * line it tries every kind of block that could start there.
 *
 * <p>What counts as prose is kept narrow, so that what it means is plain: every line is blank
 * (spaces at most), a heading of one to six {@code #} then a space, or starts at its first column
 * with a letter, a digit (not a run of digits then {@code .} or {@code )}, a list item), or one
 * of {@code " ' (}; no line holds a control character (a tab, a carriage return), and none holds
 * {@code \ ` & < * _ [ ]}, which may start inline markup, nor {@code | ~} (a table, a strikethrough); a heading does not end with {@code #},
 * which may close it. Lines that commonmark would read otherwise (indented code, quotes, lists,
 * setext underlines, fences, HTML, link definitions, entities) all start or hold something that
 * is not allowed here.
 */
final class ProseMarkdown {

    /** One block: a heading (with its level) or a paragraph, and whether its text had line breaks. */
    record Part(BlockKind kind, int level, String text, boolean multiLine) {
    }

    private ProseMarkdown() {
    }

    /** The headings and paragraphs of {@code text} in order, or null when it is not only prose. */
    static List<Part> parts(String text) {
        // Bytes, as a loop of charAt costs several times more under C1. Past Latin-1 a character
        // becomes '?', which may not start a line here and means nothing within one.
        // A character past U+FFFF (two chars) becomes one byte: then the indexes would not agree.
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int[] lineEnds = bytes.length == text.length() ? lineEndsOfProse(bytes) : null;
        if (lineEnds == null) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        int paragraphStart = -1; // the first line of the paragraph the lines so far belong to; -1 none
        int start = 0;
        for (int line = 0; line < lineEnds.length; line++) {
            int end = lineEnds[line];
            if (isBlank(bytes, start, end) || bytes[start] == '#') {
                if (paragraphStart >= 0) {
                    parts.add(paragraph(text, bytes, lineEnds, paragraphStart, line));
                    paragraphStart = -1;
                }
                if (start < end && bytes[start] == '#') {
                    int level = hashes(bytes, start, end);
                    parts.add(new Part(BlockKind.HEADING, level, text.substring(start + level, end).strip(), false));
                }
            } else if (paragraphStart < 0) {
                paragraphStart = line;
            }
            start = end + 1;
        }
        if (paragraphStart >= 0) {
            parts.add(paragraph(text, bytes, lineEnds, paragraphStart, lineEnds.length));
        }
        return parts;
    }

    /** What a byte means within a line: text, the end of the line, or what prose has not. */
    private static final byte TEXT = 0;
    private static final byte LINE_FEED = 1;
    private static final byte NOT_PROSE = 2;
    private static final byte[] KINDS = new byte[256];

    static {
        for (int b = 0; b < 0x20; b++) {
            KINDS[b] = NOT_PROSE; // control characters: a tab, a carriage return
        }
        for (char markup : "\\`&<*_[]|~".toCharArray()) {
            KINDS[markup] = NOT_PROSE;
        }
        KINDS['\n'] = LINE_FEED;
    }

    /**
     * Where each line ends (the index of its line feed, or of the end of the text), when every
     * line is one {@link #parts} reads as commonmark does; else null. One look-up a byte.
     */
    static int[] lineEndsOfProse(byte[] bytes) {
        int[] ends = new int[64];
        int lines = 0;
        int i = 0;
        while (true) {
            if (!startsProseLine(bytes, i)) {
                return null;
            }
            for (; i < bytes.length; i++) {
                byte kind = KINDS[bytes[i] & 0xFF];
                if (kind == LINE_FEED) {
                    break;
                }
                if (kind == NOT_PROSE) {
                    return null;
                }
            }
            if (lines == ends.length) {
                ends = Arrays.copyOf(ends, lines * 2);
            }
            ends[lines++] = i;
            if (i == bytes.length) {
                break;
            }
            i++;
        }
        return Arrays.copyOf(ends, lines);
    }

    /** Whether the line from {@code start} is blank, a heading or a line of a paragraph, by its start. */
    private static boolean startsProseLine(byte[] bytes, int start) {
        int end = start;
        while (end < bytes.length && bytes[end] == ' ') {
            end++;
        }
        if (end > start) {
            return end == bytes.length || bytes[end] == '\n'; // blank; else indented
        }
        if (start == bytes.length || bytes[start] == '\n') {
            return true;
        }
        byte first = bytes[start];
        if (first == '#') {
            int lineEnd = start;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
                lineEnd++;
            }
            int level = hashes(bytes, start, lineEnd);
            int last = lineEnd - 1;
            while (last > start && bytes[last] == ' ') {
                last--;
            }
            return level <= 6 && (start + level == lineEnd || bytes[start + level] == ' ') && bytes[last] != '#';
        }
        if (first >= '0' && first <= '9') {
            int i = start;
            while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9') {
                i++;
            }
            return i == bytes.length || bytes[i] != '.' && bytes[i] != ')';
        }
        return first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z'
                || first == '"' || first == '\'' || first == '(';
    }

    /** Empty, or spaces only: a blank line, which ends a paragraph. */
    private static boolean isBlank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int hashes(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end && bytes[i] == '#') {
            i++;
        }
        return i - start;
    }

    /**
     * The paragraph of lines {@code first} to {@code last} (exclusive): each without its trailing
     * spaces, joined by a space, or by a line break after two spaces or more (a hard break), as
     * commonmark's inline parser joins them.
     */
    private static Part paragraph(String text, byte[] bytes, int[] lineEnds, int first, int last) {
        int start = first == 0 ? 0 : lineEnds[first - 1] + 1;
        if (last - first == 1) {
            return new Part(BlockKind.PARAGRAPH, 0, text.substring(start, lineEnds[first]).strip(), false);
        }
        StringBuilder out = new StringBuilder(lineEnds[last - 1] - start);
        for (int line = first; line < last; line++) {
            int end = lineEnds[line];
            int textEnd = end;
            while (textEnd > start && bytes[textEnd - 1] == ' ') {
                textEnd--;
            }
            out.append(text, start, textEnd);
            if (line < last - 1) {
                out.append(end - textEnd >= 2 ? '\n' : ' ');
            }
            start = end + 1;
        }
        return new Part(BlockKind.PARAGRAPH, 0, out.toString().strip(), true);
    }
}
