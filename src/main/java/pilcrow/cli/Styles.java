package pilcrow.cli;

/** The few SGR sequences the plain output uses, only when writing to a terminal with colour on. */
final class Styles {

    private static final String HIGHLIGHT = "\u001b[1;31m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    Styles(boolean enabled) {
        this.enabled = enabled;
    }

    String highlight(String text) {
        return enabled ? HIGHLIGHT + text + RESET : text;
    }

    String dim(String text) {
        return enabled ? DIM + text + RESET : text;
    }
}
