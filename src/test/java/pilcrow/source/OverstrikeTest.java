package pilcrow.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverstrikeTest {

    @Test
    void boldAndUnderlineBecomePlainLetters() {
        assertThat(Overstrike.plain("N\bNA\bAM\bME\bE")).isEqualTo("NAME");
        assertThat(Overstrike.plain("_\bF_\bI_\bL_\bE")).isEqualTo("FILE");
        assertThat(Overstrike.plain("l\bls\bs [_\bO]")).isEqualTo("ls [O]");
        assertThat(Overstrike.plain("_\b_")).isEqualTo("_");
        assertThat(Overstrike.plain("\u00e9\b\u00e9")).isEqualTo("\u00e9");
    }

    @Test
    void aBackspaceWithNothingToStrikeIsLeftForTheSanitizer() {
        assertThat(Overstrike.plain("\bx")).isEqualTo("\bx");
        assertThat(Overstrike.plain("x\b")).isEqualTo("x\b");
        assertThat(Overstrike.plain("x\n\by")).isEqualTo("x\n\by");
    }
}
