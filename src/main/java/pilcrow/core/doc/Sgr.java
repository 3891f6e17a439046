package pilcrow.core.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * SGR colour and emphasis sequences ({@code ESC [ params m}) in plain text, as logs and piped
 * output carry them: recognised, and taken out of the text into {@link StyledSpan}s, as
 * {@code less -R} shows them.
 *
 * <p>A sequence counts only when it is whole and bounded: digits and {@code ;} alone, at most
 * {@link #MAX_LENGTH} chars, every parameter at most 255, and an extended colour (38/48) complete.
 * Anything else is no SGR and is left to the sanitizer, which shows it ({@code ^[[...}), as every
 * other escape sequence. Extended colours are mapped to the nearest of the 16 basic ones: the
 * view's palette and the themes' contrast rules are the basic colours, which every colour
 * terminal draws alike. Blink, fonts, overline and other codes are ignored.
 */
public final class Sgr {

    /** The longest sequence recognised, ESC and {@code m} included. */
    public static final int MAX_LENGTH = 64;

    private static final char ESC = 0x1B;
    private static final int MAX_PARAMETER = 255;
    /** xterm's default palette, the 16 colours extended ones are matched against. */
    private static final int[][] PALETTE = {
        {0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0}, {0, 0, 238}, {205, 0, 205}, {0, 205, 205},
        {229, 229, 229}, {127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0}, {92, 92, 255},
        {255, 0, 255}, {0, 255, 255}, {255, 255, 255}};
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};

    private Sgr() {
    }

    /** A text with its sequences taken out, the spans they made, and the style in force at its end. */
    public record Styled(String text, List<StyledSpan> spans, TextStyle end) {
    }

    /** The length of the SGR sequence at {@code index} of {@code s}, or 0 when there is none. */
    public static int sequenceLength(CharSequence s, int index) {
        int end = endOf(s, index);
        return end < 0 || codes(s, index + 2, end) == null ? 0 : end + 1 - index;
    }

    /** Where the {@code m} of a sequence begun at {@code index} is, or -1. */
    private static int endOf(CharSequence s, int index) {
        if (index + 2 >= s.length() || s.charAt(index) != ESC || s.charAt(index + 1) != '[') {
            return -1;
        }
        int limit = Math.min(s.length(), index + MAX_LENGTH);
        for (int i = index + 2; i < limit; i++) {
            char c = s.charAt(i);
            if (c == 'm') {
                return i;
            }
            if (c != ';' && (c < '0' || c > '9')) {
                return -1;
            }
        }
        return -1;
    }

    /** The parameters between {@code from} and {@code to}, or null when one is too large or a colour is cut short. */
    static int[] codes(CharSequence s, int from, int to) {
        List<Integer> codes = new ArrayList<>();
        int value = 0;
        int digits = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ';';
            if (c == ';') {
                codes.add(value);
                value = 0;
                digits = 0;
            } else {
                // Leading zeros are digits too: a parameter of 300 zeros is as huge as any.
                if (++digits > 3 || (value = value * 10 + (c - '0')) > MAX_PARAMETER) {
                    return null;
                }
            }
        }
        int[] array = codes.stream().mapToInt(Integer::intValue).toArray();
        return extendedColoursComplete(array) ? array : null;
    }

    private static boolean extendedColoursComplete(int[] codes) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == 38 || codes[i] == 48) {
                int kind = i + 1 < codes.length ? codes[i + 1] : -1;
                int needed = kind == 5 ? 1 : kind == 2 ? 3 : -1;
                if (needed < 0 || i + 1 + needed >= codes.length) {
                    return false;
                }
                i += 1 + needed;
            }
        }
        return true;
    }

    /** {@code style} after the (valid) {@code codes} of one sequence. */
    static TextStyle apply(int[] codes, TextStyle style) {
        TextStyle s = style;
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            if (code == 38 || code == 48) {
                int colour = codes[i + 1] == 5 ? nearestOfIndexed(codes[i + 2])
                        : nearestOf(codes[i + 2], codes[i + 3], codes[i + 4]);
                s = code == 38 ? s.withForeground(colour) : s.withBackground(colour);
                i += codes[i + 1] == 5 ? 2 : 4;
            } else {
                s = applyOne(code, s);
            }
        }
        return s;
    }

    private static TextStyle applyOne(int code, TextStyle s) {
        return switch (code) {
            case 0 -> TextStyle.PLAIN;
            case 1 -> s.withEmphasis(true, s.dim(), s.italic(), s.underline(), s.reverse());
            case 2 -> s.withEmphasis(s.bold(), true, s.italic(), s.underline(), s.reverse());
            case 3 -> s.withEmphasis(s.bold(), s.dim(), true, s.underline(), s.reverse());
            case 4 -> s.withEmphasis(s.bold(), s.dim(), s.italic(), true, s.reverse());
            case 7 -> s.withEmphasis(s.bold(), s.dim(), s.italic(), s.underline(), true);
            case 22 -> s.withEmphasis(false, false, s.italic(), s.underline(), s.reverse());
            case 23 -> s.withEmphasis(s.bold(), s.dim(), false, s.underline(), s.reverse());
            case 24 -> s.withEmphasis(s.bold(), s.dim(), s.italic(), false, s.reverse());
            case 27 -> s.withEmphasis(s.bold(), s.dim(), s.italic(), s.underline(), false);
            case 39 -> s.withForeground(TextStyle.NONE);
            case 49 -> s.withBackground(TextStyle.NONE);
            default -> colour(code, s);
        };
    }

    private static TextStyle colour(int code, TextStyle s) {
        if (code >= 30 && code <= 37) {
            return s.withForeground(code - 30);
        }
        if (code >= 90 && code <= 97) {
            return s.withForeground(code - 90 + 8);
        }
        if (code >= 40 && code <= 47) {
            return s.withBackground(code - 40);
        }
        if (code >= 100 && code <= 107) {
            return s.withBackground(code - 100 + 8);
        }
        return s; // blink, fonts, overline...: not drawn
    }

    /** The basic colour nearest to colour {@code n} (0-255) of the 256-colour palette. */
    static int nearestOfIndexed(int n) {
        if (n < 16) {
            return n;
        }
        if (n >= 232) {
            int grey = 8 + 10 * (n - 232);
            return nearestOf(grey, grey, grey);
        }
        int cube = n - 16;
        return nearestOf(CUBE_LEVELS[cube / 36], CUBE_LEVELS[cube / 6 % 6], CUBE_LEVELS[cube % 6]);
    }

    /** The basic colour nearest to {@code r, g, b}, by squared distance in the xterm palette. */
    static int nearestOf(int r, int g, int b) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < PALETTE.length; i++) {
            long dr = r - PALETTE[i][0];
            long dg = g - PALETTE[i][1];
            long db = b - PALETTE[i][2];
            long distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * {@code text} without its SGR sequences, and the spans they made, starting in {@code start}
     * (the style the text before left in force). Only recognised sequences are taken out.
     */
    public static Styled extract(String text, TextStyle start) {
        List<StyledSpan> spans = new ArrayList<>();
        if (text.indexOf(ESC) < 0) {
            if (!start.isPlain() && !text.isEmpty()) {
                spans.add(new StyledSpan(0, text.length(), start));
            }
            return new Styled(text, spans, start);
        }
        StringBuilder out = new StringBuilder(text.length());
        TextStyle style = start;
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int length = text.charAt(i) == ESC ? sequenceLength(text, i) : 0;
            if (length == 0) {
                out.append(text.charAt(i++));
                continue;
            }
            TextStyle next = apply(codes(text, i + 2, i + length - 1), style);
            if (!next.equals(style)) {
                addRun(spans, runStart, out.length(), style);
                runStart = out.length();
                style = next;
            }
            i += length;
        }
        addRun(spans, runStart, out.length(), style);
        return new Styled(out.toString(), spans, style);
    }

    private static void addRun(List<StyledSpan> spans, int start, int end, TextStyle style) {
        if (end <= start || style.isPlain()) {
            return;
        }
        StyledSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.end() == start && last.style().equals(style)) {
            spans.set(spans.size() - 1, new StyledSpan(last.start(), end, style));
        } else {
            spans.add(new StyledSpan(start, end, style));
        }
    }

    /**
     * A plain-text document parsed from text that kept its SGR sequences, with them taken out:
     * the title and source line plain, each block's text with its spans. The style in force runs
     * on from block to block, as on a terminal. A document without any ESC is returned as it is.
     */
    public static Document styled(Document document) {
        if (!holdsEscape(document)) {
            return document;
        }
        TextStyle style = TextStyle.PLAIN;
        String title = document.title();
        if (document.titleInText()) {
            Styled styledTitle = extract(title, style);
            title = styledTitle.text().strip();
            style = styledTitle.end();
        }
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        for (Block block : document.blocks()) {
            if (!block.rows().isEmpty() || !block.links().isEmpty()) {
                blocks.add(block); // plain text makes no tables or links; never shift their offsets
                continue;
            }
            Styled text = stripped(extract(block.text(), style));
            blocks.add(block.withStyledText(text.text(), text.spans()));
            style = text.end();
        }
        var source = document.source().map(Sgr::withoutSequences);
        return new Document(document.name(), title, blocks, source, document.byteSize(), document.titleInText());
    }

    /**
     * A paragraph read alone (from a large file, by ranges), parsed from text that kept its SGR
     * sequences, with them taken out; it starts plain, as {@code less -R} starts each line, since
     * what came before it is not read. A block without ESC is returned as it is.
     */
    public static Block styledAlone(Block block) {
        if (block.text().indexOf(ESC) < 0 || !block.rows().isEmpty() || !block.links().isEmpty()) {
            return block;
        }
        Styled text = stripped(extract(block.text(), TextStyle.PLAIN));
        return block.withStyledText(text.text(), text.spans());
    }

    /** A line without its SGR sequences, stripped: a title or source line read alone, shown plain. */
    public static String withoutSequences(String line) {
        return line.indexOf(ESC) < 0 ? line : extract(line, TextStyle.PLAIN).text().strip();
    }

    private static boolean holdsEscape(Document document) {
        if (document.title().indexOf(ESC) >= 0 || document.source().map(s -> s.indexOf(ESC) >= 0).orElse(false)) {
            return true;
        }
        for (Block block : document.blocks()) {
            if (block.text().indexOf(ESC) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** White space a sequence kept from the parser's strip taken off the ends, the spans moved with the text. */
    private static Styled stripped(Styled styled) {
        String text = styled.text();
        int lead = text.length() - text.stripLeading().length();
        String kept = text.strip();
        if (kept.length() == text.length()) {
            return styled;
        }
        List<StyledSpan> spans = new ArrayList<>();
        for (StyledSpan span : styled.spans()) {
            int start = Math.max(0, span.start() - lead);
            int end = Math.min(kept.length(), span.end() - lead);
            if (start < end) {
                spans.add(new StyledSpan(start, end, span.style()));
            }
        }
        return new Styled(kept, spans, styled.end());
    }

    /**
     * Lines that hold only SGR sequences (and white space) made blank, their sequences moved to the
     * start of the next line with text: on a terminal such a line shows empty, and a paragraph of
     * no text would show as an empty block.
     */
    public static String liftLoneSequences(String text) {
        if (text.indexOf(ESC) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder carried = new StringBuilder();
        int lineStart = 0;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String sequences = loneSequences(text, lineStart, lineEnd);
            if (sequences != null) {
                carried.append(sequences);
            } else if (text.substring(lineStart, lineEnd).isBlank()) {
                out.append(text, lineStart, lineEnd);
            } else {
                out.append(carried).append(text, lineStart, lineEnd);
                carried.setLength(0);
            }
            if (newline < 0) {
                return out.toString();
            }
            out.append('\n');
            lineStart = newline + 1;
        }
    }

    /** The sequences of a line that holds nothing else but white space, or null. */
    private static String loneSequences(String text, int from, int to) {
        StringBuilder sequences = new StringBuilder();
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            int length = c == ESC ? sequenceLength(text, i) : 0;
            if (length > 0 && i + length <= to) {
                sequences.append(text, i, i + length);
                i += length;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return null;
            }
        }
        return sequences.length() == 0 ? null : sequences.toString();
    }
}
