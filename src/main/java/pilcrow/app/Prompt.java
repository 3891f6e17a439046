package pilcrow.app;

/**
 * A one-line prompt on the bottom row: what it asks, the text typed ({@link TextInput}, which
 * edits itself), and for find prompts whether the text is a regular expression and where in the
 * history Up/Down have got to.
 *
 * @param historyIndex the history entry shown, counted back from the newest (0: none, the text typed)
 */
public record Prompt(Kind kind, TextInput input, boolean regex, int historyIndex) {

    public enum Kind {
        GOTO("Go to paragraph: "),
        /** {@code :} in the document list: {@code e PATH} only. */
        COMMAND(":"),
        FIND("/"),
        FILTER("Filter: "),
        LIBRARY_FIND("Find in library: "),
        BOOKMARK_NOTE("Bookmark note (Enter saves, Esc cancels): "),
        EDIT_NOTE("New note (Enter saves, Esc cancels): "),
        /** {@code m} on a paragraph that already has a bookmark: its note, to change (not a second bookmark). */
        MARK_NOTE("Bookmarked already; its note (Enter saves, Esc cancels): ");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Prompts that take {@code e PATH}, whose Tab completes the path. */
        public boolean takesPaths() {
            return this == GOTO || this == COMMAND;
        }

        /** Prompts whose text is a search pattern: they take Ctrl-R and the history. */
        public boolean isSearch() {
            return this == FIND || this == LIBRARY_FIND;
        }
    }

    public static Prompt of(Kind kind) {
        return new Prompt(kind, TextInput.EMPTY, false, 0);
    }

    public String label() {
        return regex ? "Regex " + kind.label : kind.label;
    }

    /** The text typed. */
    public String text() {
        return input.text();
    }

    /** The prompt with its text edited; a new text leaves the history (the same one: nothing changed). */
    Prompt withInput(TextInput value) {
        return value.equals(input) ? this : new Prompt(kind, value, regex, 0);
    }

    public Prompt toggleRegex() {
        return new Prompt(kind, input, !regex, historyIndex);
    }

    public Prompt withText(String value, int index) {
        return new Prompt(kind, new TextInput(value), regex, index);
    }
}
