package pilcrow.source;

import java.util.Map;

/**
 * A line of roff text as plain text, for titles and for showing a page without a formatter:
 * font and size changes, zero-width and spacing escapes dropped, the usual named characters
 * ({@code \(em}, {@code \[bu]}, {@code \-}) written as themselves, a comment ({@code \"}) ending
 * the line. Unknown strings and registers are dropped: only a formatter knows them.
 */
final class RoffText {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("em", "\u2014"), Map.entry("en", "\u2013"), Map.entry("hy", "-"), Map.entry("mi", "-"),
            Map.entry("bu", "\u2022"), Map.entry("aq", "'"), Map.entry("dq", "\""), Map.entry("lq", "\u201C"),
            Map.entry("rq", "\u201D"), Map.entry("oq", "\u2018"), Map.entry("cq", "\u2019"), Map.entry("co", "\u00A9"),
            Map.entry("rg", "\u00AE"), Map.entry("tm", "\u2122"), Map.entry("de", "\u00B0"), Map.entry("ti", "~"),
            Map.entry("ha", "^"), Map.entry("rs", "\\"), Map.entry("ga", "`"), Map.entry("aa", "\u00B4"),
            Map.entry("mu", "\u00D7"), Map.entry("<=", "\u2264"), Map.entry(">=", "\u2265"), Map.entry("->", "\u2192"),
            Map.entry("<-", "\u2190"), Map.entry("lh", "\u261C"), Map.entry("rh", "\u261E"), Map.entry("sc", "\u00A7"),
            Map.entry("Fo", "\u00AB"), Map.entry("Fc", "\u00BB"), Map.entry("fo", "\u2039"), Map.entry("fc", "\u203A"));
    /** Escapes whose argument is quoted and dropped with them: \h'1n', \w'x', \v, \X, \N, \o, \b, \D, \l, \L, \Z, \A, \R. */
    private static final String QUOTED_ARGUMENT = "hwvXNobDlLZARCY";

    private RoffText() {
    }

    /** {@code line} (one line of roff text, no request) as plain text. */
    static String plain(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = line.charAt(i + 1);
            if (e == '"' || e == '#') {
                break; // a comment: the rest of the line
            }
            i = escape(line, i + 2, e, out);
        }
        return out.toString();
    }

    /** Writes what the escape {@code \e} stands for; returns the index after it and its argument. */
    private static int escape(String line, int at, char e, StringBuilder out) {
        switch (e) {
            case '-', 'e', '\\', '.', '\'', '`' -> {
                out.append(e == '-' ? '-' : e == 'e' ? '\\' : e);
                return at;
            }
            case ' ', '0', '~', '_' -> {
                out.append(e == '_' ? '_' : ' ');
                return at;
            }
            case '&', '%', 'c', ':', '/', ',', '|', '^', ')', '{', '}', 'd', 'u', 'p', 'a', 't', 'r' -> {
                return at;
            }
            case '(' -> {
                int end = Math.min(line.length(), at + 2);
                out.append(named(line.substring(at, end)));
                return end;
            }
            case '[' -> {
                int close = line.indexOf(']', at);
                int end = close < 0 ? line.length() : close;
                out.append(named(line.substring(at, end)));
                return close < 0 ? end : end + 1;
            }
            case 'f', 'F', 's', '*', 'n', 'g', 'k', 'm', 'M', 'V', '$', 'j', 'Y' -> {
                return skipName(line, at, e);
            }
            default -> {
                if (QUOTED_ARGUMENT.indexOf(e) >= 0 && at < line.length()) {
                    char quote = line.charAt(at);
                    int close = line.indexOf(quote, at + 1);
                    return close < 0 ? line.length() : close + 1;
                }
                out.append(e);
                return at;
            }
        }
    }

    /** Skips the name after \f, \s, \*, \n and their kind: one character, (xx, [name], or \s's sign and digits. */
    private static int skipName(String line, int at, char e) {
        if (at >= line.length()) {
            return at;
        }
        char c = line.charAt(at);
        if (e == 's' && (c == '+' || c == '-')) {
            at++;
            if (at >= line.length()) {
                return at;
            }
            c = line.charAt(at);
        }
        if (c == '(') {
            return Math.min(line.length(), at + 3);
        }
        if (c == '[') {
            int close = line.indexOf(']', at);
            return close < 0 ? line.length() : close + 1;
        }
        if (e == 's' && Character.isDigit(c)) {
            int end = at;
            while (end < line.length() && end < at + 2 && Character.isDigit(line.charAt(end))) {
                end++;
            }
            return end;
        }
        return at + 1;
    }

    private static String named(String name) {
        if (name.startsWith("u") && name.length() >= 5) {
            try {
                int cp = Integer.parseInt(name.substring(1), 16);
                if (Character.isValidCodePoint(cp)) {
                    return new String(Character.toChars(cp));
                }
            } catch (NumberFormatException e) {
                // not a code point's name: unknown below
            }
        }
        return NAMED.getOrDefault(name, "");
    }
}
