package pilcrow.source;

import java.util.Optional;
import pilcrow.core.text.Sanitizer;

/**
 * YAML ({@code ---} ... {@code ---}) or TOML ({@code +++} ... {@code +++}) front matter at the very
 * start of a Markdown file: metadata for a site generator, not the first paragraph. Recognised
 * here, simply and strictly, because commonmark's front-matter extension is not at hand: the
 * opening fence is the text's first line exactly, a line of text follows it at once (a {@code ---}
 * followed by a blank line is a rule), and a closing fence line ends it; else there is none. Its
 * top-level {@code title: ...} (YAML) or {@code title = "..."} (TOML) is the document's title.
 *
 * @param title the title it names, unquoted and sanitized, if any
 * @param body  the text after it (all of the text when there is none)
 */
record FrontMatter(Optional<String> title, String body) {

    /** A longer title is cut: it is shown on one line, and the front matter is the file's to fill. */
    static final int MAX_TITLE_CHARS = 500;

    static FrontMatter split(String text) {
        String fence = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        int firstLineEnd = text.indexOf('\n');
        if (fence == null || firstLineEnd < 0 || !isFence(text, 0, firstLineEnd, fence)) {
            return none(text);
        }
        boolean toml = fence.equals("+++");
        Optional<String> title = Optional.empty();
        boolean inTable = false;
        for (int start = firstLineEnd + 1; start < text.length(); ) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = stripReturn(text.substring(start, end));
            if (start == firstLineEnd + 1 && line.isBlank()) {
                return none(text);
            }
            if (isFence(text, start, end, fence) || !toml && isFence(text, start, end, "...")) {
                return new FrontMatter(title.map(FrontMatter::shown), newline < 0 ? "" : text.substring(newline + 1));
            }
            inTable |= toml && line.startsWith("[");
            if (title.isEmpty() && !inTable) {
                title = toml ? value(line, '=') : value(line, ':');
            }
            start = end + 1;
        }
        return none(text); // no closing fence: the text as it is
    }

    private static FrontMatter none(String text) {
        return new FrontMatter(Optional.empty(), text);
    }

    /** The line from {@code start} to {@code end} is the fence, with nothing but a line end after it. */
    private static boolean isFence(String text, int start, int end, String fence) {
        return stripReturn(text.substring(start, end)).equals(fence);
    }

    private static String stripReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * The value of a top-level {@code title} key (at the line's start) separated by {@code separator},
     * unquoted; empty for another key, an empty value or a YAML block scalar ({@code |}, {@code >}).
     */
    private static Optional<String> value(String line, char separator) {
        if (!line.startsWith("title")) {
            return Optional.empty();
        }
        String rest = line.substring("title".length()).stripLeading();
        if (rest.isEmpty() || rest.charAt(0) != separator) {
            return Optional.empty();
        }
        String value = unquoted(rest.substring(1).strip());
        return value.isBlank() || value.equals("|") || value.equals(">") ? Optional.empty() : Optional.of(value);
    }

    /** A double-quoted value with its {@code \"} and {@code \\} escapes read, a single-quoted one with its {@code ''}. */
    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static String shown(String title) {
        String line = Sanitizer.line(title).strip();
        return line.length() > MAX_TITLE_CHARS ? line.substring(0, MAX_TITLE_CHARS) : line;
    }
}
