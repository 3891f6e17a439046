package pilcrow.shell;

/**
 * What one line of input gave: text to print, and whether the command failed or asked to quit.
 *
 * @param output lines to print, each ending in a newline; sanitized
 * @param error  the one-line reason the command failed, or null when it did not
 */
public record Reply(String output, String error, boolean quit) {

    static Reply of(String output) {
        return new Reply(output, null, false);
    }

    static Reply failure(String error) {
        return new Reply("", error, false);
    }

    static Reply quitting() {
        return new Reply("", null, true);
    }

    public boolean failed() {
        return error != null;
    }
}
