package pilcrow.terminal;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import pilcrow.app.KeyInput;
import pilcrow.app.KeyInput.Name;
import pilcrow.app.Msg;

/** Lanterna's decoded keys to the app's {@link KeyInput}; keys the app has no use for give null. */
public final class KeyStrokes {

    private KeyStrokes() {
    }

    /**
     * The keys a decoded stroke stands for. Lanterna reads ESC and the byte right after it as one
     * Alt-modified key when that byte cannot continue an escape sequence; but the app binds no Alt
     * keys, and when keys arrive together (over SSH, or typed fast) that is an Esc and a key, as
     * less and vim take it. So such a stroke becomes Escape, then the byte decoded on its own.
     * Alt keys that came whole from one escape sequence (Alt-arrows) are left as they are.
     */
    public static List<KeyStroke> separated(KeyStroke stroke) {
        if (!stroke.isAltDown()) {
            return List.of(stroke);
        }
        Character second = byteAfterEscape(stroke);
        if (second == null) {
            return List.of(stroke);
        }
        return List.of(new KeyStroke(KeyType.Escape), decodedAlone(second));
    }

    /** The byte that followed ESC in a stroke Lanterna decoded from the two; null if not such a stroke. */
    private static Character byteAfterEscape(KeyStroke stroke) {
        if (stroke.getKeyType() == KeyType.Backspace) {
            return (char) 0x7F;
        }
        if (stroke.getKeyType() != KeyType.Character) {
            return null;
        }
        char ch = stroke.getCharacter();
        return stroke.isCtrlDown() ? controlByteOf(ch) : ch;
    }

    /** Undoes Lanterna's naming of a control byte after ESC as Ctrl-Alt and a character. */
    private static char controlByteOf(char named) {
        return switch (named) {
            case ' ' -> 0;
            case '\\' -> 28;
            case ']' -> 29;
            case '^' -> 30;
            case '_' -> 31;
            default -> (char) (named - 96);
        };
    }

    /** The key one character makes on its own, by Lanterna's own table, so it reads as if typed apart. */
    private static KeyStroke decodedAlone(char ch) {
        InputDecoder decoder = new InputDecoder(new StringReader(String.valueOf(ch)));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        try {
            KeyStroke alone = decoder.getNextCharacter(true);
            return alone != null ? alone : new KeyStroke(ch, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /**
     * A mouse action as the app's message, or null for what the app has no use for (releases,
     * drags, moves, the middle and right buttons, a cell off the screen). The time is when the
     * report was decoded.
     */
    public static Msg.Mouse toMouse(MouseAction action) {
        Msg.Mouse.Kind kind = switch (action.getActionType()) {
            case CLICK_DOWN -> action.getButton() == 1 ? Msg.Mouse.Kind.PRESS : null;
            case SCROLL_UP -> Msg.Mouse.Kind.WHEEL_UP;
            case SCROLL_DOWN -> Msg.Mouse.Kind.WHEEL_DOWN;
            default -> null;
        };
        int column = action.getPosition().getColumn();
        int row = action.getPosition().getRow();
        // Lanterna's X10 reports name a byte below '!' as a cell left of or above the screen.
        if (kind == null || column < 0 || row < 0) {
            return null;
        }
        return new Msg.Mouse(kind, column, row, action.getEventTime());
    }

    public static KeyInput toInput(KeyStroke stroke) {
        if (stroke.isAltDown()) {
            return null;
        }
        return switch (stroke.getKeyType()) {
            case Character -> character(stroke);
            case Enter -> KeyInput.of(Name.ENTER);
            case Escape -> KeyInput.of(Name.ESCAPE);
            case Backspace -> KeyInput.of(Name.BACKSPACE);
            case Tab -> KeyInput.of(Name.TAB);
            case ArrowUp -> KeyInput.of(Name.UP);
            case ArrowDown -> KeyInput.of(Name.DOWN);
            case ArrowLeft -> KeyInput.of(Name.LEFT);
            case ArrowRight -> KeyInput.of(Name.RIGHT);
            case PageUp -> KeyInput.of(Name.PAGE_UP);
            case PageDown -> KeyInput.of(Name.PAGE_DOWN);
            case Home -> KeyInput.of(Name.HOME);
            case End -> KeyInput.of(Name.END);
            case Delete -> KeyInput.of(Name.DELETE);
            default -> null;
        };
    }

    private static KeyInput character(KeyStroke stroke) {
        char ch = stroke.getCharacter();
        if (stroke.isCtrlDown()) {
            return Character.isLetter(ch) ? KeyInput.ctrl(ch) : null;
        }
        // Some terminals send DEL (0x7F) or ^H for Backspace, which Lanterna passes on as characters.
        if (ch == 0x7F || ch == 0x08) {
            return KeyInput.of(Name.BACKSPACE);
        }
        return Character.isISOControl(ch) ? null : KeyInput.of(ch);
    }
}
