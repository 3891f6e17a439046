package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ServerLogTest {

    private final StringWriter written = new StringWriter();
    private final ServerLog log = new ServerLog(new PrintWriter(written));

    /** What a client may put in a field: ESC, BEL, C1 CSI, a bidi override, and 200 KB of it. */
    private static final String HOSTILE = "\u001b]0;owned\u0007\u001b[2J\u009b31m\u202eevil";

    @Test
    void aHostileLineIsWrittenAsOneBoundedVisibleLine() {
        log.accept("session from 127.0.0.1 TERM=" + HOSTILE + "x".repeat(200 * 1024));

        String line = onlyLine();
        assertThat(line).startsWith("session from 127.0.0.1 TERM=^[]0;owned^G^[[2J<9B>31m<U+202E>evil")
                .endsWith(" more)");
        assertThat(line.length()).isLessThanOrEqualTo(ServerLog.MAX_LINE_CHARS + " …(999999 more)".length());
        assertNoControls(line);
    }

    @Test
    void aLineWithinTheCapIsWrittenWhole() {
        log.accept("ok " + "y".repeat(ServerLog.MAX_LINE_CHARS - 3));

        assertThat(onlyLine()).isEqualTo("ok " + "y".repeat(ServerLog.MAX_LINE_CHARS - 3));
    }

    @Test
    void aFieldIsSanitisedAndCutWithTheCountOfWhatWasLeftOut() {
        assertThat(ServerLog.field("ab\u001bcd", 64)).isEqualTo("ab^[cd");
        assertThat(ServerLog.field("z".repeat(70), 64)).isEqualTo("z".repeat(64) + "…(6 more)");
        // Cut by what is shown: ^[ is two characters.
        assertThat(ServerLog.field("\u001b".repeat(40), 64)).isEqualTo("^[".repeat(32) + "…(16 more)");
    }

    @Test
    void aFieldNeverEndsInHalfACharacter() {
        String faces = "\uD83D\uDE00".repeat(40); // 80 chars, 40 emoji
        assertThat(ServerLog.field(faces, 63)).isEqualTo("\uD83D\uDE00".repeat(31) + "…(18 more)");
    }

    @Test
    void anyTextBecomesOneLineWithoutControlsWithinTheCap() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 3 * ServerLog.MAX_LINE_CHARS))
                .checkAssert(text -> {
                    StringWriter out = new StringWriter();
                    new ServerLog(new PrintWriter(out)).accept(text);
                    String line = out.toString();
                    assertThat(line).endsWith(System.lineSeparator());
                    String body = line.substring(0, line.length() - System.lineSeparator().length());
                    assertNoControls(body);
                    assertThat(body.length()).isLessThanOrEqualTo(ServerLog.MAX_LINE_CHARS + " …(999999 more)".length());
                });
    }

    private String onlyLine() {
        String all = written.toString();
        assertThat(all).endsWith(System.lineSeparator());
        String line = all.substring(0, all.length() - System.lineSeparator().length());
        assertThat(line).doesNotContain("\n");
        return line;
    }

    /** No C0 or C1 control, DEL, bidi control or lone surrogate. */
    static void assertNoControls(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            assertThat(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
                    .as("character U+%04X at %d of %s", (int) c, i, line.length() > 300 ? line.substring(0, 300) : line)
                    .isFalse();
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1)))
                        .as("a lone surrogate at %d", i).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("a lone surrogate at %d", i).isFalse();
            }
        }
    }
}
