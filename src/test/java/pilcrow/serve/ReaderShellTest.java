package pilcrow.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16: a terminal that cannot show the reader is told where the line mode is. */
class ReaderShellTest {

    @Test
    void aDumbTerminalIsToldThatSshDashCapitalTGivesTheLineMode() {
        String said = ReaderShell.cannotShowTheReader("dumb\u001b[2J");

        assertThat(said).isEqualTo("pilcrow: this terminal (TERM=dumb^[[2J) cannot show the reader; "
                + "connect with ssh -T for the line mode\r\n");
    }
}
