package pilcrow.app;

import java.util.Optional;

/**
 * A one-line text input, as every prompt uses it: the text typed, up to {@link #MAX_LENGTH}
 * characters; a printable key types itself and Backspace takes back one character (a whole code
 * point). Its own update, so a new prompt gets its editing without writing it again.
 */
public record TextInput(String text) {

    public static final int MAX_LENGTH = 200;

    public static final TextInput EMPTY = new TextInput("");

    /** The input after {@code key} (whose action, if it has one, is {@code action}); empty when it is not an edit. */
    Optional<TextInput> update(KeyInput key, Optional<Action> action) {
        if (action.isEmpty()) {
            return key.isPrintable() ? Optional.of(type(key.ch())) : Optional.empty();
        }
        return action.get() == Action.PROMPT_DELETE ? Optional.of(deleteLast()) : Optional.empty();
    }

    /** One more character, unless the text is as long as it may be. */
    public TextInput type(char ch) {
        return text.length() >= MAX_LENGTH ? this : new TextInput(text + ch);
    }

    /** The last character (code point) taken back. */
    public TextInput deleteLast() {
        if (text.isEmpty()) {
            return this;
        }
        return new TextInput(text.substring(0, text.offsetByCodePoints(text.length(), -1)));
    }
}
