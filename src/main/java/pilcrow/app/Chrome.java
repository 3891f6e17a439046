package pilcrow.app;

/**
 * What every screen shares around its own content: the terminal's size, the prompt on the
 * bottom row, the help over the screen, the one-line message, and whether the reader is quitting.
 *
 * @param prompt   the open prompt, or null
 * @param help     the help screen over the current one (and how far it is scrolled), or null
 * @param message  a one-line note for the status line, or "" (cleared by the next key)
 * @param quitting the reader ends after this step
 * @param click    the last click on a list's row, for telling the second of a double click; or null
 * @param working  background work under way the status line tells when it has no message
 *                 ("indexing 4,210/10,000"), or "" (kept until the work says it is done)
 */
public record Chrome(Size size,
                     Prompt prompt,
                     AppState.Help help,
                     String message,
                     boolean quitting,
                     Click click,
                     String working) {

    /** A click on row {@code index} of the list on {@code screen}, at {@code millis} (the terminal's time). */
    public record Click(AppState.Screen screen, int index, long millis) {
    }

    public Chrome(Size size, Prompt prompt, AppState.Help help, String message, boolean quitting) {
        this(size, prompt, help, message, quitting, null, "");
    }

    Chrome withSize(Size value) {
        return new Chrome(value, prompt, help, message, quitting, click, working);
    }

    Chrome withPrompt(Prompt value) {
        return new Chrome(size, value, help, message, quitting, click, working);
    }

    Chrome withHelp(AppState.Help value) {
        return new Chrome(size, prompt, value, message, quitting, click, working);
    }

    Chrome withMessage(String value) {
        return new Chrome(size, prompt, help, value, quitting, click, working);
    }

    Chrome withQuitting(boolean value) {
        return new Chrome(size, prompt, help, message, value, click, working);
    }

    Chrome withClick(Click value) {
        return new Chrome(size, prompt, help, message, quitting, value, working);
    }

    Chrome withWorking(String value) {
        return new Chrome(size, prompt, help, message, quitting, click, value);
    }
}
