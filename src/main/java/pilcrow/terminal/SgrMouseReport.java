package pilcrow.terminal;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import java.util.List;

/**
 * Reads an SGR mouse report (xterm's mode 1006: {@code ESC [ < b ; x ; y M}, or {@code m} for a
 * release) into a Lanterna {@link MouseAction}, inside Lanterna's own decoder. Lanterna decodes
 * only the older X10 form ({@code ESC [ M} and three bytes), whose bytes past column 95 are not
 * UTF-8 and which ends at column 223; without this pattern an SGR report would be typed as the
 * keys {@code Alt-[}, {@code <}, {@code 0}, {@code ;} and so on.
 *
 * <p>It is a pattern in the one decoder that reads JLine's input, not a second reader of the
 * bytes: JLine owns the tty, and a second reader would take keys from the first. A report that
 * is malformed, cut short (an ESC inside it, the input ending) or longer than any real one is
 * swallowed as a {@link KeyType#Unknown} stroke, which the app ignores, instead of typing its
 * bytes as keys.
 */
final class SgrMouseReport implements CharacterPattern {

    /** Adds the pattern to a decoder ({@code InputDecoder.addProfile}). */
    static final KeyDecodingProfile PROFILE = () -> List.of(new SgrMouseReport());

    /** Numbers are clamped here: no screen is this large, and nothing overflows. */
    static final int MAX_NUMBER = 100_000;
    /** ESC [ < and three numbers of six digits, their separators and the final byte, with room to spare. */
    static final int MAX_LENGTH = 32;

    private static final char ESC = 0x1b;
    private static final int WHEEL = 64;
    private static final int MOTION = 32;
    /** Buttons 8 to 11 (128 and up): no use here. */
    private static final int EXTRA_BUTTONS = 128;

    @Override
    public Matching match(List<Character> seq) {
        int size = seq.size();
        if (!startsAsReport(seq)) {
            return null;
        }
        if (size < 3) {
            return Matching.NOT_YET;
        }
        if (size > MAX_LENGTH) {
            return null; // the decoder keeps what was matched up to the limit: swallowed
        }
        char last = seq.get(size - 1);
        if (size == 3 || isParameterByte(last)) {
            // Swallowed if nothing more comes: a full match that may still grow.
            return new Matching(true, unknown());
        }
        if (isFinalByte(last)) {
            return new Matching(decoded(seq.subList(3, size - 1), last));
        }
        return null; // a control or other byte: the report so far (the match before) is swallowed
    }

    private static boolean startsAsReport(List<Character> seq) {
        String introducer = "" + ESC + "[<";
        for (int i = 0; i < Math.min(3, seq.size()); i++) {
            if (seq.get(i) != introducer.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** ECMA-48's parameter and intermediate bytes: a control sequence goes on after them. */
    private static boolean isParameterByte(char c) {
        return c >= 0x20 && c <= 0x3f;
    }

    /** ECMA-48's final bytes: a control sequence ends with one. */
    private static boolean isFinalByte(char c) {
        return c >= 0x40 && c <= 0x7e;
    }

    private static KeyStroke unknown() {
        return new KeyStroke(KeyType.Unknown);
    }

    /** The report's action, or an unknown stroke when it is not a report this reader can use. */
    private static KeyStroke decoded(List<Character> parameters, char last) {
        int[] numbers = numbers(parameters);
        if (numbers == null || (last != 'M' && last != 'm')) {
            return unknown();
        }
        int code = numbers[0];
        int column = numbers[1];
        int row = numbers[2];
        if (column < 1 || row < 1 || code >= EXTRA_BUTTONS) {
            return unknown();
        }
        TerminalPosition at = new TerminalPosition(column - 1, row - 1);
        int button = code & 3;
        if ((code & WHEEL) != 0) {
            if (last == 'm' || button > 1) {
                return unknown(); // a wheel has no release; 66 and 67 are sideways
            }
            return new MouseAction(button == 0 ? MouseActionType.SCROLL_UP : MouseActionType.SCROLL_DOWN, 4 + button, at);
        }
        if ((code & MOTION) != 0) {
            return button == 3 ? new MouseAction(MouseActionType.MOVE, 0, at)
                    : new MouseAction(MouseActionType.DRAG, button + 1, at);
        }
        if (button == 3) {
            return unknown();
        }
        return new MouseAction(last == 'M' ? MouseActionType.CLICK_DOWN : MouseActionType.CLICK_RELEASE, button + 1, at);
    }

    /** Exactly three decimal numbers separated by ';', each clamped to {@link #MAX_NUMBER}; else null. */
    private static int[] numbers(List<Character> parameters) {
        int[] numbers = new int[3];
        int index = 0;
        boolean digits = false;
        for (char c : parameters) {
            if (c == ';') {
                if (!digits || ++index == numbers.length) {
                    return null;
                }
                digits = false;
            } else if (c >= '0' && c <= '9') {
                numbers[index] = Math.min(MAX_NUMBER, numbers[index] * 10 + (c - '0'));
                digits = true;
            } else {
                return null;
            }
        }
        return index == numbers.length - 1 && digits ? numbers : null;
    }
}
