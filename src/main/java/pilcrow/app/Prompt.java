package pilcrow.app;

/** A one-line prompt on the bottom row: what it asks, and what has been typed so far. */
public record Prompt(String label, String text) {

    public static final int MAX_LENGTH = 200;

    public static Prompt gotoParagraph() {
        return new Prompt("Go to paragraph: ", "");
    }

    public Prompt type(char ch) {
        return text.length() >= MAX_LENGTH ? this : new Prompt(label, text + ch);
    }

    public Prompt deleteLast() {
        if (text.isEmpty()) {
            return this;
        }
        int cut = text.offsetByCodePoints(text.length(), -1);
        return new Prompt(label, text.substring(0, cut));
    }
}
