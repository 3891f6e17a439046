package pilcrow.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The command {@code v} runs: {@code $VISUAL}, else {@code $EDITOR}, else {@code vi}, split on
 * spaces (no shell, so nothing in a file name or a setting is ever run as a command; {@code
 * VISUAL="code -w"} works), then {@code +LINE FILE}, which vi, vim, nano, emacs, micro and kakoune
 * all take as "open FILE at LINE".
 */
public final class EditorCommand {

    private EditorCommand() {
    }

    /**
     * @param visual {@code $VISUAL}, or null
     * @param editor {@code $EDITOR}, or null
     * @param line   the line to open at, from 1
     */
    public static List<String> argv(String visual, String editor, int line, String file) {
        String chosen = !blank(visual) ? visual : !blank(editor) ? editor : "vi";
        List<String> argv = new ArrayList<>();
        for (String part : chosen.strip().split(" +")) {
            if (!part.isEmpty()) {
                argv.add(part);
            }
        }
        argv.add("+" + Math.max(1, line));
        argv.add(file);
        return List.copyOf(argv);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
