package pilcrow.terminal;

import com.googlecode.lanterna.input.KeyStroke;
import pilcrow.app.KeyInput;
import pilcrow.app.KeyInput.Name;

/** Lanterna's decoded keys to the app's {@link KeyInput}; keys the app has no use for give null. */
public final class KeyStrokes {

    private KeyStrokes() {
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
