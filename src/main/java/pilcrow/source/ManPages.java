package pilcrow.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells a man page's roff source, what its title is, and the requests taken out before a
 * formatter sees it. A page is roff by its start: {@code .TH} (man) or {@code .Dd} (mdoc) with
 * only control lines (requests, comments, macro definitions) before it, whatever its name; a
 * page of one {@code .so} line (a link to another page) is one by its name ({@code ls.1}).
 */
final class ManPages {

    /** How far in the page's title request may be: pod2man puts a screenful of definitions first. */
    private static final int HEAD_CHARS = 16 * 1024;
    /** A man page's name: a section number and an optional suffix ({@code ls.1}, {@code CA.pl.1ssl}). */
    private static final Pattern PAGE_NAME = Pattern.compile("(.+)\\.([1-9n][A-Za-z0-9]{0,8})");
    private static final Pattern SO_LINE = Pattern.compile("\\.so[ \\t]+(\\S+)[ \\t]*");
    /**
     * Requests that read or run something outside the page (include or copy a file, run a command,
     * write a file), also after a condition ({@code .if n .so x}): a hostile page must not make a
     * formatter that pilcrow runs, under serve too, read a file the reader was not given.
     */
    private static final Pattern OUTSIDE = Pattern.compile(
            "(?:^|[ \\t{])[.'][ \\t]*(?:so|mso|pso|cf|trf|nx|rd|sy|pi|open|opena|write|writec|writem|close)"
                    + "(?![A-Za-z0-9_])");
    /** A request whose name is made by an escape (a string, a register, an argument): it could spell one. */
    private static final Pattern NAME_BY_ESCAPE = Pattern.compile("^[.'][ \\t]*\\\\[*n$].*");

    private ManPages() {
    }

    /** Whether {@code text} is a man page's roff; {@code innerFileName} its name without {@code .gz}. */
    static boolean isRoff(String innerFileName, String text) {
        return titleLine(text) != null || soTarget(innerFileName, text).isPresent();
    }

    /** The {@code .TH}/{@code .Dd} line when only control lines and blank lines come before it. */
    private static String titleLine(String text) {
        int end = Math.min(text.length(), HEAD_CHARS);
        int start = 0;
        boolean inDefinition = false;
        while (start < end) {
            int newline = text.indexOf('\n', start);
            int lineEnd = newline < 0 || newline > end ? end : newline;
            String line = text.substring(start, lineEnd);
            if (isTitleRequest(line)) {
                return line;
            }
            if (inDefinition) {
                inDefinition = !line.startsWith("..");
            } else if (line.matches("[.'][ \\t]*(?:de|de1|am|am1|ig)(?:[ \\t].*)?")) {
                inDefinition = true; // a macro's body (rst2man's, pod2man's) may hold any line
            } else if (!line.isBlank() && !line.startsWith(".") && !line.startsWith("'") && !line.startsWith("\\")) {
                return null; // text before the title: not a man page (an escape may go on a request: \{\)
            }
            start = lineEnd + 1;
        }
        return null;
    }

    private static boolean isTitleRequest(String line) {
        return line.startsWith(".TH ") || line.startsWith(".TH\t") || line.startsWith(".Dd ")
                || line.startsWith(".Dd\t") || line.equals(".Dd");
    }

    /** The page a link page points to: its one request is {@code .so PATH}, and its name is a page's. */
    static Optional<String> soTarget(String innerFileName, String text) {
        if (!PAGE_NAME.matcher(innerFileName).matches()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !isComment(line)) {
                lines.add(line);
            }
        }
        if (lines.size() != 1) {
            return Optional.empty();
        }
        Matcher so = SO_LINE.matcher(lines.get(0));
        return so.matches() ? Optional.of(so.group(1)) : Optional.empty();
    }

    private static boolean isComment(String line) {
        return line.startsWith(".\\\"") || line.startsWith("'\\\"") || line.startsWith("\\\"")
                || line.startsWith(".\\#") || line.startsWith("\\#");
    }

    /**
     * The page's title, {@code name(section)}: from {@code .TH name section} (or mdoc's
     * {@code .Dt}), spelled as the file name spells it when the two agree but for case (pages
     * shout their names: {@code .TH LS 1} in {@code ls.1}); else from the file name.
     */
    static Optional<String> title(String innerFileName, String text) {
        Matcher file = PAGE_NAME.matcher(innerFileName);
        Optional<String[]> declared = declaredNameAndSection(text);
        if (declared.isPresent()) {
            String name = declared.get()[0];
            if (file.matches() && file.group(1).equalsIgnoreCase(name)) {
                name = file.group(1);
            }
            return Optional.of(name + "(" + declared.get()[1] + ")");
        }
        return file.matches() ? Optional.of(file.group(1) + "(" + file.group(2) + ")") : Optional.empty();
    }

    private static Optional<String[]> declaredNameAndSection(String text) {
        int end = Math.min(text.length(), HEAD_CHARS);
        for (String line : text.substring(0, end).split("\n")) {
            if (line.startsWith(".TH") || line.startsWith(".Dt")) {
                List<String> words = arguments(line.substring(3));
                if (words.size() >= 2 && !words.get(0).isEmpty()) {
                    return Optional.of(new String[] {RoffText.plain(words.get(0)),
                            RoffText.plain(words.get(1)).toLowerCase(Locale.ROOT)});
                }
            }
        }
        return Optional.empty();
    }

    /** A request's arguments: words, or "quoted words" (a doubled quote inside is one quote). */
    static List<String> arguments(String rest) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '"') {
                StringBuilder word = new StringBuilder();
                i++;
                while (i < rest.length()) {
                    if (rest.charAt(i) == '"') {
                        if (i + 1 < rest.length() && rest.charAt(i + 1) == '"') {
                            word.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    word.append(rest.charAt(i++));
                }
                words.add(word.toString());
            } else {
                int start = i;
                while (i < rest.length() && rest.charAt(i) != ' ' && rest.charAt(i) != '\t') {
                    i++;
                }
                words.add(rest.substring(start, i));
            }
        }
        return words;
    }

    /**
     * The page with every request that reaches outside it ({@link #OUTSIDE}) made a comment, and
     * with no control character or escape character changed ({@code .cc}, {@code .c2},
     * {@code .ec}, {@code .eo}), which would hide a request from this look: such a page is not
     * given to a formatter at all (empty result).
     */
    static Optional<String> confined(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : text.split("\n", -1)) {
            if (changesControlCharacters(line)) {
                return Optional.empty();
            }
            if (isControlLine(line) && !isComment(line)
                    && (OUTSIDE.matcher(line).find() || NAME_BY_ESCAPE.matcher(line).matches())) {
                out.append(".\\\" (taken out by pilcrow)\n");
            } else {
                out.append(line).append('\n');
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean isControlLine(String line) {
        return line.startsWith(".") || line.startsWith("'");
    }

    private static boolean changesControlCharacters(String line) {
        return line.matches("[.'][ \\t]*(?:cc|c2|ec|eo)(?![A-Za-z0-9]).*") || line.contains("\\*(cc");
    }
}
