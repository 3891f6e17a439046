package pilcrow.terminal;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a terminal is known to take OSC 8 hyperlinks, by its TERM: an allow-list, as terminals
 * that do not know the sequence may show its bytes. xterm-256color is left out: many terminals
 * that call themselves that (and tmux 3.3a, which drops them) do not take them.
 */
final class Hyperlinks {

    /** TERM names whose terminals write OSC 8 links (by prefix: "foot" covers "foot-extra"). */
    private static final Set<String> KNOWN = Set.of("xterm-kitty", "foot", "wezterm", "alacritty", "xterm-ghostty",
            "contour");

    private Hyperlinks() {
    }

    /**
     * Whether to write them: the {@code hyperlinks} setting's {@code on} and {@code off} decide,
     * {@code auto} (or anything else) asks the allow-list.
     */
    static boolean wanted(String setting, String term) {
        return "on".equals(setting) || (!"off".equals(setting) && supported(term));
    }

    static boolean supported(String term) {
        if (term == null) {
            return false;
        }
        String lower = term.toLowerCase(Locale.ROOT);
        return KNOWN.stream().anyMatch(known -> lower.equals(known) || lower.startsWith(known + "-"));
    }
}
