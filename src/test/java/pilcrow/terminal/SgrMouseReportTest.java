package pilcrow.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SGR mouse reports (mode 1006) read by Lanterna's decoder with {@link SgrMouseReport} added, as the terminal reads them. */
class SgrMouseReportTest {

    /** Every stroke the decoder makes of {@code input}, as the terminal's decoder is set up. */
    static List<KeyStroke> decode(String input) throws IOException {
        InputDecoder decoder = new InputDecoder(new StringReader(input));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(SgrMouseReport.PROFILE);
        List<KeyStroke> strokes = new ArrayList<>();
        for (int i = 0; i <= input.length(); i++) {
            KeyStroke stroke = decoder.getNextCharacter(true);
            if (stroke == null || stroke.getKeyType() == KeyType.EOF) {
                break;
            }
            strokes.add(stroke);
        }
        return strokes;
    }

    private static String describe(KeyStroke stroke) {
        if (stroke instanceof MouseAction mouse) {
            return mouse.getActionType() + " " + mouse.getButton() + " at " + mouse.getPosition().getColumn()
                    + "," + mouse.getPosition().getRow();
        }
        return stroke.getKeyType() == KeyType.Character ? "'" + stroke.getCharacter() + "'" : stroke.getKeyType().name();
    }

    private static List<String> described(String input) throws IOException {
        return decode(input).stream().map(SgrMouseReportTest::describe).toList();
    }

    @Test
    void aPressAReleaseAndTheWheelAreMouseActionsAtZeroBasedCells() throws IOException {
        assertThat(described("\u001b[<0;10;5M\u001b[<0;10;5m\u001b[<64;1;1M\u001b[<65;80;24M")).containsExactly(
                "CLICK_DOWN 1 at 9,4", "CLICK_RELEASE 1 at 9,4", "SCROLL_UP 4 at 0,0", "SCROLL_DOWN 5 at 79,23");
    }

    @Test
    void modifiersAndOtherButtonsAreStillReadAsTheirButtons() throws IOException {
        // 4 shift, 8 meta, 16 ctrl; 2 the right button; 32 motion with a button down.
        assertThat(described("\u001b[<16;3;4M\u001b[<2;3;4M\u001b[<32;5;6M\u001b[<80;2;2M")).containsExactly(
                "CLICK_DOWN 1 at 2,3", "CLICK_DOWN 3 at 2,3", "DRAG 1 at 4,5", "SCROLL_UP 4 at 1,1");
    }

    @Test
    void keysAroundAReportStayKeys() throws IOException {
        assertThat(described("j\u001b[<0;2;2Mk\u001b[A")).containsExactly(
                "'j'", "CLICK_DOWN 1 at 1,1", "'k'", "ArrowUp");
    }

    @Test
    void aMalformedReportIsSwallowedWholeNotTypedAsKeys() throws IOException {
        // Wrong final byte, too few or too many numbers, an empty number, a zero cell, a
        // sideways wheel, an extra button: none is a click, and none leaks '0', ';' or 'q' as keys.
        assertThat(described("\u001b[<0;10;5q\u001b[<0;10M\u001b[<0;1;2;3M\u001b[<;1;1M\u001b[<0;0;1M"
                + "\u001b[<66;1;1M\u001b[<128;1;1M\u001b[<1:2;3;4Mx"))
                .containsExactly("Unknown", "Unknown", "Unknown", "Unknown", "Unknown", "Unknown", "Unknown",
                        "Unknown", "'x'");
    }

    @Test
    void aReportCutShortIsSwallowedAndTheKeyAfterItIsKept() throws IOException {
        // An ESC inside ends the report read so far: the arrow after it is a key of its own.
        assertThat(described("\u001b[<0;10\u001b[Aq")).containsExactly("Unknown", "ArrowUp", "'q'");
        // The input ends inside a report: it is dropped, nothing typed.
        assertThat(described("\u001b[<64;1")).containsExactly("Unknown");
    }

    @Test
    void hugeCoordinatesAreClampedNotOverflowed() throws IOException {
        List<KeyStroke> strokes = decode("\u001b[<0;999999999999;4294967297M");
        assertThat(strokes).hasSize(1);
        MouseAction click = (MouseAction) strokes.get(0);
        assertThat(click.getPosition()).isEqualTo(
                new TerminalPosition(SgrMouseReport.MAX_NUMBER - 1, SgrMouseReport.MAX_NUMBER - 1));
    }

    @Test
    void anEndlessReportIsCutAtItsLimitSoTheDecoderHoldsLittle() throws IOException {
        String endless = "\u001b[<" + "1".repeat(10_000) + ";1;1M";
        List<KeyStroke> strokes = decode(endless);
        assertThat(strokes.get(0).getKeyType()).isEqualTo(KeyType.Unknown);
        assertThat(strokes).noneMatch(s -> s instanceof MouseAction);
    }

    /** Lanterna's X10 reports put a byte below '!' at a negative cell: no message is made of one. */
    @Test
    void anX10ReportAtANegativeCellBecomesNoMessage() throws IOException {
        List<KeyStroke> strokes = decode("\u001b[M 0 ");
        assertThat(strokes).singleElement().isInstanceOf(MouseAction.class);
        assertThat(((MouseAction) strokes.get(0)).getPosition().getRow()).isNegative();
        assertThat(KeyStrokes.toMouse((MouseAction) strokes.get(0))).isNull();
    }

    /** Whatever the bytes after the introducer, decoding ends without an exception, and no message points off the screen's top or left. */
    @Test
    void anyBytesAfterTheIntroducerDecodeWithoutFailing() {
        String alphabet = "0123456789;:<M m\u001b[\u0000\u00ff\u20acq";
        qt().forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 40))
                .checkAssert(picks -> {
                    StringBuilder input = new StringBuilder("\u001b[<");
                    picks.forEach(i -> input.append(alphabet.charAt(i)));
                    try {
                        // Lanterna's own X10 pattern may read "ESC [ M" and three bytes inside the
                        // run as a report at a negative cell: the app is never handed one.
                        List<KeyStroke> strokes = decode(input.toString());
                        assertThat(strokes).allMatch(s -> !(s instanceof MouseAction mouse)
                                || KeyStrokes.toMouse(mouse) == null
                                || KeyStrokes.toMouse(mouse).column() >= 0 && KeyStrokes.toMouse(mouse).row() >= 0);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }
}
